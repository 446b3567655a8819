import { describeValue, type FieldChange, type ListDiff } from "@/lib/review";

/** Field changes as "field: before → after". */
export function FieldChanges({ changes }: { changes: FieldChange[] }) {
  return (
    <ul>
      {changes.map((c) => (
        <li key={c.field}>
          <code>{c.field}</code>: <span className="removed">{describeValue(c.before)}</span> → <span className="added">{describeValue(c.after)}</span>
        </li>
      ))}
    </ul>
  );
}

/** One list's added, removed and changed members, or nothing when it did not change. */
export function ListChanges({ label, diff }: { label: string; diff: ListDiff }) {
  if (diff.added.length + diff.removed.length + diff.changed.length === 0) return null;
  return (
    <div aria-label={label} role="group">
      <h4>{label}</h4>
      <ul>
        {diff.added.map((k) => (
          <li key={`+${k}`} className="added">
            Added <code>{k}</code>
          </li>
        ))}
        {diff.removed.map((k) => (
          <li key={`-${k}`} className="removed">
            Removed <code>{k}</code>
          </li>
        ))}
        {diff.changed.map((c) => (
          <li key={`~${c.key}`}>
            Changed <code>{c.key}</code>
            <FieldChanges changes={c.changes} />
          </li>
        ))}
      </ul>
    </div>
  );
}
