import type { CostReport } from "@/lib/capacity";
import { percent, usd } from "./format";

/** On-demand and provisioned side by side, each with what its monthly figure is made of. */
export function CostCards({ report }: { report: CostReport }) {
  const c = report.cost, x = c.extras;
  const cheaper = c.provisioned.monthlyUsd < c.onDemand.monthlyUsd ? "provisioned" : "onDemand";
  const extras: Array<[string, number]> = [
    [`Storage (${x.storage.tableClass === "standard" ? "Standard" : "Standard-IA"})`, x.storage.monthlyUsd],
    ["Streams", x.streams.monthlyUsd],
    ["Point-in-time recovery", x.pointInTimeRecovery.monthlyUsd],
    ["Backups", x.backups.monthlyUsd],
  ];
  return (
    <div className="cost-cards">
      <Card title="On-demand" total={c.onDemand.monthlyUsd} throughput={c.onDemand.throughputUsd} extras={extras} best={cheaper === "onDemand"}>
        Pay for the request units the patterns consume, per million; no capacity to plan, GSIs at the same rates.
      </Card>
      <Card title="Provisioned" total={c.provisioned.monthlyUsd} throughput={c.provisioned.throughputUsd} extras={extras} best={cheaper === "provisioned"}>
        {c.provisioned.readCapacityUnits.toLocaleString("en-US")} RCU and {c.provisioned.writeCapacityUnits.toLocaleString("en-US")} WCU per Region, auto-scaling at a {percent(c.options.utilization)} target, floor {c.options.floor}.
      </Card>
    </div>
  );
}

function Card({ title, total, throughput, extras, best, children }: { title: string; total: number; throughput: number; extras: Array<[string, number]>; best: boolean; children: React.ReactNode }) {
  const id = `cost-card-${title.toLowerCase().replace(/\W+/g, "-")}`;
  return (
    <section className={`card cost-card${best ? " best" : ""}`} aria-labelledby={id}>
      <h3 id={id}>
        {title}
        {best && <span className="badge">cheaper</span>}
      </h3>
      <p className="big" aria-label={`${title} monthly cost`}>
        {usd(total)} <span className="muted">a month</span>
      </p>
      <p className="muted">{children}</p>
      <dl className="breakdown">
        <div>
          <dt>Reads and writes</dt>
          <dd>{usd(throughput)}</dd>
        </div>
        {extras.map(([name, value]) => (
          <div key={name}>
            <dt>{name}</dt>
            <dd>{usd(value)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
