/**
 * Conformance: condition, filter, update and projection expressions, simulator vs
 * DynamoDB Local: results, returned attributes, and error names and messages.
 */
import { NumberValue } from "@aws-sdk/lib-dynamodb";
import { afterAll, beforeAll, describe, it } from "vitest";
import { same, startPair, stopPair, type Pair } from "./harness";
import { indexedTable, simpleTable, tableName } from "./tables";

let pair: Pair;
let table: string;
let indexed: string;
const RICH = {
  PK: "rich", SK: "1", s: "é😀x", e: "", b: new Uint8Array([1, 2, 3]), n: 42, big: NumberValue.from("12345678901234567890.5"),
  t: true, f: false, z: null, l: [1, "a", [2], { m: 1 }], m: { x: 1, y: { z: "deep" }, "a b": 2 }, em: {}, el: [],
  ss: new Set(["a", "b"]), ns: new Set([1, 2, 3]), bs: new Set([new Uint8Array([9]), new Uint8Array([8, 7])]),
};

beforeAll(async () => {
  pair = await startPair();
  table = tableName("expr");
  indexed = tableName("exprix");
  await same(pair, "createTable", simpleTable(table, "S", "S"));
  await same(pair, "createTable", indexedTable(indexed));
  await same(pair, "put", { TableName: table, Item: RICH });
  await same(pair, "put", { TableName: table, Item: { PK: "rich", SK: "2", n: 7, s: "abc", l: [], m: { x: 2 } } });
}, 60_000);
afterAll(() => stopPair(pair, "expressions.test.ts"), 30_000);

async function filter(expression: string, values?: Record<string, unknown>, names?: Record<string, string>) {
  await same(pair, "query", {
    TableName: table, KeyConditionExpression: "PK = :pk", FilterExpression: expression,
    ExpressionAttributeValues: { ":pk": "rich", ...values }, ...(names ? { ExpressionAttributeNames: names } : {}),
  });
}

describe("condition and filter expressions", () => {
  const cases: [string, Record<string, unknown>?, Record<string, string>?][] = [
    ["n = :v", { ":v": 42 }], ["n <> :v", { ":v": 42 }], ["n < :v", { ":v": 43 }], ["n <= :v", { ":v": 7 }], ["n > :v", { ":v": 7 }], ["n >= :v", { ":v": 42 }],
    ["s < :v", { ":v": "abd" }], ["b > :v", { ":v": new Uint8Array([1, 2]) }], ["big > :v", { ":v": NumberValue.from("12345678901234567890.4") }],
    ["nope <> :v", { ":v": 1 }], ["nope = :v", { ":v": 1 }], ["nope < :v", { ":v": 1 }], ["n = :v", { ":v": "42" }], ["n <> :v", { ":v": "42" }],
    ["n BETWEEN :a AND :b", { ":a": 1, ":b": 42 }], ["s BETWEEN :a AND :b", { ":a": "a", ":b": "b" }],
    ["n IN (:a, :b, :c)", { ":a": 1, ":b": 7, ":c": "x" }], ["l IN (:a)", { ":a": [1, "a", [2], { m: 1 }] }],
    ["attribute_exists(m.y.z)", undefined], ["attribute_not_exists(m.q)", undefined], ["attribute_exists(l[3].m)", undefined], ["attribute_exists(l[9])", undefined],
    ["attribute_type(ss, :t)", { ":t": "SS" }], ["attribute_type(z, :t)", { ":t": "NULL" }], ["attribute_type(n, :t)", { ":t": "S" }],
    ["begins_with(s, :p)", { ":p": "é" }], ["begins_with(b, :p)", { ":p": new Uint8Array([1]) }], ["begins_with(n, :p)", { ":p": "4" }],
    ["contains(s, :p)", { ":p": "😀" }], ["contains(ss, :p)", { ":p": "b" }], ["contains(ns, :p)", { ":p": 3 }], ["contains(bs, :p)", { ":p": new Uint8Array([8, 7]) }],
    ["contains(l, :p)", { ":p": { m: 1 } }], ["contains(m, :p)", { ":p": "x" }], ["contains(b, :p)", { ":p": new Uint8Array([2, 3]) }],
    ["size(s) = :v", { ":v": 4 }], ["size(s) = :v", { ":v": 7 }], ["size(b) = :v", { ":v": 3 }], ["size(l) = :v", { ":v": 4 }], ["size(m) = :v", { ":v": 3 }],
    ["size(ss) = :v", { ":v": 2 }], ["size(n) = :v", { ":v": 2 }], ["size(e) = :v", { ":v": 0 }], ["size(em) < size(l)", undefined],
    ["NOT n = :v", { ":v": 42 }], ["n = :a OR n = :b AND s = :c", { ":a": 7, ":b": 42, ":c": "nope" }], ["(n = :a OR n = :b) AND s = :c", { ":a": 7, ":b": 42, ":c": "abc" }],
    ["NOT NOT attribute_exists(t)", undefined], ["l = :v", { ":v": [1, "a", [2], { m: 1 }] }], ["m = :v", { ":v": { "a b": 2, y: { z: "deep" }, x: 1 } }],
    ["ss = :v", { ":v": new Set(["b", "a"]) }], ["em = :v", { ":v": {} }], ["el = :v", { ":v": [] }], ["t = :v", { ":v": true }], ["z = :v", { ":v": null }],
    ["#n.#s = :v", { ":v": 2 }, { "#n": "m", "#s": "a b" }], ["m.y.z = :v", { ":v": "deep" }], ["l[2][0] = :v", { ":v": 2 }], ["l[1] = :v", { ":v": "a" }],
    ["e = :v", { ":v": "" }], ["n = n", undefined], ["n > s", undefined], [":v = :v", { ":v": 1 }],
    // Errors Local reports:
    ["n < :v", { ":v": { a: 1 } }], ["n BETWEEN :b AND :a", { ":a": 1, ":b": 2 }], ["attribute_type(n, :t)", { ":t": "X" }], ["begins_with(s, :v)", { ":v": 1 }],
    ["other = :v", { ":v": 1 }], ["n = :v AND", { ":v": 1 }], ["n == :v", { ":v": 1 }], ["foo(n)", undefined], ["size(n)", undefined],
    ["attribute_exists(:v)", { ":v": 1 }], ["begins_with(s)", undefined], ["n = :missing", { ":v": 1 }], ["#missing = :v", { ":v": 1 }],
    ["n = :v", { ":v": 1, ":unused": 2 }], ["n IN (:v)", {}], ["SK = :v", { ":v": "1" }], ["n.x = :v", { ":v": 1 }], ["n = :v", { ":v": 1 }, { "#unused": "x" }],
  ];
  for (const [expression, values, names] of cases) {
    it(`${expression} ${JSON.stringify(values ?? {})}`, async () => {
      await filter(expression, values, names);
    });
  }

  it("conditional writes fail with ConditionalCheckFailedException, and return the old item when asked", async () => {
    await same(pair, "put", { TableName: table, Item: { PK: "c", SK: "1", v: 1 } });
    for (const ReturnValuesOnConditionCheckFailure of ["ALL_OLD", "NONE", undefined] as const) {
      await same(pair, "put", { TableName: table, Item: { PK: "c", SK: "1" }, ConditionExpression: "attribute_not_exists(PK)", ReturnValuesOnConditionCheckFailure });
      await same(pair, "update", { TableName: table, Key: { PK: "c", SK: "1" }, UpdateExpression: "SET v = :v", ConditionExpression: "v > :v", ExpressionAttributeValues: { ":v": 5 }, ReturnValuesOnConditionCheckFailure });
      await same(pair, "delete", { TableName: table, Key: { PK: "c", SK: "1" }, ConditionExpression: "v = :v", ExpressionAttributeValues: { ":v": 5 }, ReturnValuesOnConditionCheckFailure });
      await same(pair, "update", { TableName: table, Key: { PK: "c", SK: "missing" }, UpdateExpression: "SET v = :v", ConditionExpression: "attribute_exists(PK)", ExpressionAttributeValues: { ":v": 5 }, ReturnValuesOnConditionCheckFailure });
    }
    await same(pair, "transactWrite", { TransactItems: [
      { Put: { TableName: table, Item: { PK: "c", SK: "1" }, ConditionExpression: "attribute_not_exists(PK)", ReturnValuesOnConditionCheckFailure: "ALL_OLD" } },
      { Put: { TableName: table, Item: { PK: "c", SK: "2" } } },
      { ConditionCheck: { TableName: table, Key: { PK: "c", SK: "3" }, ConditionExpression: "attribute_exists(PK)" } },
      { Delete: { TableName: table, Key: { PK: "c", SK: "4" }, ConditionExpression: "attribute_not_exists(PK)" } },
    ] });
    await same(pair, "get", { TableName: table, Key: { PK: "c", SK: "2" } });
  });
});

describe("update expressions", () => {
  let n = 0;
  async function update(expression: string | undefined, values?: Record<string, unknown>, start: Record<string, unknown> = { m: { a: { b: 1, c: 2 }, d: [1, 2, 3] }, x: 1, l: [1, 2, 3], s: new Set(["a", "b"]), ns: new Set([1, 2]), str: "s" }, names?: Record<string, string>) {
    const Key = { PK: "u", SK: `u${++n}` };
    await same(pair, "put", { TableName: indexed, Item: { ...Key, ...start } });
    for (const ReturnValues of ["ALL_NEW", "UPDATED_OLD", "UPDATED_NEW", "ALL_OLD", "NONE"] as const) {
      if (ReturnValues !== "ALL_NEW") await same(pair, "put", { TableName: indexed, Item: { ...Key, ...start } });
      await same(pair, "update", {
        TableName: indexed, Key, ReturnValues, ReturnConsumedCapacity: "INDEXES",
        ...(expression !== undefined ? { UpdateExpression: expression } : {}),
        ...(values ? { ExpressionAttributeValues: values } : {}), ...(names ? { ExpressionAttributeNames: names } : {}),
      });
    }
  }
  const cases: [string | undefined, Record<string, unknown>?, Record<string, unknown>?, Record<string, string>?][] = [
    ["SET y = :v", { ":v": 1 }], ["SET x = x + :v", { ":v": 2 }], ["SET x = :v - x", { ":v": 2 }], ["SET y = x + x", undefined],
    ["SET m.a.b = :v, m.d[1] = :v REMOVE m.d[0]", { ":v": 9 }], ["SET m.d[10] = :v", { ":v": 9 }], ["SET l[0] = :v, l[2] = :w", { ":v": 9, ":w": 8 }],
    ["SET c = if_not_exists(c, :z) + :one", { ":z": 10, ":one": 1 }], ["SET x = if_not_exists(x, :z)", { ":z": 10 }],
    ["SET l = list_append(l, :v)", { ":v": [4] }], ["SET l = list_append(:v, l)", { ":v": [0] }], ["SET q = list_append(if_not_exists(q, :e), :v)", { ":e": [], ":v": ["a"] }],
    ["REMOVE x, m.a.b, l[0], l[2], nope", undefined], ["REMOVE l[5], m.zz", undefined],
    ["ADD x :v, newn :v", { ":v": 5 }], ["ADD s :v", { ":v": new Set(["b", "c"]) }], ["ADD ns :v", { ":v": new Set([2, 3]) }], ["ADD m.a.e :v", { ":v": 1 }],
    ["DELETE s :v", { ":v": new Set(["a", "z"]) }], ["DELETE s :v", { ":v": new Set(["a", "b"]) }], ["DELETE nope :v", { ":v": new Set(["a"]) }],
    ["SET #k = :v", { ":v": 1 }, undefined, { "#k": "a-b.c" }], ["SET G = :g, N = :n, L = :l", { ":g": "g", ":n": 1, ":l": "l" }],
    ["SET x = :v", { ":v": NumberValue.from("1.50") }], ["SET x = :v, y = :w", { ":v": NumberValue.from("1e3"), ":w": NumberValue.from("+5") }],
    ["SET q = :v", { ":v": new Set([NumberValue.from("1e3"), NumberValue.from("1.500e1"), NumberValue.from("-1.50E-3"), NumberValue.from("0.0")]) }],
    ["SET q = :v", { ":v": { n: NumberValue.from("1e3"), l: [NumberValue.from("00012")], s: new Set([NumberValue.from("2.50")]) } }],
    ["SET x = x + :v, y = :v - :v", { ":v": NumberValue.from("1.50") }], ["ADD ns :v, nn :w", { ":v": new Set([NumberValue.from("7.0")]), ":w": NumberValue.from("1e3") }],
    ["ADD nns :v", { ":v": new Set([NumberValue.from("7.0"), NumberValue.from("1e3")]) }], ["SET m.a = :v, y = :w", { ":v": {}, ":w": [] }], [undefined, undefined],
    ["set y = :v remove x add z :v", { ":v": 1 }],
    // Errors Local reports:
    ["SET SK = :v", { ":v": "x" }], ["SET m.a = :v, m.a.b = :v", { ":v": 1 }], ["SET c = :v REMOVE c", { ":v": 1 }], ["SET l[0] = :v, l.x = :v", { ":v": 1 }],
    ["SET q.a = :v", { ":v": 1 }], ["SET str.a = :v", { ":v": 1 }], ["SET m[0] = :v", { ":v": 1 }], ["REMOVE nope.x", undefined], ["REMOVE nope[0]", undefined],
    ["REMOVE m.q.z", undefined], ["ADD str :v", { ":v": "a" }], ["ADD x :v", { ":v": new Set(["a"]) }], ["ADD s :v", { ":v": new Set([1]) }],
    ["DELETE x :v", { ":v": 1 }], ["DELETE s :v", { ":v": new Set([1]) }], ["SET x = x + :v", { ":v": "a" }], ["SET y = str + :v", { ":v": 1 }],
    ["SET y = nope + :v", { ":v": 1 }], ["SET l = list_append(x, :v)", { ":v": [1] }], ["SET l = list_append(l, :v)", { ":v": 1 }],
    ["SET a = :v SET b = :v", { ":v": 1 }], ["", undefined], ["SET", undefined], ["SET a = :v,", { ":v": 1 }], ["SET a :v", { ":v": 1 }],
    ["SET pad = :v", { ":v": 1 }], ["SET G = :v", { ":v": 1 }], ["SET G = :v", { ":v": "" }], ["SET N = :v", { ":v": "1" }], ["SET a = foo(b)", undefined],
    ["SET big = :v", { ":v": "x".repeat(409_600) }], ["SET y = :v", { ":v": 1, ":w": 2 }],
  ];
  for (const [expression, values, start, names] of cases) {
    it(`${expression} ${JSON.stringify(values ?? {}).slice(0, 80)}`, async () => {
      await update(expression, values, start, names);
    });
  }
});

describe("projection expressions", () => {
  const cases: [string, Record<string, string>?][] = [
    ["s, n"], ["m.y.z, l[1], l[3].m"], ["l[3], l[0]"], ["nope, m.nope, l[9]"], ["#a, #b", { "#a": "m", "#b": "ss" }], ["m.#x", { "#x": "a b" }],
    ["l, l[0]"], ["m.x, m"], ["other"], ["s,"], ["l[x]"], ["#a", { "#a": "s", "#b": "n" }],
  ];
  for (const [ProjectionExpression, names] of cases) {
    it(ProjectionExpression, async () => {
      await same(pair, "get", { TableName: table, Key: { PK: "rich", SK: "1" }, ProjectionExpression, ...(names ? { ExpressionAttributeNames: names } : {}) });
      await same(pair, "query", { TableName: table, KeyConditionExpression: "PK = :p", ExpressionAttributeValues: { ":p": "rich" }, ProjectionExpression, ...(names ? { ExpressionAttributeNames: names } : {}) });
    });
  }
});
