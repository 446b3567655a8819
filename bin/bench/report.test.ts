/** The bench's output: the table, the `--json` line, the exit code, and entries that cannot run. */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loaderVsFlood, loaderVsSequential } from "./loader";
import { cpuSince, parseStat } from "./local-cpu";
import { exitCode, jsonLine, machineInfo, tableText } from "./report";
import { simulatorVsLocal } from "./simulator-vs-local";
import type { BenchEntry } from "./types";

const met: BenchEntry = { field: "designScaling", value: { ms100: 30, ms1000: 400, growth: 13.3 }, goal: "ms1000 ≤ 1000, growth ≤ 15", met: true, detail: "100 and 1000 patterns", repetitions: 5 };
const missed: BenchEntry = { field: "loaderVsSequential", value: { ratio: 6.2, items: 5922 }, goal: "≥ 10", met: false, detail: "5922 items", repetitions: 3 };
const skipped: BenchEntry = { field: "simulatorVsLocal", value: null, goal: "≥ 100", met: null, detail: "", skipped: "DynamoDB Local needs Java 17+ (`java` was not found on the PATH)" };

describe("report", () => {
  const machine = machineInfo(new Date("2026-11-28T04:00:00Z"));

  it("states the machine's CPU count and the date, and each entry's repetitions", () => {
    const text = tableText([met, missed, skipped], machine);
    expect(text.split("\n")[0]).toBe(`Tablewright bench · 2026-11-28 · ${machine.cpus} CPUs (${machine.cpu}) · Node ${process.version} · load average ${machine.load}`);
    expect(machine.cpus).toBeGreaterThan(0);
    const row = (field: string) => text.split("\n").find((l) => l.startsWith(field)) ?? "";
    expect(row("designScaling")).toMatch(/ms100=30 ms1000=400 growth=13.3 +ms1000 ≤ 1000, growth ≤ 15 +met +5 +100 and 1000 patterns$/);
    expect(row("loaderVsSequential")).toMatch(/ratio=6.2 items=5922 +≥ 10 +missed +3 /);
    expect(row("simulatorVsLocal")).toMatch(/skipped: DynamoDB Local needs Java 17\+ .* +skipped +- *$/);
  });

  it("prints one JSON object with the spec's fields, skipped entries as { skipped }", () => {
    const line = JSON.parse(jsonLine([met, missed, skipped], machine));
    expect(line.machine).toEqual({ cpus: machine.cpus, cpu: machine.cpu, node: process.version, date: "2026-11-28", load: machine.load });
    expect(line.designScaling).toEqual({ ms100: 30, ms1000: 400, growth: 13.3, goal: "ms1000 ≤ 1000, growth ≤ 15", met: true, repetitions: 5 });
    expect(line.loaderVsSequential).toEqual({ ratio: 6.2, items: 5922, goal: "≥ 10", met: false, repetitions: 3 });
    expect(line.simulatorVsLocal).toEqual({ skipped: skipped.skipped });
  });

  it("exits 0 for missed goals and skipped entries, 1 for any mismatch", () => {
    expect(exitCode([met, missed, skipped])).toBe(0);
    expect(exitCode([])).toBe(0);
    expect(exitCode([met, { ...missed, mismatch: "loader: the table holds 5921 of 5922 items" }, skipped])).toBe(1);
  });
});

describe("entries that need DynamoDB Local, on a machine without Java", () => {
  let path: string | undefined;
  beforeEach(() => {
    path = process.env["PATH"];
    // An empty folder as the whole PATH: `java` cannot be found.
    process.env["PATH"] = mkdtempSync(join(tmpdir(), "no-java-"));
  });
  afterEach(() => {
    process.env["PATH"] = path;
  });

  it("report skipped with the reason, and the bench still exits 0", async () => {
    const results = [await simulatorVsLocal(), await loaderVsSequential(), await loaderVsFlood()];
    for (const r of results) {
      expect(r.skipped).toMatch(/^DynamoDB Local needs Java 17\+ \(`java` was not found on the PATH\)$/);
      expect(r.value).toBeNull();
    }
    const line = JSON.parse(jsonLine(results, machineInfo()));
    expect(line.loaderVsFlood).toEqual({ skipped: results[2]?.skipped });
    expect(exitCode(results)).toBe(0);
  });
});

describe("DynamoDB Local CPU readings", () => {
  it("reads utime + stime of a /proc stat line, whatever the thread name holds", () => {
    // pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime …
    const stat = "4242 (SQLiteQueue[] (x)) S 1 1 1 0 -1 4194560 10 0 0 0 123 45 0 0 20 0 1 0 100 0 0";
    expect(parseStat(stat)).toEqual({ name: "SQLiteQueue[] (x)", ms: 1680 });
    expect(parseStat("garbage")).toBeNull();
  });

  it("subtracts two readings, or gives null when one is missing", () => {
    expect(cpuSince({ writerMs: 100, totalMs: 400 }, { writerMs: 350, totalMs: 1000 })).toEqual({ writerMs: 250, totalMs: 600 });
    expect(cpuSince(null, { writerMs: 1, totalMs: 1 })).toBeNull();
  });
});
