import { designModel } from "@/lib/design";
import { partitionsJson, partitionsReport, hotKeys, type PartitionsReport } from "@/lib/capacity";
import { parseArgs } from "./args";
import { bytesText, capacityOptions, CAPACITY_FLAGS, num, readModelArg } from "./capacity-args";
import { textTable } from "./text-table";
import type { Io } from "./io";

export const PARTITIONS_USAGE = "tablewright partitions MODEL [--json] [--scale X] [--distribution uniform|skewed] [--sizes declared|measured]";

/**
 * `partitions MODEL`: load per table, index and key value against the per-partition limits
 * (3,000 read units/s, 1,000 write units/s, 10 GB), the hot keys, shard advice and the
 * capacity findings. Exit 0 even when a key is over a limit (it says so).
 */
export async function partitions(argv: string[], io: Io): Promise<number> {
  const args = parseArgs(argv, [...CAPACITY_FLAGS], ["json"]);
  const options = capacityOptions(args);
  const read = await readModelArg(args, PARTITIONS_USAGE, io);
  if ("exit" in read) return read.exit;
  const report = partitionsReport(read.model, designModel(read.model), options);
  if (args.flags.has("json")) io.out(JSON.stringify(partitionsJson(report), null, 2));
  else io.out(humanPartitions(report));
  return 0;
}

function humanPartitions(report: PartitionsReport): string {
  const c = report.capacity;
  const tables = c.loads.map((t) => [t.index ?? "table", String(t.partitions), num(t.readUnitsPerSecond), num(t.writeUnitsPerSecond), bytesText(t.storageBytes)]);
  const hot = hotKeys(report.heats).map((h) => [
    h.index ?? "table", h.key + (h.shards > 1 ? ` (×${h.shards} shards)` : ""), num(h.busiest.readUnitsPerSecond), num(h.busiest.writeUnitsPerSecond),
    bytesText(h.busiest.sizeBytes), `${Math.round(h.utilization * 100)}%`, h.overLimit ? "OVER" : "",
  ]);
  const findings = report.findings.map((f) => `  ${f.severity.padEnd(7)} ${f.code}${f.accessPattern ? ` [${f.accessPattern}]` : ""}${f.entity ? ` (${f.entity})` : ""}: ${f.message}`);
  const over = report.heats.filter((h) => h.overLimit).length;
  return [
    `Partitions (estimate) at ${c.options.scale}× the model's rps, ${c.options.distribution} children per parent, ${c.options.sizes} item sizes:`,
    textTable(["table/index", "partitions", "read units/s", "write units/s", "stored"], tables),
    "",
    "Busiest value of each key (per shard) against one partition's 3,000 read / 1,000 write units/s and 10 GB:",
    textTable(["index", "key", "read/s", "write/s", "size", "of limit", ""], hot),
    "",
    ...(report.advice.length ? ["Shard advice:", ...report.advice.map((a) => `  ${a.message}`), ""] : []),
    findings.length ? "Findings:" : "No capacity findings.",
    ...findings,
    "",
    "Estimates:",
    ...report.estimates.map((e) => `  - ${e}`),
    "",
    over === 0 ? "No key value passes a per-partition limit." : `${over} key ${over === 1 ? "value passes" : "values pass"} a per-partition limit.`,
  ].join("\n");
}
