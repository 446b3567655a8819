"use client";
import { useEffect, useRef, useState } from "react";
import type { Model, Problem } from "@/lib/model";
import { withPatternNote } from "@/lib/review";
import { useDocument } from "@/lib/store/document";

/**
 * Reviewers' notes: one textbox per access pattern of the open document. A note is
 * committed (one undo step) when the textbox loses focus or on Enter.
 */
export function PatternNotes({ model }: { model: Model }) {
  const replace = useDocument((s) => s.replace);
  const [problems, setProblems] = useState<Problem[]>([]);

  function commit(id: string, text: string) {
    const current = useDocument.getState().model ?? model;
    const before = current.accessPatterns.find((p) => p.id === id)?.notes ?? "";
    if (before === text.trim()) return;
    const result = withPatternNote(current, id, text);
    if (!result.ok) {
      setProblems(result.problems);
      return;
    }
    setProblems([]);
    replace(result.model);
  }

  return (
    <section aria-labelledby="review-notes" className="notes">
      <h3 id="review-notes">Reviewers&apos; notes</h3>
      <p className="muted">Notes are saved in the model (each access pattern&apos;s <code>notes</code>), so they travel with the file and with share links.</p>
      {problems.length > 0 && (
        <ul role="alert">
          {problems.map((p, i) => (
            <li key={i}>
              <code>{p.path}</code>: {p.message}
            </li>
          ))}
        </ul>
      )}
      <table className="grid">
        <tbody>
          {model.accessPatterns.map((p) => (
            <tr key={p.id}>
              <th scope="row">
                <code>{p.id}</code> <span className="muted">{p.name}</span>
              </th>
              <td>
                <NoteField id={p.id} value={p.notes ?? ""} onCommit={(text) => commit(p.id, text)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function NoteField({ id, value, onCommit }: { id: string; value: string; onCommit: (text: string) => void }) {
  const [draft, setDraft] = useState(value);
  const [seen, setSeen] = useState(value);
  // Closing the dialog while typing does not blur the field: commit what was typed then,
  // so a note is never lost.
  const pending = useRef({ draft, value, onCommit });
  pending.current = { draft, value, onCommit };
  useEffect(
    () => () => {
      const p = pending.current;
      if (p.draft.trim() !== p.value) p.onCommit(p.draft);
    },
    [],
  );
  // The document changed underneath (undo, another editor): show its value.
  if (seen !== value) {
    setSeen(value);
    setDraft(value);
  }
  return (
    <input
      type="text"
      aria-label={`Note on ${id}`}
      value={draft}
      onChange={(e) => setDraft(e.currentTarget.value)}
      onBlur={() => onCommit(draft)}
      onKeyDown={(e) => {
        if (e.key === "Enter") onCommit(draft);
      }}
    />
  );
}
