import type { CostReport } from "@/lib/capacity";
import { bytes, indexName, units, usd } from "./format";

/** What the figures are made of: per table and index, per access pattern, storage by class, Global Tables. */
export function CostTables({ report }: { report: CostReport }) {
  const c = report.cost, x = c.extras, gt = c.globalTables;
  const patterns = c.patterns.filter((p) => p.onDemandMonthlyUsd > 0).slice(0, 10);
  return (
    <>
      <section aria-labelledby="cost-tables-title">
        <h2 id="cost-tables-title">Table and indexes</h2>
        <div className="scroll-x">
          <table className="grid" aria-label="Cost by table and index">
            <thead>
              <tr>
                <th scope="col">Table / index</th>
                <th scope="col">Read units/s</th>
                <th scope="col">Write units/s</th>
                <th scope="col">On-demand</th>
                <th scope="col">RCU / WCU</th>
                <th scope="col">Provisioned</th>
              </tr>
            </thead>
            <tbody>
              {c.targets.map((t) => (
                <tr key={t.index ?? ""}>
                  <th scope="row">{indexName(t.index)}</th>
                  <td>{units(t.readUnitsPerSecond)}</td>
                  <td>{units(t.writeUnitsPerSecond)}</td>
                  <td>{usd(t.onDemandMonthlyUsd)}</td>
                  <td>{t.readCapacityUnits.toLocaleString("en-US")} / {t.writeCapacityUnits.toLocaleString("en-US")}</td>
                  <td>{usd(t.provisionedMonthlyUsd)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <h3>Storage: {bytes(x.storage.gigabytes * 1024 ** 3)} in all Regions, 100 bytes of overhead per item and index entry</h3>
        <table className="grid" aria-label="Storage by table class">
          <thead>
            <tr>
              <th scope="col">Table class</th>
              <th scope="col">Storage a month</th>
            </tr>
          </thead>
          <tbody>
            <tr aria-current={x.storage.tableClass === "standard" ? "true" : undefined}>
              <th scope="row">Standard{x.storage.tableClass === "standard" ? " (chosen)" : ""}</th>
              <td>{usd(x.storage.byClass.standard)}</td>
            </tr>
            <tr aria-current={x.storage.tableClass === "standardInfrequentAccess" ? "true" : undefined}>
              <th scope="row">Standard-IA{x.storage.tableClass === "standardInfrequentAccess" ? " (chosen)" : ""}</th>
              <td>{usd(x.storage.byClass.standardInfrequentAccess)}</td>
            </tr>
          </tbody>
        </table>
        <p>
          {gt.replicas > 1
            ? `Global Tables, ${gt.mode}${gt.witness ? " with a witness Region" : ""}: ${gt.replicas} Regions each perform every write (${units(gt.replicatedWriteUnitsPerSecond)} replicated write units/s, priced as writes) and store a full copy.`
            : "One Region: no Global Tables replicas."}{" "}
          {x.streams.enabled ? `Streams: read by ${x.streams.consumer === "lambda" ? "Lambda (free)" : "another consumer"}, ${usd(x.streams.monthlyUsd)}.` : "No stream."}{" "}
          {x.pointInTimeRecovery.enabled ? `Point-in-time recovery on ${bytes(x.pointInTimeRecovery.gigabytes * 1024 ** 3)}: ${usd(x.pointInTimeRecovery.monthlyUsd)}.` : "Point-in-time recovery off."}{" "}
          A restore would cost about {usd(x.backups.restoreUsd)} once.
        </p>
      </section>
      <section aria-labelledby="cost-patterns-title">
        <h2 id="cost-patterns-title">Costliest access patterns (on-demand)</h2>
        <table className="grid" aria-label="Cost by access pattern">
          <thead>
            <tr>
              <th scope="col">Access pattern</th>
              <th scope="col">Read units/s</th>
              <th scope="col">Write units/s</th>
              <th scope="col">A month</th>
            </tr>
          </thead>
          <tbody>
            {patterns.map((p) => (
              <tr key={p.id}>
                <th scope="row">{p.id}</th>
                <td>{units(p.readUnitsPerSecond)}</td>
                <td>{units(p.writeUnitsPerSecond)}</td>
                <td>{usd(p.onDemandMonthlyUsd)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}

/** The dated unit prices the figures use, with their sources. */
export function PriceTable({ report }: { report: CostReport }) {
  return (
    <table className="grid" aria-label="Unit prices">
      <caption className="muted">Unit prices, {report.cost.prices.region}, checked {report.cost.prices.checked}</caption>
      <thead>
        <tr>
          <th scope="col">Price</th>
          <th scope="col">USD</th>
          <th scope="col">Per</th>
          <th scope="col">Source</th>
        </tr>
      </thead>
      <tbody>
        {report.prices.map((p) => (
          <tr key={p.name}>
            <th scope="row">{p.name}</th>
            <td>{p.usd}</td>
            <td>{p.per}</td>
            <td>
              {p.source}
              {p.since ? `, since ${p.since}` : ""}
              {p.estimate ? <span className="muted"> (estimate: {p.estimate})</span> : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
