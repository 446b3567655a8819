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

function runCases(cases: Case[]): void {
  it.each(cases)("$title", ({ changes, path, phrase, rule }) => {
    const problem = errorAt(edited(paymentsModel(), changes), path, phrase);
    expect(problem.rule).toBe(rule);
  });
}

/** An extra pattern appended as accessPatterns[7]. */
const extra = (pattern: Record<string, unknown>) => ({
  "accessPatterns[7]": { id: "extra", name: "An extra pattern", kind: "query", entity: "Payment", ...pattern },
});
const valid = (changes: Record<string, unknown>) => expect(errorsOf(edited(paymentsModel(), changes))).toEqual([]);

const D1 = "2026-01-01T00:00:00.000Z";
const D2 = "2026-02-01T00:00:00.000Z";

describe("where grammar", () => {
  runCases([
    { title: "an operator is one of nine", changes: extra({ where: { tenantId: "equals" } }), path: "accessPatterns[7].where.tenantId", phrase: 'expected one of eq, lt, lte, gt, gte, between, beginsWith, exists, notExists, or a constant like {"eq": value}, found "equals"' },
    { title: "a constant holds one operator", changes: extra({ where: { amount: { gt: 1, lt: 5 } } }), path: "accessPatterns[7].where.amount", phrase: "exactly one operator, found 2 (gt, lt)" },
    { title: "exists takes no value", changes: extra({ where: { amount: { exists: true } } }), path: "accessPatterns[7].where.amount", phrase: 'exists takes no value; write "exists"' },
    { title: "a constant's operator is known", changes: extra({ where: { amount: { above: 1 } } }), path: "accessPatterns[7].where.amount.above", phrase: 'found "above"' },
    { title: "a condition is a string or an object", changes: extra({ where: { amount: 5 } }), path: "accessPatterns[7].where.amount", phrase: "found 5" },
    { title: "where is an object", changes: { "accessPatterns[0].where": ["tenantId"] }, path: "accessPatterns[0].where", phrase: "expected an object of attribute names and conditions, found an array" },
  ]);
});

describe("R6 operators fit types, constants have the type", () => {
  runCases([
    { title: "beginsWith not on numbers", changes: extra({ where: { tenantId: "eq", amount: "beginsWith" } }), path: "accessPatterns[7].where.amount", phrase: "operator beginsWith does not apply to a number attribute", rule: "R6" },
    { title: "only exists/notExists on lists", changes: { "entities[1].attributes[7]": { name: "tags", type: "list" }, ...extra({ where: { tenantId: "eq", tags: "eq" } }) }, path: "accessPatterns[7].where.tags", phrase: "does not apply to a list attribute", rule: "R6" },
    { title: "only eq on booleans", changes: { "entities[1].attributes[7]": { name: "paid", type: "boolean" }, ...extra({ where: { tenantId: "eq", paid: "lt" } }) }, path: "accessPatterns[7].where.paid", phrase: "does not apply to a boolean attribute", rule: "R6" },
    { title: "a constant on a set is not allowed", changes: { "entities[1].attributes[7]": { name: "codes", type: "stringSet" }, ...extra({ where: { codes: { eq: "a" } } }) }, path: "accessPatterns[7].where.codes", phrase: "does not apply to a stringSet attribute", rule: "R6" },
    { title: "a string constant is a string", changes: { "accessPatterns[3].where.status": { eq: 5 } }, path: "accessPatterns[3].where.status.eq", phrase: "expected a string, found 5", rule: "R6" },
    { title: "a constant is one of values", changes: { "accessPatterns[3].where.status": { eq: "DONE" } }, path: "accessPatterns[3].where.status.eq", phrase: 'expected one of the attribute\'s values "PENDING", "SETTLED", "FAILED", found "DONE"', rule: "R6" },
    { title: "a number constant is a number", changes: extra({ where: { tenantId: "eq", amount: { gt: "5" } } }), path: "accessPatterns[7].where.amount.gt", phrase: 'expected a number, found "5"', rule: "R6" },
    { title: "a boolean constant is a boolean", changes: { "entities[1].attributes[7]": { name: "paid", type: "boolean" }, ...extra({ where: { tenantId: "eq", paid: { eq: "true" } } }) }, path: "accessPatterns[7].where.paid.eq", phrase: 'expected true or false, found "true"', rule: "R6" },
    { title: "a datetime constant has the exact form", changes: extra({ where: { tenantId: "eq", createdAt: { gt: "2026-01-01" } } }), path: "accessPatterns[7].where.createdAt.gt", phrase: 'expected the form "2026-11-27T10:00:00.000Z"', rule: "R6" },
    { title: "a datetime constant is a real date", changes: extra({ where: { tenantId: "eq", createdAt: { gt: "2026-02-29T00:00:00.000Z" } } }), path: "accessPatterns[7].where.createdAt.gt", phrase: "not a real date", rule: "R6" },
    { title: "a datetime constant has three fraction digits", changes: extra({ where: { tenantId: "eq", createdAt: { gt: "2026-01-01T00:00:00Z" } } }), path: "accessPatterns[7].where.createdAt.gt", phrase: "expected a datetime", rule: "R6" },
    { title: "a binary constant is base64", changes: { "entities[1].attributes[7]": { name: "hash", type: "binary" }, ...extra({ where: { tenantId: "eq", hash: { eq: "not base64!" } } }) }, path: "accessPatterns[7].where.hash.eq", phrase: "expected binary as a base64 string", rule: "R6" },
    { title: "a datetime beginsWith constant starts a real datetime", changes: extra({ where: { tenantId: "eq", createdAt: { beginsWith: "2026-13" } } }), path: "accessPatterns[7].where.createdAt.beginsWith", phrase: "expected the start of a datetime", rule: "R6" },
    { title: "a datetime beginsWith constant is not empty", changes: extra({ where: { tenantId: "eq", createdAt: { beginsWith: "" } } }), path: "accessPatterns[7].where.createdAt.beginsWith", phrase: "expected the start of a datetime", rule: "R6" },
    { title: "between takes [low, high]", changes: extra({ where: { tenantId: "eq", createdAt: { between: D1 } } }), path: "accessPatterns[7].where.createdAt.between", phrase: "expected [low, high]", rule: "R6" },
    { title: "between bounds have the type", changes: extra({ where: { tenantId: "eq", createdAt: { between: [D1, 5] } } }), path: "accessPatterns[7].where.createdAt.between[1]", phrase: "found 5", rule: "R6" },
    { title: "between bounds in order (datetime)", changes: extra({ where: { tenantId: "eq", createdAt: { between: [D2, D1] } } }), path: "accessPatterns[7].where.createdAt.between", phrase: "expected low <= high", rule: "R6" },
    { title: "between bounds in order (number)", changes: extra({ where: { tenantId: "eq", amount: { between: [10, 9.5] } } }), path: "accessPatterns[7].where.amount.between", phrase: "found 10 above 9.5", rule: "R6" },
    { title: "between strings compare by UTF-8 bytes", changes: extra({ entity: "Tenant", where: { name: { between: ["😀", "｡"] } } }), path: "accessPatterns[7].where.name.between", phrase: "expected low <= high", rule: "R6" },
    { title: "between binary compares bytes, not base64 text", changes: { "entities[1].attributes[7]": { name: "hash", type: "binary" }, ...extra({ where: { tenantId: "eq", hash: { between: ["/w==", "AAE="] } } }) }, path: "accessPatterns[7].where.hash.between", phrase: "expected low <= high", rule: "R6" },
    { title: "between bounds are among values", changes: extra({ where: { tenantId: "eq", status: { between: ["FAILED", "ZZZ"] } } }), path: "accessPatterns[7].where.status.between[1]", phrase: "expected one of the attribute's values", rule: "R6" },
  ]);
  it("accepts what fits: exists on a list, beginsWith on datetime and binary, UTF-8 ordered bounds", () => {
    valid({
      "entities[1].attributes[7]": { name: "tags", type: "list", optional: true },
      "entities[1].attributes[8]": { name: "hash", type: "binary" },
      ...extra({ where: { tenantId: "eq", tags: "exists", hash: { between: ["AAE=", "/w=="] }, createdAt: "beginsWith" }, order: { by: "createdAt" } }),
      "accessPatterns[8]": { id: "byName", name: "Tenants by name", kind: "query", entity: "Tenant", where: { name: { between: ["｡", "😀"] } } },
    });
  });
  it("accepts a datetime prefix under beginsWith: a month, a day, an hour, a whole datetime", () => {
    for (const prefix of ["2026", "2026-11", "2026-04-3", "2026-11-27T10", D1]) {
      valid(extra({ where: { tenantId: "eq", createdAt: { beginsWith: prefix } } }));
    }
  });
  it("accepts equal between bounds and a constant on every comparable type", () => {
    valid(extra({ where: { tenantId: "eq", amount: { between: [5, 5] }, createdAt: { lte: D1 }, status: { beginsWith: "PENDING" } } }));
  });
});

describe("R7 attributes exist on every entity, with one type", () => {
  runCases([
    { title: "a where key is an attribute", changes: { "accessPatterns[0].where": { tenantId: "eq", constructor: "eq" } }, path: "accessPatterns[0].where.constructor", phrase: 'unknown attribute "constructor": entity Tenant has no such attribute', rule: "R7" },
    { title: "order.by is an attribute", changes: { "accessPatterns[3].order.by": "updatedAt" }, path: "accessPatterns[3].order.by", phrase: 'unknown attribute "updatedAt"', rule: "R7" },
    { title: "set names attributes", changes: { "accessPatterns[5].set": ["state"] }, path: "accessPatterns[5].set[0]", phrase: 'unknown attribute "state"', rule: "R7" },
    { title: "add names attributes", changes: { "accessPatterns[6].add": ["credit"] }, path: "accessPatterns[6].add[0]", phrase: 'unknown attribute "credit"', rule: "R7" },
    { title: "on every entity read together", changes: extra({ entity: ["Tenant", "Payment"], where: { tenantId: "eq", plan: { eq: "pro" } } }), path: "accessPatterns[7].where.plan", phrase: "entity Payment has no such attribute", rule: "R7" },
    { title: "with the same type on each", changes: { "entities[0].attributes[4]": { name: "amount", type: "string" }, ...extra({ entity: ["Tenant", "Payment"], where: { tenantId: "eq", amount: "exists" } }) }, path: "accessPatterns[7].where.amount", phrase: "found string on Tenant, number on Payment", rule: "R7" },
    { title: "a dotted name is a name, not a path", changes: extra({ where: { tenantId: "eq", "created.at": "exists" } }), path: 'accessPatterns[7].where["created.at"]', phrase: 'unknown attribute "created.at"', rule: "R7" },
  ]);
  it("accepts a multi-entity query on shared attributes", () => {
    valid(extra({ entity: ["Tenant", "Payment"], where: { tenantId: "eq" } }));
  });
});

describe("entity references", () => {
  runCases([
    { title: "the entity exists", changes: { "accessPatterns[0].entity": "Tenants" }, path: "accessPatterns[0].entity", phrase: 'found "Tenants", which is not an entity' },
    { title: "a list names 2+ entities", changes: extra({ entity: ["Payment"] }), path: "accessPatterns[7].entity", phrase: "2 or more distinct entities" },
    { title: "a list names distinct entities", changes: extra({ entity: ["Payment", "Payment"] }), path: "accessPatterns[7].entity[1]", phrase: "listed twice" },
    { title: "entity is required", changes: { "accessPatterns[0].entity": DELETE }, path: "accessPatterns[0].entity", phrase: 'required field "entity" is missing' },
    { title: "kind is required", changes: { "accessPatterns[0].kind": DELETE }, path: "accessPatterns[0].kind", phrase: 'required field "kind" is missing' },
    { title: "kind is one of six", changes: { "accessPatterns[0].kind": "read" }, path: "accessPatterns[0].kind", phrase: 'expected one of get, query, scan, put, update, delete, found "read"' },
    { title: "order.dir is asc or desc", changes: { "accessPatterns[2].order.dir": "down" }, path: "accessPatterns[2].order.dir", phrase: 'expected one of asc, desc, found "down"' },
    { title: "id pattern", changes: { "accessPatterns[0].id": "1st" }, path: "accessPatterns[0].id", phrase: "^[A-Za-z][A-Za-z0-9_-]*$" },
    { title: "name 1..200 characters", changes: { "accessPatterns[0].name": "" }, path: "accessPatterns[0].name", phrase: "1 to 200 characters" },
    { title: "limit only on query and scan", changes: { "accessPatterns[0].limit": 5 }, path: "accessPatterns[0].limit", phrase: "limit applies to query and scan, found on a get" },
    { title: "order only on reads", changes: { "accessPatterns[4].order": { by: "createdAt" } }, path: "accessPatterns[4].order", phrase: "order applies to reads" },
  ]);
});

describe("R8 get", () => {
  runCases([
    { title: "run-time eq on every key attribute", changes: { "accessPatterns[1].where": { tenantId: "eq" } }, path: "accessPatterns[1].where", phrase: 'a get needs a run-time "eq" on key attribute "paymentId" of Payment', rule: "R8" },
    { title: "a get has a where", changes: { "accessPatterns[0].where": DELETE }, path: "accessPatterns[0].where", phrase: 'needs a run-time "eq" on key attribute "tenantId"', rule: "R8" },
    { title: "eq, not a range", changes: { "accessPatterns[1].where.paymentId": "beginsWith" }, path: "accessPatterns[1].where.paymentId", phrase: 'found "beginsWith"', rule: "R8" },
    { title: "run-time, not a constant", changes: { "accessPatterns[1].where.paymentId": { eq: "p1" } }, path: "accessPatterns[1].where.paymentId", phrase: "found a constant eq", rule: "R8" },
    { title: "nothing else", changes: { "accessPatterns[1].where.status": { eq: "PENDING" } }, path: "accessPatterns[1].where.status", phrase: '"status" is not part of it', rule: "R8" },
    { title: "one entity", changes: { "accessPatterns[0].entity": ["Tenant", "Payment"] }, path: "accessPatterns[0].entity", phrase: "a get names exactly one entity", rule: "R8" },
  ]);
  it("accepts a strong read on get", () => valid({ "accessPatterns[1].consistency": "strong" }));
});

describe("R9 query conditions", () => {
  runCases([
    { title: "at most one run-time range", changes: { "accessPatterns[2].where.amount": "gt" }, path: "accessPatterns[2].where.amount", phrase: 'at most one run-time range condition; "createdAt" already has between', rule: "R9" },
  ]);
  it("accepts a query without any run-time eq", () => {
    valid(extra({ where: { status: { eq: "PENDING" } }, order: { by: "createdAt" } }));
  });
  it("accepts constant ranges beside the run-time range", () => {
    valid(extra({ where: { tenantId: "eq", createdAt: "between", amount: { gt: 100 }, status: { beginsWith: "FAILED" } }, order: { by: "createdAt" } }));
  });
  it("accepts a query with no where at all, and a strong read", () => valid(extra({ consistency: "strong" })));
});

describe("R10 order.by", () => {
  runCases([
    { title: "order.by is the run-time range attribute", changes: { "accessPatterns[2].order.by": "amount" }, path: "accessPatterns[2].order.by", phrase: 'expected "createdAt", the attribute of the run-time range condition, found "amount"', rule: "R10" },
  ]);
  it("accepts any attribute without a run-time range", () => valid({ "accessPatterns[3].order.by": "amount" }));
});

describe("R11 scan", () => {
  runCases([
    { title: "constants only", changes: extra({ kind: "scan", where: { status: "eq" } }), path: "accessPatterns[7].where.status", phrase: "a scan takes constants only", rule: "R11" },
    { title: "one entity", changes: extra({ kind: "scan", entity: ["Tenant", "Payment"] }), path: "accessPatterns[7].entity", phrase: "a scan names exactly one entity", rule: "R11" },
  ]);
  it("accepts constants and presence tests, with limit and strong reads", () => {
    valid(extra({ kind: "scan", where: { status: { eq: "FAILED" }, createdAt: "exists" }, limit: 100, consistency: "strong" }));
  });
});

describe("R12 put, update, delete", () => {
  const del = (where: Record<string, unknown>) => extra({ kind: "delete", where });
  runCases([
    { title: "a put has no where", changes: { "accessPatterns[4].where": { tenantId: "eq" } }, path: "accessPatterns[4].where", phrase: "a put has no where", rule: "R12" },
    { title: "a put has no where, even an empty one", changes: { "accessPatterns[4].where": {} }, path: "accessPatterns[4].where", phrase: "a put has no where", rule: "R12" },
    { title: "a put names one entity", changes: { "accessPatterns[4].entity": ["Tenant", "Payment"] }, path: "accessPatterns[4].entity", phrase: "a put names exactly one entity", rule: "R12" },
    { title: "an update gives the whole key", changes: { "accessPatterns[5].where": { tenantId: "eq" } }, path: "accessPatterns[5].where", phrase: 'an update needs a run-time "eq" on key attribute "paymentId"', rule: "R12" },
    { title: "an update gives nothing else", changes: { "accessPatterns[5].where.status": { eq: "PENDING" } }, path: "accessPatterns[5].where.status", phrase: "not part of it", rule: "R12" },
    { title: "a delete gives the whole key", changes: del({ tenantId: "eq" }), path: "accessPatterns[7].where", phrase: 'key attribute "paymentId"', rule: "R12" },
    { title: "a delete gives run-time eq", changes: del({ tenantId: "eq", paymentId: "beginsWith" }), path: "accessPatterns[7].where.paymentId", phrase: 'found "beginsWith"', rule: "R12" },
    { title: "a delete gives nothing else", changes: del({ tenantId: "eq", paymentId: "eq", status: "exists" }), path: "accessPatterns[7].where.status", phrase: "not part of it", rule: "R12" },
    { title: "an update names one entity", changes: { "accessPatterns[5].entity": ["Payment", "Tenant"] }, path: "accessPatterns[5].entity", phrase: "names exactly one entity", rule: "R12" },
  ]);
  it("accepts a delete by key", () => valid(del({ tenantId: "eq", paymentId: "eq" })));
});

describe("R13 set and add", () => {
  runCases([
    { title: "set only on update", changes: { "accessPatterns[2].set": ["status"] }, path: "accessPatterns[2].set", phrase: "set applies only to update, found on a query", rule: "R13" },
    { title: "add only on update", changes: { "accessPatterns[4].add": ["amount"] }, path: "accessPatterns[4].add", phrase: "add applies only to update, found on a put", rule: "R13" },
    { title: "an update changes something", changes: { "accessPatterns[5].set": DELETE, "accessPatterns[5].condition": DELETE }, path: "accessPatterns[5]", phrase: "needs a non-empty set or add", rule: "R13" },
    { title: "an empty set is not a change", changes: { "accessPatterns[5].set": [] }, path: "accessPatterns[5].set", phrase: "needs a non-empty set or add", rule: "R13" },
    { title: "set and add are disjoint", changes: { "accessPatterns[6].set": ["balance"] }, path: "accessPatterns[6].add[0]", phrase: "in both set and add", rule: "R13" },
    { title: "no key attributes in set", changes: { "accessPatterns[5].set": ["status", "paymentId"] }, path: "accessPatterns[5].set[1]", phrase: '"paymentId" is a key attribute of Payment', rule: "R13" },
    { title: "no key attributes in add", changes: { "entities[0].attributes[0].type": "number", "entities[1].attributes[0].type": "number", "accessPatterns[6].add": ["tenantId"] }, path: "accessPatterns[6].add[0]", phrase: "is a key attribute of Tenant", rule: "R13" },
    { title: "add names numbers", changes: { "accessPatterns[6].add": ["plan"] }, path: "accessPatterns[6].add[0]", phrase: '"plan" is a string attribute', rule: "R13" },
    { title: "no duplicates in set", changes: { "accessPatterns[5].set": ["status", "status"] }, path: "accessPatterns[5].set[1]", phrase: "listed twice", rule: "R13" },
  ]);
  it("accepts set and add together", () => valid({ "accessPatterns[6].set": ["plan"] }));
});

describe("R14 write conditions", () => {
  runCases([
    { title: "put takes notExists", changes: { "accessPatterns[4].condition": "version" }, path: "accessPatterns[4].condition", phrase: 'a put takes condition "notExists", found "version"', rule: "R14" },
    { title: "update takes version or nonNegative", changes: { "accessPatterns[5].condition": "notExists" }, path: "accessPatterns[5].condition", phrase: 'takes condition "version" or "nonNegative"', rule: "R14" },
    { title: "delete takes version", changes: extra({ kind: "delete", where: { tenantId: "eq", paymentId: "eq" }, condition: "notExists" }), path: "accessPatterns[7].condition", phrase: 'a delete takes condition "version"', rule: "R14" },
    { title: "version needs a version attribute", changes: { "accessPatterns[6].condition": "version" }, path: "accessPatterns[6].condition", phrase: 'needs a number attribute named "version" on Tenant', rule: "R14" },
    { title: "version needs a number", changes: { "entities[1].attributes[6]": { name: "version", type: "string" } }, path: "accessPatterns[5].condition", phrase: "it is a string attribute", rule: "R14" },
    { title: "nonNegative needs add", changes: { "accessPatterns[5].condition": "nonNegative" }, path: "accessPatterns[5].condition", phrase: "needs add", rule: "R14" },
    { title: "reads take none", changes: { "accessPatterns[0].condition": "notExists" }, path: "accessPatterns[0].condition", phrase: "reads take no condition", rule: "R14" },
    { title: "condition is a known word", changes: { "accessPatterns[4].condition": "ifAbsent" }, path: "accessPatterns[4].condition", phrase: 'expected one of notExists, version, nonNegative, found "ifAbsent"' },
  ]);
  it("accepts version on a delete", () => valid(extra({ kind: "delete", where: { tenantId: "eq", paymentId: "eq" }, condition: "version" })));
});

describe("R15 consistency", () => {
  runCases([
    { title: "only on reads", changes: { "accessPatterns[4].consistency": "strong" }, path: "accessPatterns[4].consistency", phrase: "consistency applies to reads (get, query, scan), found on a put", rule: "R15" },
    { title: "eventual is a read setting too", changes: { "accessPatterns[5].consistency": "eventual" }, path: "accessPatterns[5].consistency", phrase: "found on an update", rule: "R15" },
    { title: "eventual or strong", changes: { "accessPatterns[0].consistency": "linearizable" }, path: "accessPatterns[0].consistency", phrase: 'expected one of eventual, strong, found "linearizable"' },
  ]);
});
