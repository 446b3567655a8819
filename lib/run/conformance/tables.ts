/** Table definitions shared by the conformance tests. */
import type { CreateTableCommandInput, ScalarAttributeType } from "@aws-sdk/client-dynamodb";

let counter = 0;

/** A unique table name per call (one Local instance serves a whole test file). */
export function tableName(prefix: string): string {
  counter++;
  return `${prefix}_${counter}`;
}

/** PK/SK table with GSI1 (G, N) projecting ALL and GSI2 (G2) KEYS_ONLY, LSI1 (L) projecting INCLUDE a. */
export function indexedTable(name: string, sk: ScalarAttributeType = "S"): CreateTableCommandInput {
  return {
    TableName: name,
    BillingMode: "PAY_PER_REQUEST",
    AttributeDefinitions: [
      { AttributeName: "PK", AttributeType: "S" },
      { AttributeName: "SK", AttributeType: sk },
      { AttributeName: "G", AttributeType: "S" },
      { AttributeName: "N", AttributeType: "N" },
      { AttributeName: "G2", AttributeType: "S" },
      { AttributeName: "L", AttributeType: "S" },
    ],
    KeySchema: [
      { AttributeName: "PK", KeyType: "HASH" },
      { AttributeName: "SK", KeyType: "RANGE" },
    ],
    GlobalSecondaryIndexes: [
      { IndexName: "GSI1", KeySchema: [{ AttributeName: "G", KeyType: "HASH" }, { AttributeName: "N", KeyType: "RANGE" }], Projection: { ProjectionType: "ALL" } },
      { IndexName: "GSI2", KeySchema: [{ AttributeName: "G2", KeyType: "HASH" }], Projection: { ProjectionType: "KEYS_ONLY" } },
    ],
    LocalSecondaryIndexes: [
      { IndexName: "LSI1", KeySchema: [{ AttributeName: "PK", KeyType: "HASH" }, { AttributeName: "L", KeyType: "RANGE" }], Projection: { ProjectionType: "INCLUDE", NonKeyAttributes: ["a"] } },
    ],
  };
}

/** A plain table: partition key PK, optional sort key SK of the given type. */
export function simpleTable(name: string, pk: ScalarAttributeType = "S", sk?: ScalarAttributeType): CreateTableCommandInput {
  return {
    TableName: name,
    BillingMode: "PAY_PER_REQUEST",
    AttributeDefinitions: [{ AttributeName: "PK", AttributeType: pk }, ...(sk ? [{ AttributeName: "SK", AttributeType: sk }] : [])],
    KeySchema: [{ AttributeName: "PK", KeyType: "HASH" }, ...(sk ? [{ AttributeName: "SK", KeyType: "RANGE" as const }] : [])],
  };
}
