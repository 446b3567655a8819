import { designModel } from "@/lib/design";
import { costJson, costReport, UnknownRegionError, type CostOptions, type CostReport } from "@/lib/capacity";
import { PRICED_REGIONS, pricesFor } from "@/lib/dynamo/prices";
import { parseArgs, UsageError } from "./args";
import { bytesText, capacityOptions, CAPACITY_FLAGS, choiceFlag, money, num, numberFlag, readModelArg } from "./capacity-args";
import { textTable } from "./text-table";
import type { Io } from "./io";

export const COST_USAGE = "tablewright cost MODEL [--json] [--utilization U] [--scale X] [--region R] [--table-class standard|standardInfrequentAccess] [--replicas N]";

/**
 * `cost MODEL`: monthly cost on-demand and provisioned (auto-scaling at target
 * utilization U, default 0.7), storage by table class, Global Tables, Streams, PITR and
 * backups, with the dated unit prices used. A Region without a price table is a usage
 * error (exit 2): prices are never guessed.
 */
export async function cost(argv: string[], io: Io): Promise<number> {
  const args = parseArgs(argv, [...CAPACITY_FLAGS, "utilization", "region", "table-class", "replicas"], ["json"]);
  const options = capacityOptions(args);
  const region = args.flags.get("region");
  if (typeof region === "string" && !pricesFor(region)) throw new UsageError(`no price table for Region ${region}; known Regions: ${PRICED_REGIONS.join(", ")}`);
  const utilization = numberFlag(args, "utilization", (n) => n > 0 && n <= 1, "a fraction in (0, 1], e.g. 0.7");
  const replicas = numberFlag(args, "replicas", (n) => Number.isInteger(n) && n >= 1, "a whole number of Regions >= 1");
  const tableClass = choiceFlag(args, "table-class", ["standard", "standardInfrequentAccess"] as const);
  const costOptions: CostOptions = {
    ...(typeof region === "string" ? { region } : {}), ...(utilization !== undefined ? { utilization } : {}),
    ...(replicas !== undefined ? { replicas } : {}), ...(tableClass ? { tableClass } : {}),
  };
  const read = await readModelArg(args, COST_USAGE, io);
  if ("exit" in read) return read.exit;
  let report: CostReport;
  try {
    report = costReport(read.model, designModel(read.model), options, costOptions);
  } catch (error) {
    if (error instanceof UnknownRegionError) throw new UsageError(error.message);
    throw error;
  }
  if (args.flags.has("json")) io.out(JSON.stringify(costJson(report), null, 2));
  else io.out(humanCost(report));
  return 0;
}

function humanCost(r: CostReport): string {
  const c = r.cost, x = c.extras;
  const rows = [
    ["throughput", money(c.onDemand.throughputUsd), money(c.provisioned.throughputUsd)],
    [`storage (${x.storage.tableClass === "standard" ? "Standard" : "Standard-IA"}, ${bytesText(x.storage.gigabytes * 1024 ** 3)})`, money(x.storage.monthlyUsd), money(x.storage.monthlyUsd)],
    ["streams", money(x.streams.monthlyUsd), money(x.streams.monthlyUsd)],
    ["point-in-time recovery", money(x.pointInTimeRecovery.monthlyUsd), money(x.pointInTimeRecovery.monthlyUsd)],
    ["backups", money(x.backups.monthlyUsd), money(x.backups.monthlyUsd)],
    ["total a month", money(c.onDemand.monthlyUsd), money(c.provisioned.monthlyUsd)],
  ];
  const targets = c.targets.map((t) => [t.index ?? "table", num(t.readUnitsPerSecond), num(t.writeUnitsPerSecond), money(t.onDemandMonthlyUsd), `${t.readCapacityUnits} / ${t.writeCapacityUnits}`, money(t.provisionedMonthlyUsd)]);
  const patterns = c.patterns.filter((p) => p.onDemandMonthlyUsd > 0).slice(0, 8).map((p) => [p.id, num(p.readUnitsPerSecond), num(p.writeUnitsPerSecond), money(p.onDemandMonthlyUsd)]);
  const be = r.breakEven;
  const gt = c.globalTables;
  return [
    `Monthly cost in ${c.region} at ${r.capacity.options.scale}× the model's rps (prices checked ${c.prices.checked}):`,
    textTable(["", "on-demand", `provisioned (${Math.round(c.options.utilization * 100)}% target)`], rows),
    "",
    textTable(["table/index", "read units/s", "write units/s", "on-demand", "RCU / WCU", "provisioned"], targets),
    "",
    breakEvenSentence(be.utilization, be.scale, c.options.utilization, r.capacity.options.scale),
    `Storage: ${money(x.storage.byClass.standard)} Standard, ${money(x.storage.byClass.standardInfrequentAccess)} Standard-IA a month (100-byte overhead per item and index entry).`,
    gt.replicas > 1 ? `Global Tables (${gt.mode}${gt.witness ? " with a witness" : ""}): ${gt.replicas} Regions; ${num(gt.replicatedWriteUnitsPerSecond)} replicated write units/s, priced as writes.` : "Single Region (no Global Tables replicas).",
    "",
    "Costliest access patterns (on-demand):",
    textTable(["pattern", "read units/s", "write units/s", "a month"], patterns),
    ...(r.findings.length ? ["", "Findings:", ...r.findings.map((f) => `  ${f.severity.padEnd(7)} ${f.code}${f.accessPattern ? ` [${f.accessPattern}]` : ""}: ${f.message}`)] : []),
    "",
    "Estimates:",
    ...r.estimates.map((e) => `  - ${e}`),
  ].join("\n");
}

/**
 * Provisioned capacity is billed whether used or not, so it wins only above a utilization;
 * with auto-scaling at a target utilization that becomes a traffic level (× the model's rps).
 */
export function breakEvenSentence(utilization: number, scale: number | null, target: number, modelScale: number): string {
  const first = `Break-even: provisioned costs less when its capacity is more than ${(utilization * 100).toFixed(1)}% used on average`;
  const pct = Math.round(target * 100);
  if (scale === null) return `${first}; auto-scaling at a ${pct}% target never gets there, so on-demand stays cheaper at any traffic.`;
  const where = scale <= modelScale ? "so it is already cheaper at the traffic modelled here" : "so on-demand is cheaper at the traffic modelled here";
  return `${first}; with auto-scaling at a ${pct}% target, provisioned is cheaper from ${num(scale)}× the model's rps upwards, ${where}.`;
}
