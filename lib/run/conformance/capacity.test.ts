/**
 * Conformance: item sizes, consumed capacity and pages, simulator vs DynamoDB Local
 * (guide/dynamodb-local-observed.md "Item size", "Consumed capacity", "Pages").
 * Every request asks for ReturnConsumedCapacity and the whole response is compared.
 */
import { NumberValue } from "@aws-sdk/lib-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { itemFromNative, itemSize } from "../../simulate/dynamo";
import { same, startPair, stopPair, value, type Pair } from "./harness";
import { indexedTable, simpleTable, tableName } from "./tables";

let pair: Pair;
let table: string;
let plain: string;
beforeAll(async () => {
  pair = await startPair();
  table = tableName("cap");
  plain = tableName("plain");
  await same(pair, "createTable", indexedTable(table));
  await same(pair, "createTable", simpleTable(plain, "S", "S"));
}, 60_000);
afterAll(() => stopPair(pair, "capacity.test.ts"), 30_000);

const INDEXES = { ReturnConsumedCapacity: "INDEXES" } as const;
let keyCounter = 0;
const freshKey = () => `k${++keyCounter}`;

/** An item of exactly `bytes` bytes by the simulator's size rules, padded with attribute p. */
function sized(base: Record<string, unknown>, bytes: number): Record<string, unknown> {
  const without = itemSize(itemFromNative({ ...base, p: "" }));
  return { ...base, p: "x".repeat(bytes - without) };
}

describe("item size at the 1 KB write boundary", () => {
  const values: [string, unknown][] = [
    ["string", "12345"], ["unicode string", "é😀\u0800"], ["binary", new Uint8Array([1, 2, 3])],
    ...["1", "11", "111", "1111", "11111", "1111111", "-1", "-11", "0", "0.001", "-0.001", "100", "1.5", "123.456",
      "12345678901234567890123456789012345678", "-12345678901234567890123456789012345678", "0.12345678901234567890123456789012345678",
      "1e125", "1e-130", "-9.9999999999999999999999999999999999999E+125", "10.01", "1000.0001"].map((n): [string, unknown] => [`number ${n}`, NumberValue.from(n)]),
    ["true", true], ["null", null], ["empty list", []], ["empty map", {}], ["list", ["ab"]], ["map", { k: "ab" }],
    ["string set", new Set(["ab", "cd"])], ["number set", new Set([NumberValue.from("1"), NumberValue.from("-12.5")])],
    ["binary set", new Set([new Uint8Array([1]), new Uint8Array([2, 3])])],
    ["nested", { a: [1, { b: [true, null, "x"] }], "é": new Set(["q"]) }],
  ];
  for (const [label, v] of values) {
    it(`${label}: 1,024 bytes cost 1, 1,025 cost 2, 2,049 cost 3`, async () => {
      for (const bytes of [1024, 1025, 2049]) {
        await same(pair, "put", { TableName: plain, Item: sized({ PK: freshKey(), SK: "s", v }, bytes), ...INDEXES });
      }
    });
  }

  it("attribute names count in UTF-8", async () => {
    for (const bytes of [1024, 1025]) {
      await same(pair, "put", { TableName: plain, Item: sized({ PK: freshKey(), SK: "s", "ñame😀": 1 }, bytes), ...INDEXES });
    }
  });

  it("GetItem of 4,096 bytes: strong 1, eventual 0.5; of 4,097: 2 and 1", async () => {
    for (const bytes of [4096, 4097]) {
      const PK = freshKey();
      await same(pair, "put", { TableName: plain, Item: sized({ PK, SK: "s" }, bytes) });
      for (const ConsistentRead of [true, false]) {
        await same(pair, "get", { TableName: plain, Key: { PK, SK: "s" }, ConsistentRead, ProjectionExpression: "PK", ...INDEXES });
      }
    }
  });

  it("refuses items over 400 KB and keys over 2,048 / 1,024 bytes", async () => {
    await same(pair, "put", { TableName: plain, Item: sized({ PK: freshKey(), SK: "s" }, 409_600) });
    await same(pair, "put", { TableName: plain, Item: sized({ PK: freshKey(), SK: "s" }, 409_601) });
    await same(pair, "put", { TableName: plain, Item: { PK: "é".repeat(1024), SK: "s" } });
    await same(pair, "put", { TableName: plain, Item: { PK: "é".repeat(1024) + "x", SK: "s" } });
    await same(pair, "put", { TableName: plain, Item: { PK: "p", SK: "x".repeat(1024) } });
    await same(pair, "put", { TableName: plain, Item: { PK: "p", SK: "x".repeat(1025) } });
    await same(pair, "put", { TableName: plain, Item: { PK: "", SK: "s" } });
  });
});

describe("write capacity", () => {
  it("charges an overwrite on the larger of the old and new item", async () => {
    const PK = freshKey();
    await same(pair, "put", { TableName: plain, Item: sized({ PK, SK: "s" }, 3000), ...INDEXES });
    await same(pair, "put", { TableName: plain, Item: { PK, SK: "s" }, ...INDEXES });
    await same(pair, "put", { TableName: plain, Item: { PK, SK: "s" }, ...INDEXES });
    await same(pair, "update", { TableName: plain, Key: { PK, SK: "s" }, UpdateExpression: "SET big = :b", ExpressionAttributeValues: { ":b": "y".repeat(5000) }, ...INDEXES });
    await same(pair, "delete", { TableName: plain, Key: { PK, SK: "s" }, ...INDEXES });
    await same(pair, "delete", { TableName: plain, Key: { PK, SK: "s" }, ...INDEXES });
  });

  it("GSI: enter 1, key change 2, projected change 1, unchanged 0, leave 1", async () => {
    const PK = freshKey();
    const Key = { PK, SK: "s" };
    await same(pair, "put", { TableName: table, Item: { ...Key, G: "g", N: 1, G2: "x", L: "l", a: "a" }, ...INDEXES });
    await same(pair, "update", { TableName: table, Key, UpdateExpression: "SET N = :n", ExpressionAttributeValues: { ":n": 2 }, ...INDEXES });
    await same(pair, "update", { TableName: table, Key, UpdateExpression: "SET other1 = :n", ExpressionAttributeValues: { ":n": 2 }, ...INDEXES });
    await same(pair, "update", { TableName: table, Key, UpdateExpression: "SET other1 = :n", ExpressionAttributeValues: { ":n": 2 }, ...INDEXES });
    await same(pair, "update", { TableName: table, Key, UpdateExpression: "SET a = :a", ExpressionAttributeValues: { ":a": "b" }, ...INDEXES });
    await same(pair, "update", { TableName: table, Key, UpdateExpression: "SET L = :l", ExpressionAttributeValues: { ":l": "m" }, ...INDEXES });
    await same(pair, "update", { TableName: table, Key, UpdateExpression: "REMOVE G, G2", ...INDEXES });
    await same(pair, "update", { TableName: table, Key, UpdateExpression: "SET G = :g, pad = :p", ExpressionAttributeValues: { ":g": "g", ":p": "z".repeat(3000) }, ...INDEXES });
    await same(pair, "update", { TableName: table, Key, UpdateExpression: "SET N = :n, pad2 = :p", ExpressionAttributeValues: { ":n": 3, ":p": "z".repeat(3000) }, ...INDEXES });
    await same(pair, "put", { TableName: table, Item: { ...Key }, ...INDEXES });
    await same(pair, "put", { TableName: table, Item: { ...Key, G: 5 } });
    await same(pair, "put", { TableName: table, Item: { ...Key, G: "" } });
    await same(pair, "put", { TableName: table, Item: { ...Key, L: 1 } });
  });

  it("a GSI entry is charged when one side has only its partition key and the other only its sort key (Local)", async () => {
    for (const [before, after] of [[{ G: "g" }, { N: 1 }], [{ N: 1 }, { G: "g" }], [{ G: "g", pad: "x".repeat(3000) }, { N: 2 }], [{ G: "g" }, { G: "h" }], [{ N: 1 }, {}]] as const) {
      const Key = { PK: freshKey(), SK: "s" };
      await same(pair, "put", { TableName: table, Item: { ...Key, ...before } });
      await same(pair, "put", { TableName: table, Item: { ...Key, ...after }, ...INDEXES });
    }
  });

  it("DeleteItem of a missing item reports 1 unit even without ReturnConsumedCapacity (Local)", async () => {
    for (const ReturnConsumedCapacity of [undefined, "NONE", "TOTAL", "INDEXES"] as const) {
      await same(pair, "delete", { TableName: table, Key: { PK: "missing", SK: "s" }, ReturnConsumedCapacity });
    }
    const PK = freshKey();
    await same(pair, "put", { TableName: table, Item: { PK, SK: "s" } });
    await same(pair, "delete", { TableName: table, Key: { PK, SK: "s" } });
  });

  it("TransactWriteItems doubles table and GSI units, and counts equal action costs once (Local)", async () => {
    const a = freshKey();
    const b = freshKey();
    await same(pair, "transactWrite", { ...INDEXES, TransactItems: [
      { Put: { TableName: table, Item: { PK: a, SK: "s", G: "g", N: 1 } } },
      { Put: { TableName: table, Item: { PK: b, SK: "s" } } },
    ] });
    for (const mode of ["INDEXES", "TOTAL"] as const) {
      const [c, d, e, f] = [freshKey(), freshKey(), freshKey(), freshKey()];
      await same(pair, "put", { TableName: plain, Item: sized({ PK: f, SK: "s" }, 9000) });
      await same(pair, "transactWrite", { ReturnConsumedCapacity: mode, TransactItems: [
        { Put: { TableName: plain, Item: { PK: c, SK: "s" } } },
        { Put: { TableName: plain, Item: { PK: d, SK: "s" } } },
        { Put: { TableName: table, Item: { PK: c, SK: "s", G: "g", N: 1 } } },
        { Put: { TableName: table, Item: sized({ PK: e, SK: "s" }, 1500) } },
        { Delete: { TableName: plain, Key: { PK: "missing", SK: "s" } } },
        { ConditionCheck: { TableName: plain, Key: { PK: f, SK: "s" }, ConditionExpression: "attribute_exists(PK)" } },
      ] });
    }
  });

  it("BatchWriteItem prices each item, and a missing delete at 2 (Local)", async () => {
    await same(pair, "batchWrite", { ...INDEXES, RequestItems: {
      [table]: [{ PutRequest: { Item: { PK: freshKey(), SK: "s", G: "g", N: 1 } } }, { PutRequest: { Item: { PK: freshKey(), SK: "s" } } }],
      [plain]: [{ DeleteRequest: { Key: { PK: "missing", SK: "s" } } }, { PutRequest: { Item: sized({ PK: freshKey(), SK: "s" }, 2100) } }],
    } });
  });
});

describe("read capacity and pages", () => {
  it("GetItem of a missing item costs 0.5 / 1; a Query that finds nothing costs 0", async () => {
    await same(pair, "get", { TableName: table, Key: { PK: "missing", SK: "s" }, ...INDEXES });
    await same(pair, "get", { TableName: table, Key: { PK: "missing", SK: "s" }, ConsistentRead: true, ...INDEXES });
    await same(pair, "query", { TableName: table, KeyConditionExpression: "PK = :p", ExpressionAttributeValues: { ":p": "missing" }, ...INDEXES });
    await same(pair, "query", { TableName: table, IndexName: "GSI1", KeyConditionExpression: "G = :p", ExpressionAttributeValues: { ":p": "missing" }, ...INDEXES });
    await same(pair, "batchGet", { ...INDEXES, RequestItems: { [table]: { Keys: [{ PK: "missing", SK: "s" }] } } });
  });

  it("Limit counts items evaluated: Limit 3 with a filter that matches nothing", async () => {
    const PK = freshKey();
    await same(pair, "batchWrite", { RequestItems: { [plain]: [1, 2, 3, 4, 5].map((i) => ({ PutRequest: { Item: { PK, SK: `s${i}`, v: i } } })) } });
    const out = await same(pair, "query", {
      TableName: plain, KeyConditionExpression: "PK = :p", FilterExpression: "v > :big",
      ExpressionAttributeValues: { ":p": PK, ":big": 100 }, Limit: 3, ...INDEXES,
    });
    expect(value(out)).toMatchObject({ Count: 0, ScannedCount: 3, LastEvaluatedKey: { PK, SK: "s3" } });
  });

  it("a page ends with the item that crosses 1 MB: 15 items of ~100 KB give 11, then 4", async () => {
    const PK = freshKey();
    for (let i = 0; i < 15; i++) await same(pair, "put", { TableName: plain, Item: sized({ PK, SK: `s${String(i).padStart(2, "0")}` }, 100_012) });
    for (const ScanIndexForward of [true, false]) {
      const first = value(await same(pair, "query", { TableName: plain, KeyConditionExpression: "PK = :p", ExpressionAttributeValues: { ":p": PK }, ScanIndexForward, Select: "COUNT", ...INDEXES }));
      expect(first.Count).toBe(11);
      await same(pair, "query", { TableName: plain, KeyConditionExpression: "PK = :p", ExpressionAttributeValues: { ":p": PK }, ScanIndexForward, ExclusiveStartKey: first.LastEvaluatedKey as never, Select: "COUNT", ...INDEXES });
    }
  });

  it("a page that reaches 1 MB on the last item has no LastEvaluatedKey", async () => {
    const PK = freshKey();
    for (let i = 0; i < 11; i++) await same(pair, "put", { TableName: plain, Item: sized({ PK, SK: `s${String(i).padStart(2, "0")}` }, 100_012) });
    await same(pair, "query", { TableName: plain, KeyConditionExpression: "PK = :p", ExpressionAttributeValues: { ":p": PK }, Select: "COUNT", ...INDEXES });
    await same(pair, "query", { TableName: plain, KeyConditionExpression: "PK = :p", ExpressionAttributeValues: { ":p": PK }, Select: "COUNT", Limit: 11, ...INDEXES });
  });

  it("a Scan of an index is charged and paged on whole items, a Query on index entries (Local)", async () => {
    const name = tableName("ixscan");
    await same(pair, "createTable", indexedTable(name));
    for (let i = 0; i < 12; i++) {
      await same(pair, "put", { TableName: name, Item: sized({ PK: "p", SK: `s${String(i).padStart(2, "0")}`, G: "g", N: i, G2: "h", L: `l${i}`, a: "a" }, 100_000) });
    }
    // GSI2 has no sort key: its entries tie, and Local orders ties its own way.
    await same(pair, "scan", { TableName: name, IndexName: "GSI2", Select: "COUNT", ...INDEXES }, { unordered: true });
    for (const IndexName of ["GSI1", "LSI1"]) {
      const first = value(await same(pair, "scan", { TableName: name, IndexName, ...INDEXES }));
      await same(pair, "scan", { TableName: name, IndexName, ExclusiveStartKey: first.LastEvaluatedKey as never, ...INDEXES });
      await same(pair, "scan", { TableName: name, IndexName, FilterExpression: "attribute_exists(p)", Select: "COUNT", Limit: 3, ...INDEXES });
    }
    await same(pair, "query", { TableName: name, IndexName: "GSI1", KeyConditionExpression: "G = :g", ExpressionAttributeValues: { ":g": "g" }, ...INDEXES });
    await same(pair, "query", { TableName: name, IndexName: "LSI1", KeyConditionExpression: "PK = :p", ExpressionAttributeValues: { ":p": "p", ":x": "zz" }, Limit: 4, FilterExpression: "a = :x", ProjectionExpression: "p", ...INDEXES });
  });

  it("a page of exactly 1,048,576 bytes ends there", async () => {
    const PK = freshKey();
    for (let i = 0; i < 17; i++) await same(pair, "put", { TableName: plain, Item: sized({ PK, SK: `s${String(i).padStart(2, "0")}` }, 65_536) });
    await same(pair, "query", { TableName: plain, KeyConditionExpression: "PK = :p", ExpressionAttributeValues: { ":p": PK }, Select: "COUNT", ...INDEXES });
  });

  it("GSI and LSI queries report units under the index, with the keys of both in LastEvaluatedKey", async () => {
    const G = freshKey();
    const PK = freshKey();
    await same(pair, "batchWrite", { RequestItems: { [table]: [1, 2, 3, 4].map((i) => ({ PutRequest: { Item: { PK, SK: `s${i}`, G, N: i, G2: G, L: `l${5 - i}`, a: "a", z: "z" } } })) } });
    await same(pair, "query", { TableName: table, IndexName: "GSI1", KeyConditionExpression: "G = :g AND N > :n", ExpressionAttributeValues: { ":g": G, ":n": 1 }, Limit: 2, ...INDEXES });
    await same(pair, "query", { TableName: table, IndexName: "LSI1", KeyConditionExpression: "PK = :p", ExpressionAttributeValues: { ":p": PK }, Limit: 3, ...INDEXES });
    await same(pair, "query", { TableName: table, IndexName: "LSI1", KeyConditionExpression: "PK = :p", ExpressionAttributeValues: { ":p": PK }, Select: "ALL_ATTRIBUTES", ...INDEXES });
    await same(pair, "query", { TableName: table, IndexName: "LSI1", KeyConditionExpression: "PK = :p", ExpressionAttributeValues: { ":p": PK }, ProjectionExpression: "z, a", ...INDEXES });
    await same(pair, "query", { TableName: table, IndexName: "GSI2", KeyConditionExpression: "G2 = :g", ExpressionAttributeValues: { ":g": G }, Select: "COUNT", ...INDEXES });
  });
});
