/** CreateTable from a design; physical items and back; the digest's canonical form. */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { designModel, type Design } from "@/lib/design";
import { parseModel, parseModelText, type Model } from "@/lib/model";
import { generateItems } from "@/lib/simulate";
import { entityItemOf, physicalAttributes, physicalItems } from "./items";
import { createTableInput } from "./table";
import { canonicalJson, digestLine, resultDigest } from "./verify/digest";
import { ModelTypes } from "./verify/values";

function example(name: string): Model {
  const parsed = parseModelText(readFileSync(join(__dirname, "..", "..", "public", "examples", name), "utf8"));
  if (!parsed.ok) throw new Error(`${name} is invalid`);
  return parsed.model;
}

describe("createTableInput", () => {
  const model = example("multi-tenant-payments.json");
  const design = designModel(model);
  const input = createTableInput(model, design, "t-1");

  it("has the design's key schema, on-demand billing, every key attribute defined once with its type", () => {
    expect(input.TableName).toBe("t-1");
    expect(input.BillingMode).toBe("PAY_PER_REQUEST");
    expect(input.KeySchema).toEqual([{ AttributeName: design.table.partitionKey.name, KeyType: "HASH" }, ...(design.table.sortKey ? [{ AttributeName: design.table.sortKey.name, KeyType: "RANGE" }] : [])]);
    const names = (input.AttributeDefinitions ?? []).map((d) => d.AttributeName);
    expect(new Set(names).size).toBe(names.length);
    const used = new Set([...(input.KeySchema ?? []), ...(input.GlobalSecondaryIndexes ?? []).flatMap((g) => g.KeySchema ?? [])].map((k) => k.AttributeName));
    expect(new Set(names)).toEqual(used);
  });

  it("creates each global index with its keys and projection", () => {
    expect((input.GlobalSecondaryIndexes ?? []).map((g) => g.IndexName)).toEqual(design.table.indexes.filter((i) => i.type === "global").map((i) => i.name));
    for (const g of input.GlobalSecondaryIndexes ?? []) expect(g.Projection).toEqual({ ProjectionType: "ALL" });
  });

  it("local indexes share the table's partition key; INCLUDE projections carry the entity-type attribute", () => {
    const parsed = parseModel({
      format: "tablewright.model/1", name: "Lsi",
      entities: [{ name: "Order", key: ["customerId", "orderId"], attributes: [
        { name: "customerId", type: "string" }, { name: "orderId", type: "string" }, { name: "total", type: "number" }, { name: "note", type: "string" }] }],
      accessPatterns: [{ id: "big", name: "big", kind: "query", entity: "Order", where: { customerId: "eq" }, order: { by: "total", dir: "desc" }, consistency: "strong" }],
      design: {
        table: { partitionKey: { name: "PK", type: "S" }, sortKey: { name: "SK", type: "S" } },
        indexes: [{ name: "LSI1", type: "local", partitionKey: { name: "PK", type: "S" }, sortKey: { name: "LSI1SK", type: "N" }, projection: { include: ["note"] } }],
        entities: [{ entity: "Order", keys: [{ index: null, partitionKey: "CUSTOMER#{customerId}", sortKey: "ORDER#{orderId}" }, { index: "LSI1", partitionKey: "CUSTOMER#{customerId}", sortKey: "{total}" }] }],
      },
    });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const d: Design = designModel(parsed.model);
    const lsi = createTableInput(parsed.model, d, "t").LocalSecondaryIndexes?.[0];
    expect(lsi?.KeySchema).toEqual([{ AttributeName: "PK", KeyType: "HASH" }, { AttributeName: "LSI1SK", KeyType: "RANGE" }]);
    expect(lsi?.Projection).toEqual({ ProjectionType: "INCLUDE", NonKeyAttributes: ["note", d.table.typeAttribute] });
  });
});

describe("physical items", () => {
  it("add keys and uniqueness items, and come back as the same entity item", () => {
    const model = example("multi-tenant-payments.json");
    const design = designModel(model);
    const strip = physicalAttributes(design);
    for (const x of generateItems(model, { items: 300, seed: 3 })) {
      const [main, ...uniques] = physicalItems(design, x);
      expect(entityItemOf(design, main ?? {}, strip)).toEqual({ entity: x.entity, item: Object.fromEntries(Object.entries(x.item).filter(([, v]) => v !== undefined)) });
      const uniqueCount = model.entities.find((e) => e.name === x.entity)?.attributes.filter((a) => a.unique && x.item[a.name] !== undefined).length;
      expect(uniques).toHaveLength(uniqueCount ?? 0);
    }
  });
});

describe("resultDigest", () => {
  it("is the SHA-256 of the canonical JSON lines joined by newlines", () => {
    expect(canonicalJson({ b: "1", a: [{ d: true, c: null }] })).toBe('{"a":[{"c":null,"d":true}],"b":"1"}');
    const model = example("multi-tenant-payments.json");
    const types = new ModelTypes(model);
    const pattern = model.accessPatterns.find((p) => p.id === "paymentWithRefunds");
    if (!pattern) throw new Error("paymentWithRefunds is gone from the example");
    const refund = { entity: "Refund", item: { tenantId: "t", paymentId: "p", refundId: "r", amount: 12.5 } };
    const payment = { entity: "Payment", item: { tenantId: "t", paymentId: "p", amount: 3 } };
    // Unordered: written in the oracle's tie order (entity name first), whatever order came back.
    const line = digestLine(types, pattern, [refund, payment]);
    expect(line).toBe('[{"entity":"Payment","item":{"amount":"3","paymentId":"p","tenantId":"t"}},{"entity":"Refund","item":{"amount":"12.5","paymentId":"p","refundId":"r","tenantId":"t"}}]');
    expect(resultDigest([line, "[]"])).toBe(createHash("sha256").update(`${line}\n[]`).digest("hex"));
  });
});
