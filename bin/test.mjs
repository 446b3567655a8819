#!/usr/bin/env node
// `npm test`: typecheck, lint, unit tests, e2e tests, in that order, stopping at the
// first failing step. It ends with one summary line, `N passed, N failed`, counted
// from the Vitest and Playwright JSON reports.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, existsSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
// Not under test-results/: Playwright empties that folder when it starts.
const reports = join(root, "node_modules", ".cache", "tablewright", "reports");
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const unitReport = join(reports, "unit.json");
const e2eReport = join(reports, "e2e.json");
const bin = (name) => join(root, "node_modules", ".bin", name);

const steps = [
  ["typecheck", bin("tsc"), ["--noEmit", "-p", root]],
  ["lint", bin("eslint"), ["--max-warnings", "0", root]],
  ["unit", bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${unitReport}`]],
  ["e2e", process.execPath, [join(root, "bin", "e2e.mjs")], { PLAYWRIGHT_JSON_OUTPUT_NAME: e2eReport }],
];

let failedStep = null;
for (const [name, command, args, env] of steps) {
  console.log(`\n== ${name} ==`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
  console.log(`== ${name}: ${result.status === 0 ? "ok" : "FAILED"} in ${((Date.now() - started) / 1000).toFixed(1)} s ==`);
  if (result.status !== 0) {
    failedStep = name;
    break;
  }
}

const counts = { passed: 0, failed: 0, skipped: 0 };
if (existsSync(unitReport)) {
  const unit = JSON.parse(readFileSync(unitReport, "utf8"));
  counts.passed += unit.numPassedTests ?? 0;
  counts.failed += unit.numFailedTests ?? 0;
  counts.skipped += (unit.numPendingTests ?? 0) + (unit.numTodoTests ?? 0);
}
if (existsSync(e2eReport)) {
  const stats = JSON.parse(readFileSync(e2eReport, "utf8")).stats ?? {};
  counts.passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
  counts.failed += stats.unexpected ?? 0;
  counts.skipped += stats.skipped ?? 0;
}
if (failedStep) counts.failed = Math.max(counts.failed, 1);
console.log(`\n${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ""}`);
process.exit(failedStep ? 1 : 0);
