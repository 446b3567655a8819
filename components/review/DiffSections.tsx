import { isEmptyReview, type CostDelta, type ReviewDiff } from "@/lib/review";
import { FieldChanges, ListChanges } from "./ListChanges";

const usd = (n: number) => `$${n.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
const signed = (n: number) => (n > 0 ? `+${usd(n)}` : n < 0 ? `−${usd(-n)}` : usd(0));

function Section({ id, title, empty, children }: { id: string; title: string; empty: boolean; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {empty ? <p className="muted">No changes.</p> : children}
    </section>
  );
}

function CostRow({ label, cost }: { label: string; cost: CostDelta }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td>{usd(cost.before)}</td>
      <td>{usd(cost.after)}</td>
      <td className={cost.delta > 0 ? "delta-up" : cost.delta < 0 ? "delta-down" : undefined}>{signed(cost.delta)}</td>
    </tr>
  );
}

/** The review's four sections, in the order a reviewer reads them. */
export function DiffSections({ diff }: { diff: ReviewDiff }) {
  const e = diff.entities;
  const modelEmpty = diff.model.length === 0 && e.entities.added.length + e.entities.removed.length + e.entities.changed.length === 0
    && e.attributes.length === 0 && diff.accessPatterns.added.length + diff.accessPatterns.removed.length + diff.accessPatterns.changed.length === 0;
  const keysEmpty = diff.table.length === 0 && [diff.indexes, diff.keyTemplates].every((d) => d.added.length + d.removed.length + d.changed.length === 0);
  const opsEmpty = diff.operations.added.length + diff.operations.removed.length + diff.operations.changed.length === 0;
  return (
    <div className="review-diff">
      <p role="status">{isEmptyReview(diff) ? "The two versions are the same." : "The versions differ; the changes are below."}</p>
      <Section id="review-model" title="Entities and access patterns" empty={modelEmpty}>
        {diff.model.length > 0 && (
          <div role="group" aria-label="Model">
            <h4>Model</h4>
            <FieldChanges changes={diff.model} />
          </div>
        )}
        <ListChanges label="Entities" diff={e.entities} />
        {e.attributes.map((a) => (
          <ListChanges key={a.entity} label={`Attributes of ${a.entity}`} diff={a.diff} />
        ))}
        <ListChanges label="Access patterns" diff={diff.accessPatterns} />
      </Section>
      <Section id="review-keys" title="Keys and indexes" empty={keysEmpty}>
        {diff.table.length > 0 && (
          <div role="group" aria-label="Table">
            <h4>Table</h4>
            <FieldChanges changes={diff.table} />
          </div>
        )}
        <ListChanges label="Indexes" diff={diff.indexes} />
        <ListChanges label="Key templates" diff={diff.keyTemplates} />
      </Section>
      <Section id="review-operations" title="Access pattern → operation" empty={opsEmpty}>
        <ListChanges label="Operations" diff={diff.operations} />
      </Section>
      <section aria-labelledby="review-cost">
        <h3 id="review-cost">Monthly cost</h3>
        {"error" in diff.cost ? (
          <p>The cost could not be computed: {diff.cost.error}</p>
        ) : (
          <table className="grid" aria-label="Monthly cost before and after">
            <thead>
              <tr>
                <th scope="col">Capacity mode</th>
                <th scope="col">Before</th>
                <th scope="col">After</th>
                <th scope="col">Change</th>
              </tr>
            </thead>
            <tbody>
              <CostRow label="On-demand" cost={diff.cost.onDemand} />
              <CostRow label="Provisioned" cost={diff.cost.provisioned} />
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
