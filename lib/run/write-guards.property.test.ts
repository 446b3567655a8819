/**
 * Property tests (fast-check) of the design's write guards on the simulator (the DynamoDB
 * of lib/simulate/dynamo, not a test double): for any start and any sequence of signed
 * changes, a `nonNegative` update is written exactly when the number stays at 0 or more,
 * whether the design uses ADD (the number in no key) or compare-and-set (the number inside
 * an index key), and the number ends at the start plus the written changes. For any
 * sequence of updates at guessed versions, a `version` update is written exactly when the
 * guess is the stored version, which then moves on by one.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildWriteRequest, designModel, itemKeys } from "@/lib/design";
import { parseModelText, type Model } from "@/lib/model";
import { generateItems } from "@/lib/simulate";
import { physicalItems } from "./items";
import { newMemoryTarget } from "./memory";
import { createTableInput } from "./table";
import { sendWrite } from "./verify/write-send";

function example(name: string): Model {
  const parsed = parseModelText(readFileSync(join(__dirname, "..", "..", "public", "examples", name), "utf8"));
  if (!parsed.ok) throw new Error(`${name} is invalid`);
  return parsed.model;
}

async function tableWith(model: Model, entity: string) {
  const design = designModel(model);
  const target = newMemoryTarget();
  await target.createTable(createTableInput(model, design, "guards"));
  const x = [...generateItems(model, { items: 200, seed: 1 })].find((i) => i.entity === entity);
  if (!x) throw new Error(`no ${entity}`);
  for (const p of physicalItems(design, x)) await target.put({ TableName: "guards", Item: p });
  const t = design.table;
  const keys = itemKeys(design, entity, x.item);
  const Key = { [t.partitionKey.name]: keys[t.partitionKey.name], ...(t.sortKey ? { [t.sortKey.name]: keys[t.sortKey.name] } : {}) };
  const read = async () => (await target.get({ TableName: "guards", Key, ConsistentRead: true })).Item ?? {};
  return { design, target, x, read };
}

const cases: Array<[string, string, string, string, string]> = [
  ["ADD (number in no key)", "multi-tenant-payments.json", "Tenant", "debitBalance", "balance"],
  ["compare-and-set (number in an index key)", "ecommerce-orders.json", "Inventory", "reserveStock", "onHand"],
];

describe.each(cases)("the nonNegative guard, %s", (_, file, entity, patternId, attribute) => {
  const model = example(file);
  it("writes a change exactly when the number stays at 0 or more; the number is the start plus the written changes", async () => {
    await fc.assert(fc.asyncProperty(fc.array(fc.integer({ min: -60, max: 60 }), { minLength: 1, maxLength: 12 }), async (deltas) => {
      const { design, target, x, read } = await tableWith(model, entity);
      let value = Number((await read())[attribute]);
      for (const delta of deltas) {
        const previous = { ...x.item, [attribute]: value };
        let outcome: string;
        try {
          const request = buildWriteRequest(design, patternId, { item: { ...x.item }, deltas: { [attribute]: delta }, previous });
          outcome = (await sendWrite(target, "guards", request)).outcome;
        } catch (error) {
          // The compare-and-set builder refuses a new value below zero before sending it.
          expect((error as Error).message).toMatch(/below zero/);
          outcome = "refused";
        }
        expect(outcome, `${value} + ${delta}`).toBe(value + delta >= 0 ? "written" : "refused");
        if (outcome === "written") value += delta;
        expect(Number((await read())[attribute])).toBeCloseTo(value, 6);
      }
    }), { numRuns: 25 });
  });
});

describe("the version condition", () => {
  const model = example("multi-tenant-payments.json");
  it("writes an update exactly when its expected version is the stored one, which then moves on by one", async () => {
    await fc.assert(fc.asyncProperty(fc.array(fc.integer({ min: -1, max: 2 }), { minLength: 1, maxLength: 10 }), async (offsets) => {
      const { design, target, x, read } = await tableWith(model, "Payment");
      let version = Number((await read())["version"]);
      for (const [i, offset] of offsets.entries()) {
        const expectedVersion = version + offset;
        const previous = { ...x.item, version };
        const request = buildWriteRequest(design, "settlePayment", { item: { ...x.item, status: i % 2 ? "SETTLED" : "FAILED", settledAt: `2026-05-0${i % 9 + 1}T00:00:00.000Z`, settlementId: `s${i}` }, expectedVersion, previous });
        const { outcome, error } = await sendWrite(target, "guards", request);
        expect(outcome, error).toBe(offset === 0 ? "written" : "refused");
        if (outcome === "written") version++;
        expect(Number((await read())["version"])).toBe(version);
      }
    }), { numRuns: 25 });
  });
});
