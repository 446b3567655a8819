import { describe, expect, it } from "vitest";
import { parseModel } from "./parse";
import { edited, errorAt } from "./testing/edit";
import { paymentsModel } from "./testing/payments";

// The design engine's fields in a pinned design (docs/design-format.md): sparse `when`,
// `shards`, `reverse`, `typeAttribute` and `ownerAttribute`.
const design = () => ({
  table: { partitionKey: { name: "PK", type: "S" }, sortKey: { name: "SK", type: "S" } },
  indexes: [
    { name: "GSI1", type: "global", partitionKey: { name: "GSI1PK", type: "S" }, sortKey: { name: "GSI1SK", type: "S" }, projection: "ALL" },
    { name: "LSI1", type: "local", partitionKey: { name: "PK", type: "S" }, sortKey: { name: "LSI1SK", type: "S" }, projection: "ALL" },
  ],
  entities: [
    { entity: "Tenant", keys: [{ index: null, partitionKey: "TENANT#{tenantId}", sortKey: "TENANT#" }] },
    {
      entity: "Payment", keys: [
        { index: null, partitionKey: "TENANT#{tenantId}", sortKey: "PAYMENT#{paymentId}" },
        { index: "GSI1", partitionKey: "PENDING", sortKey: "PAYMENT#{createdAt}#{paymentId}", when: { status: { eq: "PENDING" } }, shards: 4, reverse: ["paymentId"] },
        { index: "LSI1", partitionKey: "TENANT#{tenantId}", sortKey: "PAYMENT#{amount}#{paymentId}" },
      ],
    },
  ],
  typeAttribute: "_type",
  ownerAttribute: "_owner",
});
const withDesign = (changes: Record<string, unknown> = {}) => edited(edited(paymentsModel(), { design: design() }), changes);

describe("pinned design: the engine's fields", () => {
  it("accepts when, shards, reverse, typeAttribute and ownerAttribute without problems", () => {
    expect(parseModel(withDesign()).problems).toEqual([]);
  });

  it.each([
    ["when only on indexes", { "design.entities[1].keys[0].when": { status: "exists" } }, "design.entities[1].keys[0].when", "applies to indexes only"],
    ["when names attributes of the entity", { "design.entities[1].keys[1].when": { nope: "exists" } }, 'design.entities[1].keys[1].when.nope', "is not an attribute of Payment"],
    ["when is fixed at design time", { "design.entities[1].keys[1].when": { status: "eq" } }, "design.entities[1].keys[1].when.status", "fixed at design time"],
    ["when constants fit the attribute", { "design.entities[1].keys[1].when": { status: { eq: "LOST" } } }, "design.entities[1].keys[1].when.status.eq", "expected one of the attribute's values"],
    ["shards on global indexes only", { "design.entities[1].keys[2].shards": 2 }, "design.entities[1].keys[2].shards", "global indexes only"],
    ["shards is an integer 1..1000", { "design.entities[1].keys[1].shards": 0 }, "design.entities[1].keys[1].shards", "an integer from 1 to 1,000"],
    ["reverse names sort-key placeholders", { "design.entities[1].keys[1].reverse": ["tenantId"] }, "design.entities[1].keys[1].reverse[0]", "not a placeholder of the sort key"],
    ["typeAttribute is not an entity attribute", { "design.typeAttribute": "status" }, "design.typeAttribute", 'collides with attribute "status" of entity Payment'],
    ["ownerAttribute is not a key name", { "design.ownerAttribute": "GSI1PK" }, "design.ownerAttribute", "already a key attribute"],
    ["typeAttribute and ownerAttribute differ", { "design.ownerAttribute": "_type" }, "design.ownerAttribute", "already the typeAttribute"],
  ])("%s", (_title, changes, path, phrase) => {
    expect(errorAt(withDesign(changes), path, phrase)).toBeDefined();
  });
});
