import type { DesignJson } from "@/lib/design";

type Row = DesignJson["accessPatterns"][number];
const WRITES = new Set(["put", "update", "delete"]);

/** One transaction member in words: `Put uniqueness item (email) if attribute_not_exists(PK)`. */
function member(t: NonNullable<Row["transactItems"]>[number]): string {
  const what = t.target === "entity" ? "the item" : `uniqueness item (${t.attribute ?? ""})`;
  return `${t.action} ${what}${t.condition ? ` if ${t.condition}` : ""}`;
}

/**
 * Each write pattern's exact request: the operation, the condition that keeps it safe
 * (idempotent create, optimistic lock, non-negative guard, uniqueness), the update
 * expression (SET, ADD, version increment, index keys moved), the members of its
 * transaction, and the write units it costs with its index writes. Verify's write
 * scenarios (Run tab) check these conditions on real data.
 */
export function WriteOperations({ json }: { json: DesignJson }) {
  const rows = json.accessPatterns.filter((p) => WRITES.has(p.kind) && p.served);
  if (rows.length === 0) return <p className="muted">The model has no write patterns.</p>;
  return (
    <div className="scroll-x">
      <table aria-label="Write operations" className="grid">
        <thead>
          <tr>
            <th scope="col">Write pattern</th>
            <th scope="col">Operation</th>
            <th scope="col">Condition expression</th>
            <th scope="col">Update expression</th>
            <th scope="col">Transaction items</th>
            <th scope="col">Write units</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((p) => (
            <tr key={p.id}>
              <td>
                <code>{p.id}</code>
              </td>
              <td>{p.operation}</td>
              <td>{p.condition ? <code>{p.condition}</code> : <span className="muted">none</span>}</td>
              <td>{p.updateExpression ? <code>{p.updateExpression}</code> : <span className="muted">–</span>}</td>
              <td>
                {p.transactItems?.length ? (
                  <ol className="compact-list">
                    {p.transactItems.map((t, i) => (
                      <li key={i}>{member(t)}</li>
                    ))}
                  </ol>
                ) : (
                  <span className="muted">–</span>
                )}
              </td>
              <td>{p.writeUnits ? `${p.writeUnits.total} (table ${p.writeUnits.table}, indexes ${p.writeUnits.indexes})` : "–"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
