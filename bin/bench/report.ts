import { cpus, loadavg } from "node:os";
import { textTable } from "../cli/text-table";
import type { BenchEntry } from "./types";

/** The machine the figures came from (spec/bench.md: its CPU count, and the date). */
export interface Machine {
  cpus: number;
  cpu: string;
  node: string;
  date: string;
  /** The 1-minute load average when the report was made: on these shared machines, how busy it was (absolute times stretch with it). */
  load: number;
}

export function machineInfo(now = new Date()): Machine {
  return { cpus: cpus().length, cpu: cpus()[0]?.model ?? "unknown", node: process.version, date: now.toISOString().slice(0, 10), load: Number((loadavg()[0] ?? 0).toFixed(2)) };
}

const status = (r: BenchEntry) => (r.skipped ? "skipped" : r.mismatch ? "MISMATCH" : r.met ? "met" : "missed");

/** The readable table: a header line naming the machine and date, then one row per entry. */
export function tableText(results: readonly BenchEntry[], machine: Machine): string {
  const rows = results.map((r) => [
    r.field,
    r.skipped ? `skipped: ${r.skipped}` : Object.entries(r.value ?? {}).map(([k, v]) => `${k}=${v}`).join(" "),
    r.goal,
    status(r),
    r.skipped || r.repetitions === undefined ? "-" : String(r.repetitions),
    r.detail,
  ]);
  const mismatches = results.filter((r) => r.mismatch).map((r) => `MISMATCH in ${r.field}: ${r.mismatch}`);
  return [
    `Tablewright bench · ${machine.date} · ${machine.cpus} CPUs (${machine.cpu}) · Node ${machine.node} · load average ${machine.load}`,
    textTable(["entry", "figures", "goal", "status", "runs", "detail"], rows),
    ...mismatches,
  ].join("\n");
}

/**
 * The `--json` line: `machine`, then one field per entry with its figures, goal, met and
 * repetitions; `{ "skipped": reason }` for an entry that could not run; `mismatch` when
 * its two sides disagreed.
 */
export function jsonLine(results: readonly BenchEntry[], machine: Machine): string {
  const line: Record<string, unknown> = { machine };
  for (const r of results) {
    line[r.field] = r.skipped
      ? { skipped: r.skipped }
      : { ...r.value, goal: r.goal, met: r.met, ...(r.repetitions !== undefined ? { repetitions: r.repetitions } : {}), ...(r.mismatch ? { mismatch: r.mismatch } : {}) };
  }
  return JSON.stringify(line);
}

/**
 * 1 when any entry's two sides disagreed (the simulator returned something else than
 * DynamoDB Local, a load lost an item): a fast wrong answer is not a result. A missed goal
 * or a skipped entry still exits 0 (spec/bench.md).
 */
export function exitCode(results: readonly BenchEntry[]): number {
  return results.some((r) => r.mismatch) ? 1 : 0;
}
