/**
 * verify end to end, on DynamoDB Local (one instance for the file) and on the simulator:
 * every example passes on both with identical accessPatterns; a dump passes the
 * independent re-check; broken designs and a loader that drops an item fail.
 * Needs Java: without it these tests fail (they never skip), saying how to install it.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { designModel, toPinnedDesign, type Design } from "@/lib/design";
import { parseModelText, type Model } from "@/lib/model";
import { DumpWriter } from "./dump";
import { localClients, startDynamoLocal, type DynamoLocal } from "./local";
import { newMemoryTarget } from "./memory";
import { localTarget, type Target } from "./target";
import { verifyModel, type VerifyReport } from "./verify/run";

const ITEMS = 2000;
const examplesDir = join(__dirname, "..", "..", "public", "examples");
const files = readdirSync(examplesDir).filter((f) => f.endsWith(".json") && f !== "index.json").sort();
const RECHECK = process.env["TABLEWRIGHT_RECHECK_DUMP"] ?? "/work/shared/tools/recheck-dump.py";

function example(file: string): Model {
  const parsed = parseModelText(readFileSync(join(examplesDir, file), "utf8"));
  if (!parsed.ok) throw new Error(`${file} is invalid`);
  return parsed.model;
}

let local: DynamoLocal | undefined;
let target: Target;
let tables = 0;
const tableName = () => `verify-test-${++tables}`;

beforeAll(async () => {
  local = await startDynamoLocal();
  target = localTarget(localClients(local.endpoint).doc);
}, 60_000);
afterAll(async () => {
  await local?.stop();
});

function failuresOf(report: VerifyReport): string {
  return JSON.stringify([report.problems, report.accessPatterns.filter((p) => p.failures.length), report.writes.filter((w) => !w.invariantHeld)], null, 1).slice(0, 3000);
}

describe.each(files)("verify %s", (file) => {
  const model = example(file);
  const dir = mkdtempSync(join(tmpdir(), "tablewright-dump-"));
  let onLocal: VerifyReport, onMemory: VerifyReport;
  beforeAll(async () => {
    onLocal = await verifyModel({ model, target, items: ITEMS, seed: 1, tableName: tableName(), dump: new DumpWriter(dir) });
    onMemory = await verifyModel({ model, target: newMemoryTarget(), items: ITEMS, seed: 1, tableName: "verify-memory" });
  }, 240_000);

  it("passes on DynamoDB Local, every read pattern on several bindings", () => {
    expect(onLocal.passed, failuresOf(onLocal)).toBe(true);
    expect(onLocal.accessPatterns.length).toBe(model.accessPatterns.filter((p) => ["get", "query", "scan"].includes(p.kind)).length);
    expect(readFileSync(join(dir, "items.jsonl"), "utf8").trim().split("\n")).toHaveLength(onLocal.load.entityItems);
  });

  it.skipIf(!existsSync(RECHECK))("the dump passes the independent re-check (recheck-dump.py)", () => {
    const out = execFileSync("python3", [RECHECK, join(examplesDir, file), dir], { encoding: "utf8" });
    expect(out).toMatch(/^ok \d+ runs/);
  });

  it("runs every write scenario the model calls for, none skipped, each holding on both targets", () => {
    const expected = model.accessPatterns.flatMap((p) => {
      const entity = model.entities.find((e) => e.name === p.entity);
      const unique = (entity?.attributes ?? []).filter((a) => a.unique).map((a) => a.name);
      if (p.kind === "put") return [...(p.condition === "notExists" ? [`${p.id}:duplicate-create`] : []), ...unique.map((a) => `${p.id}:unique-race:${a}`)];
      if (p.kind === "delete") return unique.map((a) => `${p.id}:unique-release:${a}`);
      if (p.kind !== "update") return [];
      return [
        ...unique.filter((a) => (p.set ?? []).includes(a)).map((a) => `${p.id}:unique-release:${a}`),
        ...(p.condition === "version" ? [`${p.id}:version-race`] : []),
        ...(p.condition === "nonNegative" ? (p.add ?? []).map((a) => `${p.id}:overdraw-race:${a}`) : []),
      ];
    });
    for (const report of [onLocal, onMemory]) {
      expect(report.writes.map((w) => [w.id, w.scenario, w.attribute].filter(Boolean).join(":")), report.target).toEqual(expected);
      for (const w of report.writes) {
        expect(w.skipped, `${report.target} ${w.id} ${w.scenario}`).toBeUndefined();
        expect(w.invariantHeld, `${report.target} ${w.id} ${w.scenario}: ${w.problems.join("; ")}`).toBe(true);
        expect(w.succeeded).toBeGreaterThan(0);
      }
    }
  });

  it("passes on the simulator with the same accessPatterns (results, digests, pages, consumed capacity)", () => {
    expect(onMemory.passed, failuresOf(onMemory)).toBe(true);
    expect(onMemory.accessPatterns).toEqual(onLocal.accessPatterns);
  });
});

describe("verify follows pages", () => {
  // ~120 items of ~20 KB in one item collection: more than 2 MB, so the Query needs 3 pages.
  const parsed = parseModelText(JSON.stringify({
    format: "tablewright.model/1", name: "Big blobs",
    entities: [
      { name: "Shelf", count: 1, key: ["shelfId"], attributes: [{ name: "shelfId", type: "string" }] },
      { name: "Blob", count: 1000, key: ["shelfId", "blobId"], attributes: [
        { name: "shelfId", type: "string", ref: "Shelf" }, { name: "blobId", type: "string", gen: "ulid" },
        { name: "body", type: "string", gen: "text", size: 20000 }, { name: "at", type: "datetime" }] },
    ],
    accessPatterns: [
      { id: "shelfBlobs", name: "Blobs of a shelf", kind: "query", entity: "Blob", where: { shelfId: "eq" } },
      { id: "recentBlobs", name: "Blobs of a shelf, newest first", kind: "query", entity: "Blob", where: { shelfId: "eq", at: "between" }, order: { by: "at", dir: "desc" } },
    ],
  }));
  if (!parsed.ok) throw new Error("the big-blob model is invalid");
  const model = parsed.model;

  it("results over 1 MB span pages, match the oracle, and agree between Local and the simulator", async () => {
    const onLocal = await verifyModel({ model, target, items: 120, seed: 1, tableName: tableName() });
    expect(onLocal.passed, failuresOf(onLocal)).toBe(true);
    expect(onLocal.accessPatterns.every((p) => p.multiPageResults > 0)).toBe(true);
    const onMemory = await verifyModel({ model, target: newMemoryTarget(), items: 120, seed: 1 });
    expect(onMemory.accessPatterns).toEqual(onLocal.accessPatterns);
  }, 120_000);
});

/** A copy of the design with one pattern's plan changed (the engine's internals are rebuilt per design object). */
function tamper(design: Design, id: string, change: (plan: NonNullable<Design["accessPatterns"][number]["plan"]>) => object): Design {
  return {
    ...design,
    accessPatterns: design.accessPatterns.map((p) => (p.id === id && p.plan ? { ...p, plan: { ...p.plan, ...change(p.plan) } } : p)),
  };
}

describe("verify catches what is wrong", () => {
  const model = example("multi-tenant-payments.json");
  const design = designModel(model);

  it("a design that reads in the wrong direction fails that pattern, and only that one", async () => {
    const broken = tamper(design, "recentPayments", (plan) => ({ forward: !plan.forward }));
    const report = await verifyModel({ model, design: broken, target, items: ITEMS, seed: 1, tableName: tableName(), writes: false });
    expect(report.passed).toBe(false);
    expect(report.accessPatterns.filter((p) => p.failures.length).map((p) => p.id)).toEqual(["recentPayments"]);
  }, 120_000);

  it("a design that forgets the limit fails", async () => {
    const broken = tamper(design, "tenantLedger", () => ({ limit: null }));
    const report = await verifyModel({ model, design: broken, target, items: ITEMS, seed: 1, tableName: tableName(), writes: false });
    expect(report.accessPatterns.find((p) => p.id === "tenantLedger")?.failures.length).toBeGreaterThan(0);
    expect(report.passed).toBe(false);
  }, 120_000);

  it("a pinned design whose GSI sort key drops the range attribute fails (the pattern is not served)", async () => {
    const pinned = toPinnedDesign(design);
    const payment = pinned.entities.find((e) => e.entity === "Payment");
    const gsi = payment?.keys.find((k) => k.index === design.accessPatterns.find((p) => p.id === "recentPayments")?.index);
    if (!gsi) throw new Error("recentPayments no longer reads a GSI");
    gsi.sortKey = "PAYMENT#{paymentId}";
    const report = await verifyModel({ model: { ...model, design: pinned }, target, items: ITEMS, seed: 1, tableName: tableName(), writes: false });
    expect(report.passed).toBe(false);
    expect(report.accessPatterns.find((p) => p.id === "recentPayments")?.failures[0]?.problems[0]).toMatch(/not served/);
  }, 120_000);

  it("a loader path that drops an item fails the load check", async () => {
    let dropped = false;
    const lossy: Target = {
      ...target,
      batchWrite: (input) => {
        const [table, requests = []] = Object.entries(input.RequestItems ?? {})[0] ?? ["", []];
        if (dropped || requests.length < 2) return target.batchWrite(input);
        dropped = true;
        return target.batchWrite({ RequestItems: { [table]: requests.slice(1) } });
      },
    };
    const report = await verifyModel({ model, target: lossy, items: 500, seed: 1, tableName: tableName(), writes: false });
    expect(report.passed).toBe(false);
    expect(report.problems.join()).toMatch(/dropped/);
  }, 120_000);
});
