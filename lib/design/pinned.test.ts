/**
 * Pinned designs: the engine maps patterns onto the user's layout (the same matcher as its
 * own proposals), reports what the layout cannot serve and why, and renders native N/B
 * keys, sparse `when` conditions and reversed parts as the layout says.
 */
import { describe, expect, it } from "vitest";
import { designModelStrict, designToJson, itemKeys } from ".";
import type { PinnedDesign } from "../model";
import { paymentsModel } from "../model/testing/payments";
import { entity, model, pattern } from "./testing/build";
import { checkReads } from "./testing/check";
import { modelItems } from "./testing/items";

const S = (name: string) => ({ name, type: "S" as const });

describe("pinned designs", () => {
  const base = paymentsModel();
  const design: PinnedDesign = {
    table: { partitionKey: S("PK"), sortKey: S("SK") },
    indexes: [
      { name: "GSI1", type: "global", partitionKey: S("GSI1PK"), sortKey: S("GSI1SK"), projection: "ALL" },
      { name: "byKey", type: "global", partitionKey: S("GSI2PK"), projection: "KEYS_ONLY" },
    ],
    entities: [
      { entity: "Tenant", keys: [{ index: null, partitionKey: "TENANT#{tenantId}", sortKey: "TENANT#" }] },
      {
        entity: "Payment", keys: [
          { index: null, partitionKey: "TENANT#{tenantId}", sortKey: "PAYMENT#{paymentId}" },
          { index: "GSI1", partitionKey: "TENANT#{tenantId}", sortKey: "PAYMENT#{createdAt}#{paymentId}" },
          { index: "byKey", partitionKey: "IDEM#{idempotencyKey}" },
        ],
      },
    ],
  };
  const m = model(base.entities, base.accessPatterns, { design });
  const d = designModelStrict(m);
  const json = designToJson(d);
  const ap = (id: string) => json.accessPatterns.find((p) => p.id === id);

  it("keeps the user's layout and names", () => {
    expect(json.pinned).toBe(true);
    expect(json.table.indexes.map((i) => i.name)).toEqual(["GSI1", "byKey"]);
    expect(json.entities["Payment"]).toMatchObject({ GSI1SK: "PAYMENT#{createdAt}#{paymentId}", GSI2PK: "IDEM#{idempotencyKey}" });
  });

  it("maps what it can and explains what it cannot", () => {
    expect(ap("getPayment")).toMatchObject({ operation: "GetItem", served: true });
    // Descending, and ties on createdAt would come back in descending paymentId order: not the oracle's.
    expect(ap("recentPayments")?.served).toBe(false);
    expect(ap("recentPayments")?.explanation).toMatch(/reversed/);
    expect(ap("pendingPayments")?.served).toBe(false);
    expect(ap("pendingPayments")?.explanation).toMatch(/status = "PENDING"/);
    expect(json.findings.filter((f) => f.code === "UNSERVED").map((f) => f.accessPattern)).toEqual(["recentPayments", "pendingPayments"]);
    expect(ap("createPayment")).toMatchObject({ operation: "TransactWriteItems", served: true });
  });

  it("serves the pattern once the layout writes the tie-break reversed and adds a sparse index", () => {
    const fixed: PinnedDesign = JSON.parse(JSON.stringify(design)) as PinnedDesign;
    const payment = fixed.entities[1];
    if (!payment) throw new Error("fixture");
    payment.keys[1] = { ...payment.keys[1], index: "GSI1", partitionKey: "TENANT#{tenantId}", sortKey: "PAYMENT#{createdAt}#{paymentId}", reverse: ["paymentId"] } as never;
    fixed.indexes?.push({ name: "GSI3", type: "global", partitionKey: S("GSI3PK"), sortKey: S("GSI3SK"), projection: "ALL" });
    payment.keys.push({ index: "GSI3", partitionKey: "PENDING#{tenantId}", sortKey: "{createdAt}#{paymentId}", when: { status: { eq: "PENDING" } } } as never);
    const m2 = model(base.entities, base.accessPatterns, { design: fixed });
    const d2 = designModelStrict(m2);
    expect(d2.accessPatterns.filter((p) => !p.served).map((p) => p.id)).toEqual([]);
    expect(d2.accessPatterns.find((p) => p.id === "pendingPayments")).toMatchObject({ index: "GSI3", techniques: expect.arrayContaining(["sparse-index"]) });
    const pendingKeys = itemKeys(d2, "Payment", { tenantId: "t", paymentId: "p", idempotencyKey: "k", amount: 1, status: "PENDING", createdAt: "2026-01-01T00:00:00.000Z", version: 1 });
    expect(pendingKeys).toMatchObject({ GSI3PK: "PENDING#t", GSI3SK: "2026-01-01T00:00:00.000Z#p" });
    for (const seed of [1, 2]) expect(checkReads(m2, d2, modelItems(m2, 12, seed), 5, seed)).toBeUndefined();
  });

  it("does not serve reads from a KEYS_ONLY index: a Query there returns partial items", () => {
    const byKey = base.accessPatterns.concat([{ id: "byIdem", name: "by idempotency key", kind: "query", entity: "Payment", where: { idempotencyKey: "eq" } }]);
    const d3 = designModelStrict(model(base.entities, byKey, { design }));
    expect(d3.accessPatterns.find((p) => p.id === "byIdem")?.explanation).toMatch(/keys only/);
  });

  it("renders native N sort keys and serves ranges on them exactly", () => {
    const sensor = entity("Sample", ["sensorId", "seq"], ["sensorId", "seq:number", "value:number"]);
    const m4 = model([sensor], [
      pattern({ id: "window", kind: "query", entity: "Sample", where: { sensorId: "eq", seq: "between" }, order: { by: "seq", dir: "desc" } }),
      pattern({ id: "after", kind: "query", entity: "Sample", where: { sensorId: "eq", seq: "gt" }, order: { by: "seq" }, limit: 3 }),
    ], {
      design: {
        table: { partitionKey: S("sensor"), sortKey: { name: "n", type: "N" } },
        entities: [{ entity: "Sample", keys: [{ index: null, partitionKey: "{sensorId}", sortKey: "{seq}" }] }],
      },
    });
    const d4 = designModelStrict(m4);
    expect(itemKeys(d4, "Sample", { sensorId: "s#1", seq: -1.5, value: 3 })).toEqual({ sensor: "s$c1", n: -1.5, _type: "Sample" });
    expect(d4.accessPatterns.map((p) => p.keyCondition)).toEqual(["sensor = :pk AND n BETWEEN :from AND :to", "sensor = :pk AND n > :from"]);
    for (const seed of [1, 2, 3]) expect(checkReads(m4, d4, modelItems(m4, 12, seed), 6, seed)).toBeUndefined();
  });
});
