/**
 * Write scenarios can fail: deliberately broken designs, on the simulator and on DynamoDB
 * Local, each break the scenario that guards what they dropped. (That every example passes
 * every scenario on both targets is checked in verify.test.ts.)
 * Needs Java for the DynamoDB Local half: without it these tests fail (they never skip).
 *
 * A broken design is expressed as a Design whose pattern lost its condition, or whose
 * model lost its `unique` flag (so the engine's requests carry no uniqueness item); a
 * release that forgets its uniqueness item is a WritePort that drops it from the
 * transaction. The production path (designModel, buildWriteRequest) stays untouched.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { designModel, itemKeys, uniquenessItems, type Design } from "@/lib/design";
import { parseModelText, type Model } from "@/lib/model";
import { generateItems } from "@/lib/simulate";
import { localClients, startDynamoLocal, type DynamoLocal } from "./local";
import { newMemoryTarget } from "./memory";
import { localTarget, type Target } from "./target";
import type { VerifyContext } from "./verify/patterns";
import { verifyModel, type VerifyReport } from "./verify/run";
import { designPort, type WritePort } from "./verify/writes";
import { uniquenessCensus } from "./verify/orphans";
import { ModelTypes } from "./verify/values";

function example(name: string): Model {
  const parsed = parseModelText(readFileSync(join(__dirname, "..", "..", "public", "examples", name), "utf8"));
  if (!parsed.ok) throw new Error(`${name} is invalid`);
  return parsed.model;
}

/** The design with one pattern's condition taken away (its requests then carry none). */
function withoutCondition(design: Design, id: string): Design {
  return { ...design, accessPatterns: design.accessPatterns.map((p) => (p.id === id ? { ...p, pattern: { ...p.pattern, condition: undefined } } : p)) };
}

/** The design of a model whose entity forgot its `unique` flags: no uniqueness items are written or checked. */
function withoutUniqueness(design: Design, entity: string): Design {
  const model = { ...design.model, entities: design.model.entities.map((e) => (e.name === entity ? { ...e, attributes: e.attributes.map(({ unique: _u, ...a }) => a) } : e)) };
  return { ...design, model };
}

/** Sends the design's requests, but a delete's transaction leaves its uniqueness items (forgets to free the value). */
function forgetfulRelease(ctx: VerifyContext): WritePort {
  return designPort(ctx, (request) => (request.operation === "TransactWriteItems" && request.TransactItems[0]?.Delete ? { operation: "DeleteItem", ...request.TransactItems[0].Delete } : request));
}

const payments = example("multi-tenant-payments.json");
const orders = example("ecommerce-orders.json");

let local: DynamoLocal | undefined;
let localDb: Target;
let tables = 0;
beforeAll(async () => {
  local = await startDynamoLocal();
  localDb = localTarget(localClients(local.endpoint).doc);
}, 60_000);
afterAll(async () => {
  await local?.stop();
});

const targets: Array<[string, () => { target: Target; tableName: string }]> = [
  ["the simulator", () => ({ target: newMemoryTarget(), tableName: "broken" })],
  ["DynamoDB Local", () => ({ target: localDb, tableName: `broken-${++tables}` })],
];

function scenario(report: VerifyReport, id: string, name: string) {
  const w = report.writes.find((x) => x.id === id && x.scenario === name);
  if (!w) throw new Error(`no ${name} scenario for ${id}: ${JSON.stringify(report.writes.map((x) => `${x.id}:${x.scenario}`))}`);
  return w;
}

describe.each(targets)("broken designs fail their write scenarios on %s", (_, on) => {
  const run = (model: Model, design: Design, writePort?: (ctx: VerifyContext) => WritePort) => verifyModel({ model, design, ...on(), items: 300, seed: 2, ...(writePort ? { writePort } : {}) });

  it("the unbroken payments design holds every scenario", async () => {
    const report = await run(payments, designModel(payments));
    for (const w of report.writes) expect(w, JSON.stringify(w.problems)).toMatchObject({ invariantHeld: true });
    expect(report.passed).toBe(true);
  }, 60_000);

  it("a create without its notExists condition breaks duplicate-create", async () => {
    const report = await run(payments, withoutCondition(designModel(payments), "createRefund"));
    expect(scenario(report, "createRefund", "duplicate-create")).toMatchObject({ invariantHeld: false, attempts: 20, succeeded: 20 });
    expect(report.passed).toBe(false);
  }, 60_000);

  it("a create without its notExists condition, on an entity with a unique value, breaks duplicate-create", async () => {
    const report = await run(payments, withoutCondition(designModel(payments), "createPayment"));
    // The uniqueness item is re-put by the same owner, so both deliveries are written.
    expect(scenario(report, "createPayment", "duplicate-create")).toMatchObject({ invariantHeld: false, succeeded: 20 });
  }, 60_000);

  it("a create that leaves out the uniqueness item breaks unique-race", async () => {
    const report = await run(payments, withoutUniqueness(designModel(payments), "Payment"));
    const w = scenario(report, "createPayment", "unique-race");
    expect(w).toMatchObject({ invariantHeld: false, attempts: 6, succeeded: 6 });
    expect(w.problems.join("\n")).toMatch(/6 stored Payment items share one idempotencyKey/);
  }, 60_000);

  it("an update without its version condition breaks version-race", async () => {
    const report = await run(payments, withoutCondition(designModel(payments), "settlePayment"));
    const w = scenario(report, "settlePayment", "version-race");
    expect(w.invariantHeld).toBe(false);
    expect(w.problems.join("\n")).toMatch(/updates read at version \d+ were written \(expected exactly 1\)/);
  }, 60_000);

  it("a debit without its nonNegative condition breaks overdraw-race", async () => {
    const report = await run(payments, withoutCondition(designModel(payments), "debitBalance"));
    const w = scenario(report, "debitBalance", "overdraw-race");
    expect(w).toMatchObject({ invariantHeld: false, succeeded: 9 });
    expect(w.problems.join("\n")).toMatch(/balance went below 0/);
  }, 60_000);

  it("a delete that forgets the uniqueness item breaks unique-release", async () => {
    const report = await run(orders, designModel(orders), forgetfulRelease);
    const w = scenario(report, "eraseCustomer", "unique-release");
    expect(w.invariantHeld).toBe(false);
    expect(w.problems.join("\n")).toMatch(/the delete left the uniqueness item .* behind/);
    expect(w.problems.join("\n")).toMatch(/taking the freed email .* again was refused/);
    // The census after the scenarios finds the uniqueness item the delete left behind.
    expect(w.problems.join("\n")).toMatch(/the uniqueness item _UNIQUE#\S+ names .*, which does not hold that value \(an orphan\)/);
  }, 60_000);

  it("a delete of an entity that leaves out its uniqueness items breaks unique-release (the value was never held)", async () => {
    const report = await run(orders, withoutUniqueness(designModel(orders), "Customer"));
    const w = scenario(report, "eraseCustomer", "unique-release");
    expect(w.invariantHeld).toBe(false);
    expect(w.problems.join("\n")).toMatch(/while .* holds it was written \(expected refused\)/);
  }, 60_000);
});

describe("the uniqueness census after the write scenarios", () => {
  it("finds an entity item whose uniqueness item is gone, and a uniqueness item whose entity item is gone", async () => {
    const target = newMemoryTarget();
    const design = designModel(payments);
    const ctx: VerifyContext = { target, design, types: new ModelTypes(payments), tableName: "census", items: [], seed: 2 };
    await verifyModel({ model: payments, design, target, tableName: "census", items: 300, seed: 2, writes: false, deleteTable: false });
    expect(await uniquenessCensus(ctx)).toEqual(new Map());
    const [a, b] = [...generateItems(payments, { items: 300, seed: 2 })].filter((x) => x.entity === "Payment");
    if (!a || !b) throw new Error("no payments generated");
    const { partitionKey, sortKey } = design.table;
    const keyOf = (item: Record<string, unknown>) => ({ [partitionKey.name]: item[partitionKey.name], ...(sortKey ? { [sortKey.name]: item[sortKey.name] } : {}) });
    await target.delete({ TableName: "census", Key: keyOf(uniquenessItems(design, "Payment", a.item)[0] ?? {}) });
    await target.delete({ TableName: "census", Key: keyOf(itemKeys(design, "Payment", b.item)) });
    const problems = (await uniquenessCensus(ctx)).get("Payment") ?? [];
    expect(problems).toHaveLength(2);
    expect(problems.join("\n")).toMatch(/Payment item .* has no uniqueness item _UNIQUE#\S+ naming it/);
    expect(problems.join("\n")).toMatch(/the uniqueness item _UNIQUE#\S+ names .*\(an orphan\)/);
  });
});
