import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

// `partitions` and `cost` as a user or a CI script runs them: a child process, real files.
const root = join(__dirname, "..", "..");
const cli = join(root, "bin", "tablewright");
const IOT = "public/examples/iot-telemetry.json";
const PAYMENTS = "public/examples/multi-tenant-payments.json";

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [cli, ...args], { cwd: root, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

const NO_STACK = /\n\s+at .+:\d+:\d+/;

beforeAll(async () => {
  await run("--version"); // the first run bundles the CLI
}, 60_000);

describe("tablewright partitions", { timeout: 20_000 }, () => {
  it("names every key over a per-partition limit, with --json", async () => {
    const result = await run("partitions", IOT, "--json");
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.partitions).toBeGreaterThan(1);
    expect(Number.isInteger(json.partitions)).toBe(true);
    const over = json.hotKeys.filter((k: { overLimit: boolean }) => k.overLimit);
    expect(over.length).toBeGreaterThan(0);
    for (const k of json.hotKeys) {
      expect(Object.keys(k)).toEqual(expect.arrayContaining(["index", "key", "readUnitsPerSecond", "writeUnitsPerSecond", "sizeBytes", "overLimit"]));
    }
    expect(over[0]).toMatchObject({ index: "GSI1", key: "FLEET#{fleetId}", over: { size: true } });
    expect(json.shardAdvice.some((a: { key: string }) => a.key === "DEVICE#STATUS#ONLINE")).toBe(true);
    expect(json.placement[0]).toMatchObject({ illustrative: true });
  });

  it("multiplies every rps with --scale and finds the live view's shards too few at 10×", async () => {
    const result = await run("partitions", IOT, "--json", "--scale", "10");
    const json = JSON.parse(result.stdout);
    const live = json.hotKeys.find((k: { key: string }) => k.key === "DEVICE#STATUS#ONLINE");
    expect(live.overLimit).toBe(true); // 10 × 198.8 WCU/s per shard
    expect(json.findings.map((f: { code: string }) => f.code)).toEqual(expect.arrayContaining(["HOT_KEY", "GSI_THROTTLES_TABLE"]));
  });

  it("prints a readable report", async () => {
    const result = await run("partitions", PAYMENTS);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Partitions (estimate)");
    expect(result.stdout).toContain("TENANT#{tenantId}");
    expect(result.stdout).toContain("illustrative");
  });

  it("rejects a bad flag value with exit 2, an invalid model with exit 1", async () => {
    const bad = await run("partitions", IOT, "--scale", "-1");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--scale");
    const dir = mkdtempSync(join(tmpdir(), "tablewright-capacity-"));
    const file = join(dir, "bad.json");
    writeFileSync(file, JSON.stringify({ format: "tablewright.model/1", name: "x", entities: [] }));
    const invalid = await run("partitions", file);
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toContain(file);
    expect(invalid.stderr).not.toMatch(NO_STACK);
  });
});

describe("tablewright cost", { timeout: 20_000 }, () => {
  it("gives on-demand, provisioned and storage with the prices and their date, with --json", async () => {
    const result = await run("cost", PAYMENTS, "--json");
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.onDemand.monthlyUsd).toBeGreaterThan(0);
    expect(json.provisioned).toMatchObject({ monthlyUsd: expect.any(Number), readCapacityUnits: expect.any(Number), writeCapacityUnits: expect.any(Number) });
    expect(json.storage).toMatchObject({ gigabytes: expect.any(Number), monthlyUsd: expect.any(Number) });
    expect(json.prices).toMatchObject({ region: "us-east-1", checked: "2026-11-28", currency: "USD" });
    expect(json.prices.unitPrices.length).toBeGreaterThan(5);
    expect(json.globalTables).toMatchObject({ replicas: 2, mode: "MREC" });
    expect(json.breakEven.utilization).toBeCloseTo(13 / 45, 3);
  });

  it("takes --utilization, --scale, --table-class and --replicas", async () => {
    const runs = await Promise.all([
      run("cost", PAYMENTS, "--json"),
      run("cost", PAYMENTS, "--json", "--utilization", "0.5"),
      run("cost", PAYMENTS, "--json", "--scale", "2"),
      run("cost", PAYMENTS, "--json", "--table-class", "standardInfrequentAccess"),
      run("cost", PAYMENTS, "--json", "--replicas", "1"),
    ]);
    const [base, lower, doubled, ia, one] = runs.map((r) => JSON.parse(r.stdout));
    expect(lower.provisioned.monthlyUsd).toBeGreaterThan(base.provisioned.monthlyUsd);
    expect(lower.onDemand.monthlyUsd).toBe(base.onDemand.monthlyUsd);
    expect(doubled.onDemand.throughputUsd).toBeCloseTo(2 * base.onDemand.throughputUsd, 0);
    expect(ia.storage.monthlyUsd).toBeLessThan(base.storage.monthlyUsd);
    expect(one.storage.gigabytes).toBeCloseTo(base.storage.gigabytes / 2, 2);
  }, 30_000);

  it("prints both modes side by side", async () => {
    const result = await run("cost", PAYMENTS);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/on-demand\s+provisioned/);
    expect(result.stdout).toContain("Break-even");
    expect(result.stdout).toContain("Estimates:");
  });

  it("refuses a Region it has no prices for, listing the known ones (exit 2)", async () => {
    const result = await run("cost", PAYMENTS, "--region", "eu-west-1");
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr.trim()).toBe("tablewright cost: no price table for Region eu-west-1; known Regions: us-east-1");
  });

  it("rejects a utilization outside (0, 1] with exit 2", async () => {
    const result = await run("cost", PAYMENTS, "--utilization", "70");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--utilization expects a fraction in (0, 1]");
  });
});

describe("tablewright help", () => {
  it("lists partitions and cost", async () => {
    const result = await run("--help");
    expect(result.stdout).toContain("tablewright partitions MODEL [--json] [--scale X]");
    expect(result.stdout).toContain("tablewright cost MODEL [--json] [--utilization U] [--scale X] [--region R]");
  });
});
