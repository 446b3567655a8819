import { cpus } from "node:os";
import { textTable } from "../cli/text-table";
import { designScaling } from "./design-scaling";
import { partitionsVsHashing } from "./partitions";
import { loaderVsFlood, loaderVsSequential } from "./loader";
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
  const results: BenchEntry[] = [];
  for (const entry of ENTRIES) {
    if (only.length && !only.includes(entry.field)) continue;
    if (entry.ui && !argv.includes("--ui")) continue;
    process.stderr.write(`bench: ${entry.field}…\n`);
    results.push(await entry.run());
  }
  const machine = { cpus: cpus().length, cpu: cpus()[0]?.model ?? "unknown", node: process.version, date: new Date().toISOString().slice(0, 10) };
  printTable(results, machine);
  if (json) {
    const line: Record<string, unknown> = { machine };
    for (const r of results) line[r.field] = r.skipped ? { skipped: r.skipped } : { ...r.value, goal: r.goal, met: r.met, ...(r.mismatch ? { mismatch: r.mismatch } : {}) };
    process.stdout.write(`${JSON.stringify(line)}\n`);
  }
  return results.some((r) => r.mismatch) ? 1 : 0;
}

function printTable(results: BenchEntry[], machine: { cpus: number; cpu: string; node: string; date: string }): void {
  const rows = results.map((r) => [
    r.field,
    r.skipped ? `skipped: ${r.skipped}` : Object.entries(r.value ?? {}).map(([k, v]) => `${k}=${v}`).join(" "),
    r.goal,
    r.skipped ? "-" : r.mismatch ? "MISMATCH" : r.met ? "met" : "missed",
    r.detail,
  ]);
  const out = [
    `Tablewright bench · ${machine.date} · ${machine.cpus} CPUs (${machine.cpu}) · Node ${machine.node}`,
    textTable(["entry", "figures", "goal", "status", "detail"], rows),
  ];
  // The table goes to stdout before the JSON line, so `--json`'s last line stays the JSON.
  process.stdout.write(`${out.join("\n")}\n`);
}
