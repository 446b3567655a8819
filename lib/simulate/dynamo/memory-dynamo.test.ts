/**
 * Examples of the rules MemoryDynamo implements (the conformance suite in lib/run/conformance
 * checks the same against DynamoDB Local): capacity, pages, errors, expressions.
 */
import { NumberValue } from "@aws-sdk/lib-dynamodb";
import { describe, expect, it } from "vitest";
import { isDynamoError } from "./errors";
import { MemoryDynamo } from "./memory-dynamo";

function db(): MemoryDynamo {
  const d = new MemoryDynamo();
  d.createTable({
    TableName: "app", BillingMode: "PAY_PER_REQUEST",
    AttributeDefinitions: [{ AttributeName: "PK", AttributeType: "S" }, { AttributeName: "SK", AttributeType: "S" }, { AttributeName: "G", AttributeType: "S" }, { AttributeName: "N", AttributeType: "N" }],
    KeySchema: [{ AttributeName: "PK", KeyType: "HASH" }, { AttributeName: "SK", KeyType: "RANGE" }],
    GlobalSecondaryIndexes: [{ IndexName: "GSI1", KeySchema: [{ AttributeName: "G", KeyType: "HASH" }, { AttributeName: "N", KeyType: "RANGE" }], Projection: { ProjectionType: "ALL" } }],
  });
  return d;
}

const CAP = { ReturnConsumedCapacity: "INDEXES" as const };
const errorName = (f: () => unknown): string | undefined => {
  try {
    f();
  } catch (e) {
    return (e as Error).name;
  }
  return undefined;
};

describe("consumed capacity (guide/dynamodb-local-observed.md)", () => {
  it("charges GSI writes: enter 1, key change 2, projected change 1, leave 1", () => {
    const d = db();
    const Key = { PK: "a", SK: "1" };
    expect(d.put({ TableName: "app", Item: { ...Key, G: "g", N: 1 }, ...CAP }).ConsumedCapacity).toEqual({ TableName: "app", CapacityUnits: 2, Table: { CapacityUnits: 1 }, GlobalSecondaryIndexes: { GSI1: { CapacityUnits: 1 } } });
    expect(d.update({ TableName: "app", Key, UpdateExpression: "SET N = :n", ExpressionAttributeValues: { ":n": 2 }, ...CAP }).ConsumedCapacity?.GlobalSecondaryIndexes).toEqual({ GSI1: { CapacityUnits: 2 } });
    expect(d.update({ TableName: "app", Key, UpdateExpression: "SET x = :n", ExpressionAttributeValues: { ":n": 2 }, ...CAP }).ConsumedCapacity?.GlobalSecondaryIndexes).toEqual({ GSI1: { CapacityUnits: 1 } });
    expect(d.update({ TableName: "app", Key, UpdateExpression: "REMOVE G", ...CAP }).ConsumedCapacity?.GlobalSecondaryIndexes).toEqual({ GSI1: { CapacityUnits: 1 } });
  });

  it("doubles transactions on table and GSI; BatchWrite prices each item", () => {
    const d = db();
    const tx = d.transactWrite({ ...CAP, TransactItems: [{ Put: { TableName: "app", Item: { PK: "a", SK: "1", G: "g", N: 1 } } }, { Put: { TableName: "app", Item: { PK: "b", SK: "1" } } }] });
    expect(tx.ConsumedCapacity).toEqual([{ TableName: "app", CapacityUnits: 6, Table: { CapacityUnits: 4 }, GlobalSecondaryIndexes: { GSI1: { CapacityUnits: 2 } } }]);
    const bw = d.batchWrite({ ...CAP, RequestItems: { app: [{ PutRequest: { Item: { PK: "c", SK: "1", G: "g", N: 1 } } }, { PutRequest: { Item: { PK: "d", SK: "1" } } }] } });
    expect(bw.ConsumedCapacity).toEqual([{ TableName: "app", CapacityUnits: 3, Table: { CapacityUnits: 2 }, GlobalSecondaryIndexes: { GSI1: { CapacityUnits: 1 } } }]);
  });

  it("reads: missing GetItem 0.5, empty Query 0, Limit counts items evaluated", () => {
    const d = db();
    expect(d.get({ TableName: "app", Key: { PK: "x", SK: "y" }, ...CAP }).ConsumedCapacity?.CapacityUnits).toBe(0.5);
    expect(d.query({ TableName: "app", KeyConditionExpression: "PK = :p", ExpressionAttributeValues: { ":p": "x" }, ...CAP }).ConsumedCapacity?.CapacityUnits).toBe(0);
    for (let i = 0; i < 5; i++) d.put({ TableName: "app", Item: { PK: "p", SK: `${i}`, v: i } });
    const out = d.query({ TableName: "app", KeyConditionExpression: "PK = :p", FilterExpression: "v > :n", ExpressionAttributeValues: { ":p": "p", ":n": 100 }, Limit: 3, ...CAP });
    expect(out).toMatchObject({ Count: 0, ScannedCount: 3, LastEvaluatedKey: { PK: "p", SK: "2" }, ConsumedCapacity: { CapacityUnits: 0.5 } });
  });

  it("ends a page at the item that crosses 1 MB: 15 items of ~100 KB give 11", () => {
    const d = db();
    for (let i = 0; i < 15; i++) d.put({ TableName: "app", Item: { PK: "big", SK: `s${String(i).padStart(2, "0")}`, p: "x".repeat(100_000) } });
    const out = d.query({ TableName: "app", KeyConditionExpression: "PK = :p", ExpressionAttributeValues: { ":p": "big" }, Select: "COUNT", ...CAP });
    expect(out.Count).toBe(11);
    expect(out.LastEvaluatedKey).toEqual({ PK: "big", SK: "s10" });
    expect(out.ConsumedCapacity?.CapacityUnits).toBe(134.5);
  });
});

describe("errors", () => {
  it("names errors like DynamoDB", () => {
    const d = db();
    d.put({ TableName: "app", Item: { PK: "a", SK: "1", v: 1 } });
    expect(errorName(() => d.put({ TableName: "app", Item: { PK: "a", SK: "1" }, ConditionExpression: "attribute_not_exists(PK)" }))).toBe("ConditionalCheckFailedException");
    expect(errorName(() => d.get({ TableName: "nope", Key: { PK: "a", SK: "1" } }))).toBe("ResourceNotFoundException");
    expect(errorName(() => d.get({ TableName: "ab", Key: { PK: "a", SK: "1" } }))).toBe("ValidationException");
    expect(errorName(() => d.put({ TableName: "app", Item: { PK: "", SK: "1" } }))).toBe("ValidationException");
    expect(errorName(() => d.put({ TableName: "app", Item: { PK: "a", SK: "2", G: 5 } }))).toBe("ValidationException");
    expect(errorName(() => d.query({ TableName: "app", IndexName: "GSI1", ConsistentRead: true, KeyConditionExpression: "G = :g", ExpressionAttributeValues: { ":g": "g" } }))).toBe("ValidationException");
    expect(errorName(() => d.query({ TableName: "app", KeyConditionExpression: "PK = :p", FilterExpression: "SK = :p", ExpressionAttributeValues: { ":p": "a" } }))).toBe("ValidationException");
    expect(errorName(() => d.createTable({ TableName: "app", BillingMode: "PAY_PER_REQUEST", AttributeDefinitions: [{ AttributeName: "PK", AttributeType: "S" }], KeySchema: [{ AttributeName: "PK", KeyType: "HASH" }] }))).toBe("ResourceInUseException");
  });

  it("returns the old item (wire form) on a failed condition with ALL_OLD, and reasons on a cancelled transaction", () => {
    const d = db();
    d.put({ TableName: "app", Item: { PK: "a", SK: "1", v: 1 } });
    try {
      d.put({ TableName: "app", Item: { PK: "a", SK: "1" }, ConditionExpression: "attribute_not_exists(PK)", ReturnValuesOnConditionCheckFailure: "ALL_OLD" });
      expect.unreachable();
    } catch (e) {
      expect(isDynamoError(e, "ConditionalCheckFailedException")).toBe(true);
      expect((e as { Item: unknown }).Item).toEqual({ PK: { S: "a" }, SK: { S: "1" }, v: { N: "1" } });
    }
    try {
      d.transactWrite({ TransactItems: [{ Put: { TableName: "app", Item: { PK: "a", SK: "1" }, ConditionExpression: "attribute_not_exists(PK)" } }, { Put: { TableName: "app", Item: { PK: "b", SK: "1" } } }] });
      expect.unreachable();
    } catch (e) {
      expect((e as Error).name).toBe("TransactionCanceledException");
      expect((e as { CancellationReasons: unknown }).CancellationReasons).toEqual([{ Code: "ConditionalCheckFailed", Message: "The conditional request failed" }, { Code: "None" }]);
    }
    expect(d.get({ TableName: "app", Key: { PK: "b", SK: "1" } }).Item).toBeUndefined();
  });

  it("refuses reserved words used bare, and unused or undefined placeholders", () => {
    const d = db();
    const q = (extra: object) => () => d.query({ TableName: "app", KeyConditionExpression: "PK = :p", ExpressionAttributeValues: { ":p": "a" }, ...extra });
    expect(q({ FilterExpression: "other = :p" })).toThrow("Attribute name is a reserved keyword; reserved keyword: other");
    expect(q({ ExpressionAttributeNames: { "#x": "x" } })).toThrow("unused in expressions: keys: {#x}");
    expect(q({ FilterExpression: "#y = :p" })).toThrow("An expression attribute name used in the document path is not defined; attribute name: #y");
  });
});

describe("expressions", () => {
  it("updates with SET arithmetic, if_not_exists, list_append, REMOVE, ADD and DELETE", () => {
    const d = db();
    const Key = { PK: "u", SK: "1" };
    d.put({ TableName: "app", Item: { ...Key, n: 1, l: [1], s: new Set(["a", "b"]), t: new Set(["a", "x"]), m: { a: { b: 1 } } } });
    const out = d.update({
      TableName: "app", Key, ReturnValues: "ALL_NEW",
      UpdateExpression: "SET n = n + :one, c = if_not_exists(c, :z), l = list_append(l, :l), m.a.c = :one REMOVE m.a.b ADD s :s, k :one DELETE t :d",
      ExpressionAttributeValues: { ":one": 1, ":z": 0, ":l": [2], ":s": new Set(["c"]), ":d": new Set(["a"]) },
    });
    expect(out.Attributes).toEqual({ ...Key, n: 2, c: 0, l: [1, 2], s: new Set(["a", "b", "c"]), t: new Set(["x"]), m: { a: { c: 1 } }, k: 1 });
  });

  it("evaluates conditions with functions, paths, IN, BETWEEN and precedence", () => {
    const d = db();
    d.put({ TableName: "app", Item: { PK: "c", SK: "1", s: "hello", n: 5, l: [1, { x: "y" }], ss: new Set(["a"]) } });
    const count = (FilterExpression: string, ExpressionAttributeValues: Record<string, unknown> = {}) =>
      d.query({ TableName: "app", KeyConditionExpression: "PK = :pk", FilterExpression, ExpressionAttributeValues: { ":pk": "c", ...ExpressionAttributeValues } }).Count;
    expect(count("begins_with(s, :p) AND size(s) = :n", { ":p": "he", ":n": 5 })).toBe(1);
    expect(count("l[1].x = :y OR n = :n", { ":y": "z", ":n": 4 })).toBe(0);
    expect(count("n BETWEEN :a AND :b AND n IN (:a, :b, :c)", { ":a": 1, ":b": 9, ":c": 5 })).toBe(1);
    expect(count("contains(ss, :a) AND attribute_type(ss, :t) AND NOT attribute_exists(zz)", { ":a": "a", ":t": "SS" })).toBe(1);
    expect(count("nope <> :a", { ":a": 1 })).toBe(1);
  });

  it("keeps 38-digit numbers exact, and returns NumberValue through wrapNumbers", () => {
    const d = new MemoryDynamo({ wrapNumbers: (t) => NumberValue.from(t) });
    d.createTable({ TableName: "num", BillingMode: "PAY_PER_REQUEST", AttributeDefinitions: [{ AttributeName: "PK", AttributeType: "N" }], KeySchema: [{ AttributeName: "PK", KeyType: "HASH" }] });
    const big = NumberValue.from("99999999999999999999999999999999999999");
    d.put({ TableName: "num", Item: { PK: big, v: NumberValue.from("1.50") } });
    expect(String(d.get({ TableName: "num", Key: { PK: big } }).Item?.v)).toBe("1.5");
    expect(String(new MemoryDynamo().listTables().TableNames)).toBe("");
  });
});
