/**
 * The design document's cost summary, straight from lib/capacity (the same figures as the
 * Cost tab and `cost --json`): on-demand against provisioned per month, each table and
 * GSI with its load, write amplification and provisioned units, storage by table class,
 * Streams and Global Tables where the model sets them, the prices' date and what is an
 * estimate. Numbers are formatted here, by hand, so no locale can change the bytes.
 */
import { costJson, costReport, type CostReport } from "../capacity";
import type { Design } from "../design";
import type { Model } from "../model";

/** Digits grouped by commas, a fixed number of decimals: 12345.6 → "12,345.60". Locale-free. */
export function fixed(n: number, decimals: number): string {
  const [whole = "0", fraction] = Math.abs(n).toFixed(decimals).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const negative = n < 0 && Number(Math.abs(n).toFixed(decimals)) !== 0;
  return `${negative ? "-" : ""}${grouped}${fraction === undefined ? "" : `.${fraction}`}`;
}

export const usd = (n: number): string => `$${fixed(n, 2)}`;
/** Up to three decimals, trailing zeros dropped (0.5, 12, 3.125). */
export const units = (n: number): string => fixed(n, 3).replace(/\.?0+$/, "");
/** A ratio: two decimals and "×". */
export const times = (n: number): string => `${fixed(n, 2)}×`;

function table(header: string[], rows: string[][]): string[] {
  return [`| ${header.join(" | ")} |`, `| ${header.map(() => "---").join(" | ")} |`, ...rows.map((r) => `| ${r.join(" | ")} |`)];
}

/**
 * Write amplification of a table or GSI: its write units per second over the table's
 * (each item write to the table also writes every GSI entry it carries: dynamodb-facts.md,
 * "GSI writes"); the table's own row is everything written, table and GSIs, over the table's.
 */
export function writeAmplification(report: CostReport): Map<string | null, number | null> {
  const targets = report.cost.targets;
  const base = targets.find((t) => t.index === null)?.writeUnitsPerSecond ?? 0;
  const all = targets.reduce((s, t) => s + t.writeUnitsPerSecond, 0);
  return new Map(targets.map((t) => [t.index, base === 0 ? null : (t.index === null ? all : t.writeUnitsPerSecond) / base]));
}

export function costSection(model: Model, design: Design, code: (text: string) => string): string[] {
  const report = costReport(model, design);
  const json = costJson(report);
  const c = report.cost;
  const amplification = writeAmplification(report);
  const out: string[] = ["## Cost", ""];
  out.push(
    `Monthly estimate in ${json.region} at the access patterns' rps held for a whole month, from lib/capacity (the Cost tab shows the same figures), prices checked on ${json.prices.checked}.`,
    "",
  );
  out.push(...table(["", "on demand", "provisioned"], [
    ["throughput", usd(json.onDemand.throughputUsd), usd(json.provisioned.throughputUsd)],
    ["storage, streams, point-in-time recovery, backups", usd(c.extrasUsd), usd(c.extrasUsd)],
    ["**total per month**", `**${usd(json.onDemand.monthlyUsd)}**`, `**${usd(json.provisioned.monthlyUsd)}**`],
  ]), "");
  out.push(
    `Cheaper: **${json.cheaper === "provisioned" ? "provisioned" : "on demand"}**. Provisioned keeps ${fixed(json.provisioned.readCapacityUnits, 0)} RCU and ${fixed(json.provisioned.writeCapacityUnits, 0)} WCU in all, auto-scaled at ${fixed(json.provisioned.targetUtilization * 100, 0)}% target utilization (at least ${fixed(json.provisioned.floor, 0)} per table and GSI).`,
    "",
  );
  out.push(...table(
    ["table / index", "read units/s", "write units/s", "write amplification", "RCU", "WCU", "on demand per month", "provisioned per month"],
    json.tables.map((t) => {
      const a = amplification.get(t.index) ?? null;
      return [
        t.index === null ? "table" : code(t.index), units(t.readUnitsPerSecond), units(t.writeUnitsPerSecond),
        a === null ? "no writes" : times(a), fixed(t.readCapacityUnits, 0), fixed(t.writeCapacityUnits, 0),
        usd(t.onDemandMonthlyUsd), usd(t.provisionedMonthlyUsd),
      ];
    }),
  ), "");
  out.push("Write amplification: a GSI's write units over the table's; on the table's row, everything written (table and GSIs) over the table's.", "");
  const s = json.storage;
  const other = s.tableClass === "standard" ? ["Standard-IA", s.byClass.standardInfrequentAccess] as const : ["Standard", s.byClass.standard] as const;
  const extras = [
    `- Table class ${s.tableClass === "standard" ? "Standard" : "Standard-IA"}: ${units(s.gigabytes)} GB stored, ${usd(s.monthlyUsd)} per month (${other[0]} would be ${usd(other[1])}).`,
  ];
  if (json.streams.enabled) {
    extras.push(`- Streams: on, read by ${json.streams.consumer === "lambda" ? "Lambda (stream reads are not billed)" : "another consumer"}, ${usd(json.streams.monthlyUsd)} per month.`);
  }
  if (json.pointInTimeRecovery.enabled) extras.push(`- Point-in-time recovery: ${units(json.pointInTimeRecovery.gigabytes)} GB, ${usd(json.pointInTimeRecovery.monthlyUsd)} per month.`);
  if (json.globalTables.replicas > 1) {
    extras.push(`- Global Tables: ${json.globalTables.replicas} Regions (${json.globalTables.mode}${json.globalTables.witness ? " with a witness" : ""}); every Region performs every write, ${units(json.globalTables.replicatedWriteUnitsPerSecond)} replicated write units/s, and stores a full copy.`);
  }
  out.push(...extras, "");
  if (json.accessPatterns.length) {
    out.push("Costliest access patterns on demand:", "");
    out.push(...table(["pattern", "read units/s", "write units/s", "on demand per month"], json.accessPatterns.slice(0, 5).map((p) => [code(p.id), units(p.readUnitsPerSecond), units(p.writeUnitsPerSecond), usd(p.onDemandMonthlyUsd)])), "");
  }
  out.push("Estimates:", "", ...json.estimates.map((e) => `- ${e}`), "");
  return out;
}
