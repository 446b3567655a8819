import type { VerifyReport } from "@/lib/run/verify/run";
import { SCENARIO_INVARIANTS, WRITE_SCENARIOS } from "@/lib/run/verify/writes";
import { textTable } from "./text-table";

/** The `verify --json` shape (spec/cli.md) plus the fields this implementation adds. */
export function verifyJson(report: VerifyReport): Record<string, unknown> {
  return {
    target: report.target,
    items: report.items,
    seed: report.seed,
    table: report.table,
    load: report.load,
    accessPatterns: report.accessPatterns,
    writes: report.writes,
    problems: report.problems,
    passed: report.passed,
  };
}

const units = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

/** A table per pattern (bindings, passed, operation, index, pages, units), the failures, the writes, a final line. */
export function humanVerify(report: VerifyReport): string {
  const rows = report.accessPatterns.map((p) => [
    p.id, `${p.passed}/${p.bindings}`, p.failures.length ? "FAILED" : "ok", p.operation ?? "NOT SERVED", p.index ?? "table",
    String(p.pages), units(p.consumedReadUnits), `${p.emptyResults} empty, ${p.multiPageResults} multi-page`,
  ]);
  const failures = report.accessPatterns.flatMap((p) => p.failures.flatMap((f) => [
    `  ${p.id} ${JSON.stringify(f.binding)} (${f.purpose}):`,
    ...f.problems.slice(0, 5).map((m) => `    ${m}`),
  ]));
  // One line per note, naming the patterns it concerns.
  const byNote = new Map<string, string[]>();
  for (const p of report.accessPatterns) for (const n of p.notes) byNote.set(n, [...(byNote.get(n) ?? []), p.id]);
  const notes = [...byNote].map(([n, ids]) => `  ${n}: ${ids.join(", ")}`);
  const writeRows = report.writes.map((w) => [
    w.id, w.scenario + (w.attribute ? ` (${w.attribute})` : ""), w.skipped ? "skipped" : w.invariantHeld ? "held" : "BROKEN",
    String(w.attempts), String(w.succeeded), w.skipped ?? (w.problems.length ? `${w.problems.length} problems, below` : ""),
  ]);
  // What each scenario that ran checks, then every problem of the broken ones.
  const invariants = WRITE_SCENARIOS.filter((s) => report.writes.some((w) => w.scenario === s)).map((s) => `  ${s}: ${SCENARIO_INVARIANTS[s]}`);
  const writeProblems = report.writes.filter((w) => w.problems.length > 0).flatMap((w) => [
    `  ${w.id} ${w.scenario}${w.attribute ? ` (${w.attribute})` : ""}:`,
    ...w.problems.slice(0, 8).map((m) => `    ${m}`),
    ...(w.problems.length > 8 ? [`    … and ${w.problems.length - 8} more`] : []),
  ]);
  const reads = report.accessPatterns.length;
  const failedReads = report.accessPatterns.filter((p) => p.failures.length > 0).length;
  const broken = report.writes.filter((w) => !w.invariantHeld).length;
  const where = `target ${report.target}, table ${report.table}, ${report.load.entityItems} items (${report.load.physicalItems} stored), seed ${report.seed}`;
  return [
    `Verified on ${where}.`,
    ...report.problems.map((p) => `problem: ${p}`),
    "",
    "Read patterns:",
    textTable(["pattern", "passed", "result", "operation", "index", "pages", "read units", "bindings"], rows),
    ...(failures.length ? ["", "Failures:", ...failures] : []),
    ...(notes.length ? ["", "Not exercised with this data:", ...notes] : []),
    "",
    report.writes.length ? "Write scenarios:" : "No write scenarios apply.",
    ...(report.writes.length ? [textTable(["pattern", "scenario", "invariant", "attempts", "succeeded", "notes"], writeRows), "", "Each write scenario checks:", ...invariants] : []),
    ...(writeProblems.length ? ["", "Broken write invariants:", ...writeProblems] : []),
    "",
    report.passed
      ? `verify: ok: all ${reads} read patterns match the oracle and all ${report.writes.length} write scenarios hold`
      : `verify: FAILED: ${failedReads} of ${reads} read patterns, ${broken} of ${report.writes.length} write scenarios${report.problems.length ? `, ${report.problems.length} load problems` : ""}`,
  ].join("\n");
}
