/**
 * Conformance: key ordering and number handling, simulator vs DynamoDB Local
 * (guide/dynamodb-local-observed.md "Ordering").
 */
import { NumberValue } from "@aws-sdk/lib-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { same, startPair, stopPair, value, type Pair } from "./harness";
import { indexedTable, simpleTable, tableName } from "./tables";

let pair: Pair;
beforeAll(async () => {
  pair = await startPair();
}, 60_000);
afterAll(() => stopPair(pair, "ordering.test.ts"), 30_000);

const OBSERVED_STRINGS = ["B", "Z", "a", "z", "é", "é\u0301", "\uFFFF", "😀"];

async function sortKeysInOrder(skType: "S" | "N" | "B", values: unknown[], forward = true): Promise<unknown[]> {
  const name = tableName("order");
  await same(pair, "createTable", simpleTable(name, "S", skType));
  for (let i = 0; i < values.length; i += 25) {
    const RequestItems = { [name]: values.slice(i, i + 25).map((SK) => ({ PutRequest: { Item: { PK: "p", SK } } })) };
    await same(pair, "batchWrite", { RequestItems });
  }
  const out = await same(pair, "query", {
    TableName: name, KeyConditionExpression: "PK = :p", ExpressionAttributeValues: { ":p": "p" }, ScanIndexForward: forward,
  });
  return (value(out).Items as { SK: unknown }[]).map((i) => i.SK);
}

describe("strings sort by UTF-8 bytes", () => {
  it("reproduces the observed order, astral characters after \\uFFFF", async () => {
    const shuffled = [...OBSERVED_STRINGS].reverse();
    expect(await sortKeysInOrder("S", shuffled)).toEqual(OBSERVED_STRINGS);
    expect(await sortKeysInOrder("S", shuffled, false)).toEqual([...OBSERVED_STRINGS].reverse());
  });

  it("orders random Unicode strings the same way (BMP, astral, private use)", async () => {
    const pool = ["\u0000", "\u007f", "\u0080", "\u07ff", "\u0800", "\ud7ff", "\ue000", "\uffee", "𐀀", "😀", "🧑‍🚀", "a", "A", "aa", "a😀", "a\uffff", "z"];
    let seed = 7;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8;
    const values = new Set<string>();
    while (values.size < 120) {
      let s = "";
      const n = 1 + (next() % 4);
      for (let i = 0; i < n; i++) s += pool[next() % pool.length];
      values.add(s);
    }
    const order = await sortKeysInOrder("S", [...values]);
    expect(order).toHaveLength(120);
  });
});

describe("numbers sort numerically, exactly", () => {
  const observed = ["-10", "-1.5", "0", "0.001", "2", "10", "1000", "99999999999999999999999999999999999999"];

  it("reproduces the observed order, including a 38-digit integer", async () => {
    const input = [...observed].reverse().map((t) => NumberValue.from(t === "1000" ? "1e3" : t));
    const order = await sortKeysInOrder("N", input);
    expect(order).toEqual(observed.map((t) => `N:${t}`));
  });

  it("orders numbers that doubles cannot tell apart", async () => {
    const texts = [
      "12345678901234567890123456789012345678", "12345678901234567890123456789012345677",
      "0.12345678901234567890123456789012345678", "0.12345678901234567890123456789012345677",
      "-12345678901234567890123456789012345678", "-12345678901234567890123456789012345677",
      "1E-130", "-1E-130", "9.9999999999999999999999999999999999999E+125", "-9.9999999999999999999999999999999999999E+125",
      "1e2", "0", ".5", "+7", "7.000000000000000000000000000000000001",
    ];
    const order = await sortKeysInOrder("N", texts.map((t) => NumberValue.from(t)));
    expect(order[0]).toBe("N:-999999999999999999999999999999999999990000000000000000000000000000000000000000000000000000000000000000000000000000000000000000");
  });

  it("normalizes number text like Local, and refuses what Local refuses", async () => {
    const name = tableName("numbers");
    await same(pair, "createTable", simpleTable(name, "S"));
    const texts = ["1.50", "1e3", "1E+3", "0.0010", "-0", "00012", "1e125", "9.9999999999999999999999999999999999999E+125", "1e126", "1e-130",
      "1e-131", "123456789012345678901234567890123456789", "1234567890123456789012345678901234567800", "-1.5e-7", "+5", ".5", "5.", "0x10", " 5", "1e", "Infinity", "-"];
    for (const [i, t] of texts.entries()) {
      await same(pair, "put", { TableName: name, Item: { PK: `n${i}`, v: NumberValue.from(t), s: new Set([NumberValue.from("1"), NumberValue.from(t === "1" ? "2" : t)]) } });
      await same(pair, "get", { TableName: name, Key: { PK: `n${i}` } });
    }
  });

  it("adds and subtracts exactly in UpdateExpression, within 38 digits", async () => {
    const name = tableName("arith");
    await same(pair, "createTable", simpleTable(name, "S"));
    const cases: [string, string, "+" | "-"][] = [
      ["1e20", "0.5", "+"], ["1e40", "0.5", "+"], ["99999999999999999999999999999999999999", "1", "+"],
      ["1e37", "0.1", "-"], ["9e125", "9e125", "+"], ["1.5", "1.5", "-"], ["-0.001", "0.0001", "-"], ["1e-130", "1e-130", "-"],
    ];
    for (const [i, [a, b, op]] of cases.entries()) {
      await same(pair, "update", {
        TableName: name, Key: { PK: `a${i}` }, UpdateExpression: `SET c = :a ${op} :b`,
        ExpressionAttributeValues: { ":a": NumberValue.from(a), ":b": NumberValue.from(b) }, ReturnValues: "ALL_NEW",
      });
    }
  });
});

describe("index entries with equal keys", () => {
  it("hold the same items; their order is Local's own (compared as a set)", async () => {
    const name = tableName("ties");
    await same(pair, "createTable", indexedTable(name));
    const items = Array.from({ length: 20 }, (_, i) => ({ PutRequest: { Item: { PK: `p${i % 3}`, SK: `s${i}`, G: "g", N: i % 2, G2: "h", L: "same", a: "a" } } }));
    await same(pair, "batchWrite", { RequestItems: { [name]: items } });
    await same(pair, "query", { TableName: name, IndexName: "GSI1", KeyConditionExpression: "G = :g AND N = :n", ExpressionAttributeValues: { ":g": "g", ":n": 1 } }, { unordered: true });
    await same(pair, "query", { TableName: name, IndexName: "GSI2", KeyConditionExpression: "G2 = :g", ExpressionAttributeValues: { ":g": "h" } }, { unordered: true });
    await same(pair, "query", { TableName: name, IndexName: "LSI1", KeyConditionExpression: "PK = :p", ExpressionAttributeValues: { ":p": "p1" } }, { unordered: true });
  });
});

describe("binary sorts by unsigned bytes", () => {
  it("puts 0x80 and 0xff after 0x7f", async () => {
    const values = [[0xff], [0x80], [0x7f], [0x00], [0x00, 0x00], [0x01], [0x7f, 0xff], [0xff, 0x00]].map((b) => new Uint8Array(b));
    const order = (await sortKeysInOrder("B", values)) as string[];
    expect(order.map(String)).toEqual(["B:00", "B:0000", "B:01", "B:7f", "B:7fff", "B:80", "B:ff", "B:ff00"]);
  });
});
