/**
 * Conformance: validation and resource errors, simulator vs DynamoDB Local — error names
 * and messages (guide/dynamodb-local-observed.md "Validation errors worth reproducing"),
 * and every reserved word of lib/simulate/dynamo/reserved-words.ts.
 */
import { afterAll, beforeAll, describe, it } from "vitest";
import { RESERVED_WORDS } from "../../simulate/dynamo";
import { same, sameMany, startPair, stopPair, type Pair } from "./harness";
import { indexedTable, simpleTable, tableName } from "./tables";

let pair: Pair;
let table: string;
let hashOnly: string;
beforeAll(async () => {
  pair = await startPair();
  table = tableName("err");
  hashOnly = tableName("hash");
  await same(pair, "createTable", indexedTable(table));
  await same(pair, "createTable", simpleTable(hashOnly, "N"));
  await same(pair, "batchWrite", { RequestItems: { [table]: [1, 2, 3].map((i) => ({ PutRequest: { Item: { PK: "p", SK: `s${i}`, G: "g", N: i, G2: "h", L: `l${i}`, a: i } } })) } });
}, 60_000);
afterAll(() => stopPair(pair, "errors.test.ts"), 30_000);

const q = (extra: Record<string, unknown>) => ({ TableName: table, KeyConditionExpression: "PK = :p", ExpressionAttributeValues: { ":p": "p" }, ...extra });

describe("reserved words", () => {
  it("refuses every reserved word used bare, in any case", async () => {
    const words = [...RESERVED_WORDS].map((w, i) => (i % 3 === 0 ? w.toLowerCase() : i % 3 === 1 ? w : w[0] + w.slice(1).toLowerCase()));
    await sameMany(pair, "query", words.map((word) => q({ FilterExpression: `attribute_exists(${word})` })));
  }, 60_000);

  it("accepts common attribute names that are not reserved", async () => {
    for (const name of ["id", "pk", "sk", "email", "price", "title", "version", "createdAt", "updatedAt", "amount", "quantity", "category",
      "tenant", "gsi1pk", "customer", "order_id", "payload", "label", "kind", "score", "entity", "ttl_at", "_type", "Status2", "owner_id"]) {
      await same(pair, "query", q({ FilterExpression: `attribute_exists(${name})` }));
    }
  });
});

describe("tables and indexes", () => {
  it("refuses short or invalid names and bad definitions, and reports missing tables", async () => {
    await same(pair, "createTable", simpleTable("ab"));
    await same(pair, "createTable", simpleTable("bad name!"));
    await same(pair, "createTable", { ...simpleTable(tableName("x")), AttributeDefinitions: [{ AttributeName: "PK", AttributeType: "S" }, { AttributeName: "X", AttributeType: "S" }] });
    await same(pair, "createTable", { ...simpleTable(tableName("x")), AttributeDefinitions: [{ AttributeName: "X", AttributeType: "S" }] });
    await same(pair, "createTable", { ...simpleTable(tableName("x")), BillingMode: undefined });
    await same(pair, "createTable", { ...indexedTable(tableName("x")), GlobalSecondaryIndexes: [{ IndexName: "G1", KeySchema: [{ AttributeName: "G", KeyType: "HASH" }], Projection: { ProjectionType: "ALL" } }] });
    await same(pair, "createTable", simpleTable(table));
    await same(pair, "get", { TableName: "missing_table", Key: { PK: "a" } });
    await same(pair, "get", { TableName: "ab", Key: { PK: "a" } });
    await same(pair, "query", q({ IndexName: "GSI9" }));
    await same(pair, "deleteTable", { TableName: "missing_table" });
  });
});

describe("keys", () => {
  it("refuses missing, extra, mistyped and empty key attributes", async () => {
    for (const Key of [{ PK: "p" }, { PK: "p", SK: "s", X: "x" }, { PK: "p", SK: 1 }, { PK: "", SK: "s" }, { PK: "p", SK: "" }, { SK: "s" }]) {
      await same(pair, "get", { TableName: table, Key });
      await same(pair, "delete", { TableName: table, Key });
      await same(pair, "update", { TableName: table, Key, UpdateExpression: "SET a = :a", ExpressionAttributeValues: { ":a": 1 } });
    }
    await same(pair, "put", { TableName: table, Item: { PK: "p" } });
    await same(pair, "put", { TableName: table, Item: { PK: 1, SK: "s" } });
    await same(pair, "put", { TableName: table, Item: { PK: "p", SK: "s", G: 1 } });
    await same(pair, "put", { TableName: table, Item: { PK: "p", SK: "s", N: "1" } });
    await same(pair, "put", { TableName: table, Item: { PK: "p", SK: "s", G: "" } });
    await same(pair, "get", { TableName: hashOnly, Key: { PK: 1, SK: 1 } });
    await same(pair, "get", { TableName: hashOnly, Key: { PK: "1" } });
  });
});

describe("Query and Scan parameters", () => {
  const cases: Record<string, unknown>[] = [
    { IndexName: "GSI1", KeyConditionExpression: "G = :p", ConsistentRead: true },
    { FilterExpression: "SK = :p" },
    { IndexName: "GSI1", KeyConditionExpression: "G = :p", FilterExpression: "N = :p" },
    { IndexName: "GSI1", KeyConditionExpression: "G = :p", FilterExpression: "PK = :p" },
    { IndexName: "GSI2", KeyConditionExpression: "G2 = :p", FilterExpression: "a = :p" },
    { IndexName: "GSI2", KeyConditionExpression: "G2 = :p", Select: "ALL_ATTRIBUTES" },
    { IndexName: "GSI2", KeyConditionExpression: "G2 = :p", ProjectionExpression: "a" },
    { IndexName: "LSI1", FilterExpression: "z = :p" },
    { Select: "SPECIFIC_ATTRIBUTES" }, { Select: "ALL_ATTRIBUTES", ProjectionExpression: "a" }, { Select: "ALL_PROJECTED_ATTRIBUTES" },
    { Select: "COUNT", ProjectionExpression: "a" }, { Limit: 0 },
    { KeyConditionExpression: "SK = :p" }, { KeyConditionExpression: "PK = :p AND SK <> :p" }, { KeyConditionExpression: "PK > :p" },
    { KeyConditionExpression: "PK = :p OR SK = :p" }, { KeyConditionExpression: "PK = :p AND a = :p" }, { KeyConditionExpression: "PK = :p AND SK > :p AND SK < :p" },
    { KeyConditionExpression: "PK = SK" }, { KeyConditionExpression: "PK = :p AND size(SK) > :p" }, { KeyConditionExpression: "PK.x = :p" },
    { KeyConditionExpression: "NOT PK = :p" }, { KeyConditionExpression: "PK IN (:p)" }, { KeyConditionExpression: "PK = :p AND attribute_exists(SK)" },
    { KeyConditionExpression: "begins_with(PK, :p)" }, { KeyConditionExpression: "PK = :p AND", }, { KeyConditionExpression: "(PK = :p) AND (SK > :p)" },
    { KeyConditionExpression: ":p = PK" }, { KeyConditionExpression: "PK = :n", ExpressionAttributeValues: { ":n": 1 } },
    { KeyConditionExpression: "PK = :p AND begins_with(SK, :n)", ExpressionAttributeValues: { ":p": "p", ":n": 1 } },
    { KeyConditionExpression: "PK = :p AND SK BETWEEN :b AND :a", ExpressionAttributeValues: { ":p": "p", ":a": "a", ":b": "b" } },
    { KeyConditionExpression: undefined }, { KeyConditionExpression: "#p = :p" }, { ExpressionAttributeValues: { ":p": "p", ":x": 1 } },
    { ExpressionAttributeNames: { "#a": "a", "#b": "b" } }, { ExpressionAttributeNames: {} }, { ExpressionAttributeValues: {} },
    { ExclusiveStartKey: { PK: "p" } }, { ExclusiveStartKey: { PK: "q", SK: "s1" } }, { ExclusiveStartKey: { PK: "p", SK: "s1" }, KeyConditionExpression: "PK = :p AND SK > :p" },
    { ExclusiveStartKey: { PK: "p", SK: "zz" } }, { IndexName: "GSI1", KeyConditionExpression: "G = :p", ExclusiveStartKey: { PK: "p", SK: "s1" } },
    { ExclusiveStartKey: { PK: "p", SK: 1 } },
  ];
  for (const extra of cases) {
    it(`Query ${JSON.stringify(extra)}`, async () => {
      await same(pair, "query", q(extra));
    });
  }

  it("Scan parameters", async () => {
    for (const extra of [{ Segment: 2, TotalSegments: 2 }, { Segment: 0 }, { TotalSegments: 2 }, { Limit: 0 }, { IndexName: "GSI1", ConsistentRead: true },
      { ExclusiveStartKey: { PK: "p" } }, { FilterExpression: "PK = :p", ExpressionAttributeValues: { ":p": "p" }, Select: "COUNT" as const }, { Select: "ALL_PROJECTED_ATTRIBUTES" as const }]) {
      await same(pair, "scan", { TableName: table, ...extra });
    }
  });
});

describe("values", () => {
  it("refuses what the SDK's marshaller refuses, and too deep nesting", async () => {
    for (const v of [undefined, [1, undefined], { a: undefined }, new Set(), Number.NaN, 2 ** 60, Symbol("x") as unknown]) {
      await same(pair, "put", { TableName: table, Item: { PK: "v", SK: "1", v } });
    }
    await same(pair, "query", q({ FilterExpression: "a = :u", ExpressionAttributeValues: { ":p": "p", ":u": undefined } }));
    let deep: unknown = "leaf";
    for (let i = 0; i < 40; i++) {
      deep = i % 2 ? [deep] : { d: deep };
      if (i >= 28) await same(pair, "put", { TableName: table, Item: { PK: "v", SK: `d${i}`, deep } });
    }
  });
});

describe("writes", () => {
  it("refuses bad ReturnValues, bad update expressions on keys, and bad batches and transactions", async () => {
    await same(pair, "put", { TableName: table, Item: { PK: "w", SK: "1" }, ReturnValues: "ALL_NEW" });
    await same(pair, "delete", { TableName: table, Key: { PK: "w", SK: "1" }, ReturnValues: "UPDATED_NEW" });
    await same(pair, "update", { TableName: table, Key: { PK: "w", SK: "1" }, UpdateExpression: "SET SK = :v", ExpressionAttributeValues: { ":v": "x" } });
    await same(pair, "update", { TableName: table, Key: { PK: "w", SK: "1" }, UpdateExpression: "REMOVE PK" });
    await same(pair, "batchWrite", { RequestItems: { [table]: [{ PutRequest: { Item: { PK: "w", SK: "1" } } }, { DeleteRequest: { Key: { PK: "w", SK: "1" } } }] } });
    await same(pair, "batchWrite", { RequestItems: { [table]: Array.from({ length: 26 }, (_, i) => ({ PutRequest: { Item: { PK: "w", SK: `b${i}` } } })) } }, { messages: false });
    await same(pair, "batchWrite", { RequestItems: { [table]: [{ PutRequest: { Item: { PK: "w", SK: "ok" } } }, { PutRequest: { Item: { PK: "w" } } }] } });
    await same(pair, "get", { TableName: table, Key: { PK: "w", SK: "ok" } });
    await same(pair, "batchGet", { RequestItems: { [table]: { Keys: [{ PK: "w", SK: "1" }, { PK: "w", SK: "1" }] } } });
    await same(pair, "batchGet", { RequestItems: { [table]: { Keys: Array.from({ length: 101 }, (_, i) => ({ PK: "w", SK: `g${i}` })) } } }, { messages: false });
    await same(pair, "transactWrite", { TransactItems: [{ Put: { TableName: table, Item: { PK: "w", SK: "1" } } }, { Delete: { TableName: table, Key: { PK: "w", SK: "1" } } }] });
    await same(pair, "transactWrite", { TransactItems: Array.from({ length: 101 }, (_, i) => ({ Put: { TableName: table, Item: { PK: "w", SK: `t${i}` } } })) }, { messages: false });
    await same(pair, "transactWrite", { TransactItems: [{ Put: { TableName: table, Item: { PK: "w", SK: "2" }, ConditionExpression: "attribute_not_exists(other)" } }] });
  });
});
