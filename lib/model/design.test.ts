import { describe, expect, it } from "vitest";
import { parseModel } from "./parse";
import { keyTemplateText, parseKeyTemplate } from "./template";
import { edited, errorAt, errorsOf } from "./testing/edit";
import { paymentsModel } from "./testing/payments";

const design = () => ({
  table: { partitionKey: { name: "PK", type: "S" }, sortKey: { name: "SK", type: "S" } },
  indexes: [
    { name: "GSI1", type: "global", partitionKey: { name: "GSI1PK", type: "S" }, sortKey: { name: "GSI1SK", type: "S" }, projection: "ALL" },
    { name: "LSI1", type: "local", partitionKey: { name: "PK", type: "S" }, sortKey: { name: "LSI1SK", type: "S" }, projection: { include: ["amount", "status"] } },
    { name: "byKey", type: "global", partitionKey: { name: "GSI2PK", type: "S" }, projection: "KEYS_ONLY" },
  ],
  entities: [
    { entity: "Tenant", keys: [{ index: null, partitionKey: "TENANT#{tenantId}", sortKey: "TENANT#" }] },
    {
      entity: "Payment", keys: [
        { index: null, partitionKey: "TENANT#{tenantId}", sortKey: "PAYMENT#{paymentId}" },
        { index: "GSI1", partitionKey: "TENANT#{tenantId}", sortKey: "PAYMENT#{createdAt}#{paymentId}" },
        { index: "byKey", partitionKey: "{{literal}}#{idempotencyKey}" },
      ],
    },
  ],
});
const withDesign = (changes: Record<string, unknown> = {}) => edited(edited(paymentsModel(), { design: design() }), changes);

describe("pinned design", () => {
  it("accepts a table, GSIs, an LSI, projections and templates", () => {
    expect(parseModel(withDesign()).problems).toEqual([]);
  });
  it("keeps unknown fields in the design as info", () => {
    expect(parseModel(withDesign({ "design.engineVersion": 3, "design.indexes[0].note": "x" })).problems.map((p) => p.path))
      .toEqual(["design.indexes[0].note", "design.engineVersion"]);
  });

  it.each([
    ["index names are 3..255 of [a-zA-Z0-9_.-]", { "design.indexes[0].name": "G1" }, "design.indexes[0].name", "3 to 255 characters"],
    ["index names are unique", { "design.indexes[2].name": "GSI1" }, "design.indexes[2].name", 'index name "GSI1" is already used'],
    ["index type", { "design.indexes[0].type": "gsi" }, "design.indexes[0].type", "expected one of global, local"],
    ["key types are S, N or B", { "design.table.partitionKey.type": "String" }, "design.table.partitionKey.type", "expected one of S, N, B"],
    ["projection shape", { "design.indexes[0].projection": "SOME" }, "design.indexes[0].projection", 'expected "ALL", "KEYS_ONLY" or {"include": [attribute names]}, found "SOME"'],
    ["projection include entries are names", { "design.indexes[1].projection": { include: [1] } }, "design.indexes[1].projection.include[0]", "expected a string, found 1"],
    ["projection include is not empty", { "design.indexes[1].projection": { include: [] } }, "design.indexes[1].projection.include", "at least one attribute"],
    ["projection include is distinct", { "design.indexes[1].projection": { include: ["a", "a"] } }, "design.indexes[1].projection.include[1]", "listed twice"],
    ["an LSI has the table's partition key", { "design.indexes[1].partitionKey": { name: "LPK", type: "S" } }, "design.indexes[1].partitionKey", "a local index has the table's partition key (PK, S), found (LPK, S)"],
    ["an LSI has a sort key", { "design.indexes[1].sortKey": undefined }, "design.indexes[1].sortKey", "a local index needs a sort key"],
    ["partition and sort key differ", { "design.table.sortKey.name": "PK" }, "design.table.sortKey.name", 'found "PK" for both'],
    ["one name has one type", { "design.indexes[2].partitionKey": { name: "GSI1PK", type: "N" } }, "design.indexes[2].partitionKey.type", "has type S elsewhere"],
    ["physical names never equal attribute names", { "design.indexes[0].partitionKey.name": "status" }, "design.indexes[0].partitionKey.name", 'collides with attribute "status" of entity Payment'],
    ["design entities exist", { "design.entities[0].entity": "Tenants" }, "design.entities[0].entity", 'found "Tenants", which is not an entity'],
    ["design entities appear once", { "design.entities[1].entity": "Tenant" }, "design.entities[1].entity", "already has key templates"],
    ["every entity has templates", { "design.entities": [design().entities[0]] }, "design.entities", "entity Payment has no key templates"],
    ["keys name a declared index", { "design.entities[1].keys[1].index": "GSI9" }, "design.entities[1].keys[1].index", 'found "GSI9"'],
    ["index is required (null for the table)", { "design.entities[0].keys[0].index": undefined }, "design.entities[0].keys[0].index", 'required field "index" is missing'],
    ["an index at most once per entity", { "design.entities[1].keys[2].index": "GSI1", "design.entities[1].keys[2].sortKey": "X" }, "design.entities[1].keys[2].index", "already has templates for GSI1"],
    ["a table template per entity", { "design.entities[0].keys[0].index": "GSI1" }, "design.entities[0].keys", "Tenant has no table key templates"],
    ["table templates hold the whole key", { "design.entities[1].keys[0].sortKey": "PAYMENT#" }, "design.entities[1].keys[0]", "missing {paymentId}"],
    ["templates name attributes", { "design.entities[1].keys[1].sortKey": "PAYMENT#{created}" }, "design.entities[1].keys[1].sortKey", "placeholder {created} is not an attribute of Payment"],
    ["templates have matched braces", { "design.entities[1].keys[1].sortKey": "PAYMENT#{createdAt" }, "design.entities[1].keys[1].sortKey", "unclosed '{' at offset 8"],
    ["a lone } is malformed", { "design.entities[0].keys[0].sortKey": "TENANT}" }, "design.entities[0].keys[0].sortKey", "unmatched '}' at offset 6"],
    ["templates are not empty", { "design.entities[0].keys[0].sortKey": "" }, "design.entities[0].keys[0].sortKey", "cannot be empty"],
    ["no sortKey template without a sort key", { "design.entities[1].keys[2].sortKey": "X" }, "design.entities[1].keys[2].sortKey", "index byKey has no sort key"],
    ["a sortKey template where there is a sort key", { "design.entities[0].keys[0].sortKey": undefined }, "design.entities[0].keys[0].sortKey", "the table has a sort key (SK): a sortKey template is required"],
  ])("%s", (_title, changes, path, phrase) => {
    const cleaned = JSON.parse(JSON.stringify(withDesign(changes))) as unknown; // undefined = remove
    errorAt(cleaned, path, phrase);
  });

  it("limits global indexes to 20 and local ones to 5", () => {
    const gsis = Array.from({ length: 21 }, (_, i) => ({ name: `GSI${i + 10}`, type: "global", partitionKey: { name: `G${i}PK`, type: "S" }, projection: "ALL" }));
    errorAt(withDesign({ "design.indexes": gsis }), "design.indexes", "at most 20 global secondary indexes, found 21");
    const lsis = Array.from({ length: 6 }, (_, i) => ({ name: `LSI${i + 10}`, type: "local", partitionKey: { name: "PK", type: "S" }, sortKey: { name: `L${i}SK`, type: "S" }, projection: "ALL" }));
    errorAt(withDesign({ "design.indexes": lsis }), "design.indexes", "at most 5 local secondary indexes, found 6");
  });

  it("needs a table sort key for an LSI", () => {
    const model = JSON.parse(JSON.stringify(withDesign({
      "design.table.sortKey": undefined, "design.entities[0].keys[0]": { index: null, partitionKey: "T#{tenantId}" },
      "design.entities[1].keys[0]": { index: null, partitionKey: "P#{tenantId}#{paymentId}" },
    }))) as unknown;
    errorAt(model, "design.indexes[1]", "a local index needs a table with a sort key");
  });

  it("accepts a table without a sort key", () => {
    const model = JSON.parse(JSON.stringify(withDesign({
      "design.table.sortKey": undefined, "design.indexes": [],
      "design.entities[0].keys": [{ index: null, partitionKey: "T#{tenantId}" }],
      "design.entities[1].keys": [{ index: null, partitionKey: "P#{tenantId}#{paymentId}" }],
    }))) as unknown;
    expect(errorsOf(model)).toEqual([]);
  });
});

describe("parseKeyTemplate", () => {
  it("splits literals and placeholders", () => {
    expect(parseKeyTemplate("TENANT#{tenantId}#{created.at}")).toEqual({
      ok: true, parts: [{ literal: "TENANT#" }, { attribute: "tenantId" }, { literal: "#" }, { attribute: "created.at" }],
    });
  });
  it("reads {{ and }} as literal braces", () => {
    expect(parseKeyTemplate("{{a}}{b}}}")).toEqual({ ok: true, parts: [{ literal: "{a}" }, { attribute: "b" }, { literal: "}" }] });
    expect(parseKeyTemplate("")).toEqual({ ok: true, parts: [] });
  });
  it.each([
    ["{a", "unclosed '{' at offset 0"],
    ["a}", "unmatched '}' at offset 1"],
    ["{}", "empty placeholder"],
    ["{a{b}", "'{' inside a placeholder at offset 2"],
  ])("rejects %j", (template, message) => {
    const result = parseKeyTemplate(template);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(message);
  });
  it("has keyTemplateText as its inverse", () => {
    for (const t of ["A#{x}", "{{lit}}#{y}}}", "{__proto__}", "plain"]) {
      const parsed = parseKeyTemplate(t);
      if (!parsed.ok) throw new Error(parsed.message);
      expect(keyTemplateText(parsed.parts)).toBe(t);
    }
  });
});
