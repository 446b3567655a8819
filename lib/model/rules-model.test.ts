import { describe, expect, it } from "vitest";
import type { RuleId } from "./rules";
import { DELETE, edited, errorAt, errorsOf } from "./testing/edit";
import { paymentsModel } from "./testing/payments";

interface Case {
  title: string;
  changes: Record<string, unknown>;
  path: string;
  phrase: string;
  rule?: RuleId;
}

/** Each case breaks exactly one check of the base model and names the error it expects. */
function runCases(cases: Case[]): void {
  it.each(cases)("$title", ({ changes, path, phrase, rule }) => {
    const problem = errorAt(edited(paymentsModel(), changes), path, phrase);
    expect(problem.rule).toBe(rule);
  });
}

describe("the base model", () => {
  it("is valid and has no problems at all", () => {
    expect(errorsOf(paymentsModel())).toEqual([]);
  });
});

describe("R1 format and name", () => {
  runCases([
    { title: "format must be exact", changes: { format: "tablewright.model/2" }, path: "format", phrase: 'expected "tablewright.model/1", found "tablewright.model/2"', rule: "R1" },
    { title: "format is required", changes: { format: DELETE }, path: "format", phrase: 'required field "format" is missing', rule: "R1" },
    { title: "format must be a string", changes: { format: 1 }, path: "format", phrase: "found 1", rule: "R1" },
    { title: "name must not be empty", changes: { name: "" }, path: "name", phrase: "1 to 120 characters, found 0", rule: "R1" },
    { title: "name at most 120 characters", changes: { name: "x".repeat(121) }, path: "name", phrase: "found 121", rule: "R1" },
  ]);
  it("counts characters, not UTF-16 units: 120 emoji are a valid name", () => {
    expect(errorsOf(edited(paymentsModel(), { name: "😀".repeat(120) }))).toEqual([]);
  });
});

describe("R2 unique names", () => {
  runCases([
    { title: "entity name pattern", changes: { "entities[1].name": "payment" }, path: "entities[1].name", phrase: "^[A-Z][A-Za-z0-9]*$", rule: "R2" },
    { title: "entity name without other characters", changes: { "entities[1].name": "Pay_ment" }, path: "entities[1].name", phrase: 'found "Pay_ment"', rule: "R2" },
    { title: "entity names unique", changes: { "entities[1].name": "Tenant" }, path: "entities[1].name", phrase: "already used by entities[0]", rule: "R2" },
    { title: "attribute names unique in an entity", changes: { "entities[0].attributes[1].name": "tenantId" }, path: "entities[0].attributes[1].name", phrase: "already used by attributes[0]", rule: "R2" },
    { title: "access-pattern ids unique", changes: { "accessPatterns[1].id": "getTenant" }, path: "accessPatterns[1].id", phrase: "already used by accessPatterns[0]", rule: "R2" },
  ]);
  it("allows the same attribute name in two entities", () => {
    expect(errorsOf(paymentsModel())).toEqual([]); // tenantId is on Tenant and Payment
  });
});

describe("R3 key", () => {
  runCases([
    { title: "at least one key attribute", changes: { "entities[0].key": [] }, path: "entities[0].key", phrase: "expected 1 to 4 key attributes, found 0", rule: "R3" },
    { title: "at most four key attributes", changes: { "entities[1].key": ["tenantId", "paymentId", "amount", "createdAt", "version"] }, path: "entities[1].key", phrase: "found 5", rule: "R3" },
    { title: "distinct key attributes", changes: { "entities[1].key": ["tenantId", "tenantId"] }, path: "entities[1].key[1]", phrase: "listed twice", rule: "R3" },
    { title: "key attributes are attributes", changes: { "entities[0].key": ["tenantIdd"] }, path: "entities[0].key[0]", phrase: "not declared", rule: "R3" },
    { title: "key attribute types", changes: { "entities[0].attributes[4]": { name: "active", type: "boolean" }, "entities[0].key": ["active"] }, path: "entities[0].key[0]", phrase: "has type boolean; expected one of string, number, binary, datetime", rule: "R3" },
    { title: "a list cannot be a key", changes: { "entities[0].attributes[4]": { name: "tags", type: "list" }, "entities[0].key": ["tags"] }, path: "entities[0].key[0]", phrase: "has type list", rule: "R3" },
    { title: "key attributes are never optional", changes: { "entities[0].attributes[0].optional": true }, path: "entities[0].attributes[0].optional", phrase: "cannot be optional", rule: "R3" },
    { title: "key attributes are never unique", changes: { "entities[0].attributes[0].unique": true }, path: "entities[0].attributes[0].unique", phrase: "cannot be marked unique", rule: "R3" },
  ]);
  it("accepts four key attributes of every key type", () => {
    const m = edited(paymentsModel(), {
      "entities[2]": {
        name: "Reading", key: ["s", "n", "d", "b"],
        attributes: [{ name: "s", type: "string" }, { name: "n", type: "number" }, { name: "d", type: "datetime" }, { name: "b", type: "binary" }],
      },
    });
    expect(errorsOf(m)).toEqual([]);
  });
  it("accepts optional: false on a key attribute", () => {
    expect(errorsOf(edited(paymentsModel(), { "entities[0].attributes[0].optional": false, "entities[0].attributes[0].unique": false }))).toEqual([]);
  });
});

describe("R4 refs", () => {
  runCases([
    { title: "ref names an entity", changes: { "entities[1].attributes[0].ref": "Tenants" }, path: "entities[1].attributes[0].ref", phrase: 'found "Tenants", which is not an entity', rule: "R4" },
    { title: "ref target has a single-attribute key", changes: { "entities[0].attributes[4]": { name: "lastPayment", type: "string", ref: "Payment" } }, path: "entities[0].attributes[4].ref", phrase: "whose key is a single attribute", rule: "R4" },
    { title: "ref type equals the target key type", changes: { "entities[1].attributes[7]": { name: "parent", type: "number", ref: "Tenant" } }, path: "entities[1].attributes[7].ref", phrase: "expected the type of Tenant's key \"tenantId\" (string), found a number attribute", rule: "R4" },
  ]);
  it("allows self-references, and optional refs", () => {
    const m = edited(paymentsModel(), { "entities[0].attributes[4]": { name: "parentTenantId", type: "string", ref: "Tenant", optional: true } });
    expect(errorsOf(m)).toEqual([]);
  });
});

describe("R5 modifiers and positive numbers", () => {
  runCases([
    { title: "values only on strings", changes: { "entities[0].attributes[3].values": ["1"] }, path: "entities[0].attributes[3].values", phrase: "only allowed on string attributes, found on a number attribute", rule: "R5" },
    { title: "values not empty", changes: { "entities[0].attributes[2].values": [] }, path: "entities[0].attributes[2].values", phrase: "non-empty", rule: "R5" },
    { title: "values distinct", changes: { "entities[0].attributes[2].values": ["free", "free"] }, path: "entities[0].attributes[2].values[1]", phrase: "listed twice", rule: "R5" },
    { title: "min only on numbers", changes: { "entities[0].attributes[1].min": 1 }, path: "entities[0].attributes[1].min", phrase: "only allowed on number attributes", rule: "R5" },
    { title: "max only on numbers", changes: { "entities[1].attributes[5].max": 1 }, path: "entities[1].attributes[5].max", phrase: "found on a datetime attribute", rule: "R5" },
    { title: "min <= max", changes: { "entities[1].attributes[6].min": 200 }, path: "entities[1].attributes[6].min", phrase: "min 200 greater than max 100", rule: "R5" },
    { title: "count at least 1", changes: { "entities[0].count": 0 }, path: "entities[0].count", phrase: "an integer from 1 to 1,000,000,000,000, found 0", rule: "R5" },
    { title: "count an integer", changes: { "entities[0].count": 1.5 }, path: "entities[0].count", phrase: "found 1.5", rule: "R5" },
    { title: "count at most 10^12", changes: { "entities[0].count": 1e12 + 1 }, path: "entities[0].count", phrase: "found 1000000000001", rule: "R5" },
    { title: "size positive", changes: { "entities[0].attributes[1].size": 0 }, path: "entities[0].attributes[1].size", phrase: "greater than 0, found 0", rule: "R5" },
    { title: "size only where values vary in size", changes: { "entities[0].attributes[3].size": 8 }, path: "entities[0].attributes[3].size", phrase: "found on a number attribute", rule: "R5" },
    { title: "rps positive", changes: { "accessPatterns[0].rps": 0 }, path: "accessPatterns[0].rps", phrase: "greater than 0, found 0", rule: "R5" },
    { title: "rps not negative", changes: { "accessPatterns[0].rps": -5 }, path: "accessPatterns[0].rps", phrase: "found -5", rule: "R5" },
    { title: "limit at least 1", changes: { "accessPatterns[2].limit": 0 }, path: "accessPatterns[2].limit", phrase: "an integer from 1 to 10,000", rule: "R5" },
    { title: "limit at most 10000", changes: { "accessPatterns[2].limit": 10001 }, path: "accessPatterns[2].limit", phrase: "found 10001", rule: "R5" },
    { title: "limit an integer", changes: { "accessPatterns[2].limit": 2.5 }, path: "accessPatterns[2].limit", phrase: "found 2.5", rule: "R5" },
  ]);
  it("accepts the borders: count 1 and 10^12, limit 1 and 10000, tiny rps, min = max", () => {
    const m = edited(paymentsModel(), {
      "entities[0].count": 1, "entities[1].count": 1e12, "accessPatterns[2].limit": 10000, "accessPatterns[0].rps": 0.001,
      "entities[1].attributes[6].min": 100,
    });
    expect(errorsOf(m)).toEqual([]);
    expect(errorsOf(edited(paymentsModel(), { "accessPatterns[2].limit": 1 }))).toEqual([]);
  });
});

describe("attribute fields", () => {
  runCases([
    { title: "type is one of the nine", changes: { "entities[0].attributes[1].type": "strng" }, path: "entities[0].attributes[1].type", phrase: 'expected one of string, number, boolean, datetime, binary, list, map, stringSet, numberSet, found "strng"' },
    { title: "name not empty", changes: { "entities[0].attributes[1].name": "" }, path: "entities[0].attributes[1].name", phrase: "found an empty string" },
    { title: "name at most 255 UTF-8 bytes", changes: { "entities[0].attributes[1].name": "é".repeat(128) }, path: "entities[0].attributes[1].name", phrase: "found 256 bytes" },
    { title: "name without control characters", changes: { "entities[0].attributes[1].name": "na\u0007me" }, path: "entities[0].attributes[1].name", phrase: "found U+0007" },
    { title: "name is well-formed Unicode", changes: { "entities[0].attributes[1].name": "a\uD800" }, path: "entities[0].attributes[1].name", phrase: "unpaired surrogate" },
    { title: "gen fits the type", changes: { "entities[0].attributes[3].gen": "uuid" }, path: "entities[0].attributes[3].gen", phrase: 'gen "uuid" does not fit a number attribute; expected one of int, money' },
    { title: "no gen for booleans", changes: { "entities[0].attributes[4]": { name: "active", type: "boolean", gen: "int" } }, path: "entities[0].attributes[4].gen", phrase: "none applies" },
    { title: "gen enum needs values", changes: { "entities[0].attributes[1].gen": "enum" }, path: "entities[0].attributes[1].gen", phrase: "has no values" },
    { title: "gen is a known generator", changes: { "entities[0].attributes[1].gen": "guid" }, path: "entities[0].attributes[1].gen", phrase: 'found "guid"' },
    { title: "optional is a boolean", changes: { "entities[0].attributes[1].optional": "yes" }, path: "entities[0].attributes[1].optional", phrase: 'expected a boolean, found "yes"' },
  ]);
  it("accepts 255-byte names with any characters, dots and spaces", () => {
    const m = edited(paymentsModel(), { "entities[0].attributes[1].name": `${"é".repeat(127)}a`, "entities[0].attributes[2].name": "a.b c\"d" });
    expect(errorsOf(m)).toEqual([]);
  });
  it("accepts gen enum on a string with values, datetime gen on datetimes", () => {
    const m = edited(paymentsModel(), { "entities[0].attributes[2].gen": "enum", "entities[1].attributes[5].gen": "datetime" });
    expect(errorsOf(m)).toEqual([]);
  });
});

describe("document structure", () => {
  runCases([
    { title: "at least one entity", changes: { entities: [] }, path: "entities", phrase: "expected at least one entity, found none" },
    { title: "accessPatterns is required", changes: { accessPatterns: DELETE }, path: "accessPatterns", phrase: 'required field "accessPatterns" is missing' },
    { title: "entities is an array", changes: { entities: {} }, path: "entities", phrase: "expected an array, found an object" },
    { title: "an entity is an object", changes: { "entities[0]": "Tenant" }, path: "entities[0]", phrase: 'expected an object, found "Tenant"' },
    { title: "key entries are strings", changes: { "entities[0].key": [1] }, path: "entities[0].key[0]", phrase: "expected a string, found 1" },
    { title: "description is text", changes: { description: 5 }, path: "description", phrase: "expected a string, found 5" },
  ]);
  it("reports a root that is not an object at the root path", () => {
    for (const value of [[], "x", 3, null]) {
      expect(errorsOf(value)[0]).toMatchObject({ path: "", message: expect.stringContaining("expected an object") as unknown });
    }
  });
});
