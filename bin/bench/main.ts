import { designScaling } from "./design-scaling";
import { partitionsVsHashing } from "./partitions";
import { loaderVsFlood, loaderVsSequential } from "./loader";
import { exitCode, jsonLine, machineInfo, tableText } from "./report";
import { simulatorVsLocal } from "./simulator-vs-local";
import { uiEditLatency } from "./ui-edit-latency";
import type { BenchEntry } from "./types";

/**
 * Entries in spec/bench.md order. Each issue that owns a figure adds its entry here;
 * an entry that cannot run on this machine reports `skipped` instead of a number.
 */
const ENTRIES: Array<{ field: string; run: () => Promise<BenchEntry>; ui?: boolean }> = [
  { field: "simulatorVsLocal", run: simulatorVsLocal },
  { field: "loaderVsSequential", run: loaderVsSequential },
  { field: "loaderVsFlood", run: loaderVsFlood },
  { field: "partitionsVsHashing", run: partitionsVsHashing },
  { field: "designScaling", run: designScaling },
  { field: "uiEditLatency", run: uiEditLatency, ui: true },
];

export async function main(argv: string[]): Promise<number> {
  const json = argv.includes("--json");
  const only = argv.filter((a) => !a.startsWith("--"));
  const unknown = only.filter((name) => !ENTRIES.some((e) => e.field === name));
  if (unknown.length) {
    process.stderr.write(`bench: no entry named ${unknown.join(", ")}; entries: ${ENTRIES.map((e) => e.field).join(", ")}\n`);
    return 2;
  }
  const results: BenchEntry[] = [];
  for (const entry of ENTRIES) {
    if (only.length && !only.includes(entry.field)) continue;
    // uiEditLatency starts a browser: it runs with --ui, or when named.
    if (entry.ui && !argv.includes("--ui") && !only.includes(entry.field)) continue;
    process.stderr.write(`bench: ${entry.field}…\n`);
    results.push(await entry.run());
  }
  const machine = machineInfo();
  // The table goes to stdout before the JSON line, so `--json`'s last line stays the JSON.
  process.stdout.write(`${tableText(results, machine)}\n`);
  if (json) process.stdout.write(`${jsonLine(results, machine)}\n`);
  return exitCode(results);
}
