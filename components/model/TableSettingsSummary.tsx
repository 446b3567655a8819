import { defaultTableName, type Model } from "@/lib/model";

/** The table settings that shape cost and exports, with the defaults spelled out. */
export function TableSettingsSummary({ model }: { model: Model }) {
  const t = model.table ?? {};
  const rows: Array<[string, string]> = [
    ["Table name", t.name ?? `${defaultTableName(model.name)} (default)`],
    ["Billing", t.billing ?? "onDemand (default)"],
    ["Table class", t.tableClass ?? "standard (default)"],
    ["TTL attribute", t.ttlAttribute ?? "none"],
    ["Stream", t.stream ?? "none (default)"],
    ["Point-in-time recovery", t.pointInTimeRecovery ? "on" : "off"],
  ];
  if (t.replicas) rows.push(["Global Tables replicas", `${t.replicas.join(", ")} (${t.multiRegionConsistency ?? "eventual"})`]);
  return (
    <dl className="settings" aria-label="Table settings">
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
