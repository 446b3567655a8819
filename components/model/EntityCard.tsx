import type { Attribute, Entity } from "@/lib/model";

/** One entity: its identity (key), scale (count) and attributes. */
export function EntityCard({ entity }: { entity: Entity }) {
  const key = new Set(entity.key);
  return (
    <section aria-labelledby={`entity-${entity.name}`} className="entity">
      <h3 id={`entity-${entity.name}`}>{entity.name}</h3>
      <p className="muted">
        key ({entity.key.join(", ")}) · {(entity.count ?? 1000).toLocaleString("en-US")} items expected
      </p>
      {entity.notes && <p>{entity.notes}</p>}
      <table aria-label={`Attributes of ${entity.name}`} className="grid">
        <thead>
          <tr>
            <th scope="col">Attribute</th>
            <th scope="col">Type</th>
            <th scope="col">Details</th>
          </tr>
        </thead>
        <tbody>
          {entity.attributes.map((attribute) => (
            <tr key={attribute.name}>
              <td>
                <code>{attribute.name}</code>
                {key.has(attribute.name) && <span className="badge">key</span>}
              </td>
              <td>{attribute.type}</td>
              <td>{attributeDetails(attribute)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function attributeDetails(a: Attribute): string {
  const parts: string[] = [];
  if (a.ref) parts.push(`ref → ${a.ref}`);
  if (a.unique) parts.push("unique");
  if (a.optional) parts.push("optional");
  if (a.values) parts.push(`one of ${a.values.join(", ")}`);
  if (a.min !== undefined || a.max !== undefined) parts.push(`${a.min ?? "−∞"} … ${a.max ?? "∞"}`);
  if (a.size !== undefined) parts.push(`~${a.size} bytes`);
  if (a.gen) parts.push(`gen ${a.gen}`);
  return parts.join(" · ");
}
