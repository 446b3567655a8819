/**
 * CreateTable, DeleteTable, DescribeTable, ListTables. Tables are ACTIVE at once; dates are
 * the Unix epoch (the engine never reads the clock). Descriptions are minimal: names, keys,
 * indexes with projections, billing mode, item counts and sizes.
 */
import type {
  CreateTableCommandInput, CreateTableCommandOutput, DeleteTableCommandInput, DeleteTableCommandOutput,
  DescribeTableCommandInput, DescribeTableCommandOutput, ListTablesCommandInput, ListTablesCommandOutput,
  TableDescription,
} from "@aws-sdk/client-dynamodb";
import { DynamoDbError } from "../errors";
import { ITEM_STORAGE_OVERHEAD_BYTES } from "../../../dynamo/limits";
import { buildSchema } from "../schema";
import { Table } from "../table";
import { tableOf, type Context } from "../context";

const EPOCH = new Date(0);

function describe(table: Table, status: "ACTIVE" | "DELETING" = "ACTIVE"): TableDescription {
  const s = table.schema;
  const input = s.input;
  const indexes = [...s.indexes.values()];
  const billing = input.BillingMode ?? "PROVISIONED";
  const sizeOf = (count: number, bytes: number) => bytes + count * ITEM_STORAGE_OVERHEAD_BYTES;
  return {
    TableName: s.name,
    TableStatus: status,
    TableArn: `arn:aws:dynamodb:ddblocal:000000000000:table/${s.name}`,
    CreationDateTime: EPOCH,
    AttributeDefinitions: input.AttributeDefinitions,
    KeySchema: input.KeySchema,
    ItemCount: table.primary.count,
    TableSizeBytes: sizeOf(table.primary.count, table.primary.bytes),
    BillingModeSummary: { BillingMode: billing },
    ProvisionedThroughput: {
      ReadCapacityUnits: input.ProvisionedThroughput?.ReadCapacityUnits ?? 0,
      WriteCapacityUnits: input.ProvisionedThroughput?.WriteCapacityUnits ?? 0,
      NumberOfDecreasesToday: 0,
    },
    DeletionProtectionEnabled: input.DeletionProtectionEnabled ?? false,
    ...(indexes.some((i) => i.kind === "GSI")
      ? {
          GlobalSecondaryIndexes: indexes.filter((i) => i.kind === "GSI").map((i) => {
            const store = table.store(i.name);
            return { IndexName: i.name, ...i.input, IndexStatus: "ACTIVE", ItemCount: store.count, IndexSizeBytes: sizeOf(store.count, store.bytes) } as never;
          }),
        }
      : {}),
    ...(indexes.some((i) => i.kind === "LSI")
      ? {
          LocalSecondaryIndexes: indexes.filter((i) => i.kind === "LSI").map((i) => {
            const store = table.store(i.name);
            return { IndexName: i.name, ...i.input, ItemCount: store.count, IndexSizeBytes: sizeOf(store.count, store.bytes) } as never;
          }),
        }
      : {}),
  };
}

export function createTable(ctx: Context, input: CreateTableCommandInput): CreateTableCommandOutput {
  const schema = buildSchema(input);
  if (ctx.tables.has(schema.name)) throw new DynamoDbError("ResourceInUseException", "Cannot create preexisting table");
  const table = new Table(schema);
  ctx.tables.set(schema.name, table);
  return { $metadata: {}, TableDescription: describe(table) };
}

export function deleteTable(ctx: Context, input: DeleteTableCommandInput): DeleteTableCommandOutput {
  const table = tableOf(ctx, input.TableName);
  ctx.tables.delete(table.schema.name);
  return { $metadata: {}, TableDescription: describe(table, "DELETING") };
}

export function describeTable(ctx: Context, input: DescribeTableCommandInput): DescribeTableCommandOutput {
  return { $metadata: {}, Table: describe(tableOf(ctx, input.TableName)) };
}

export function listTables(ctx: Context, input: ListTablesCommandInput): ListTablesCommandOutput {
  const names = [...ctx.tables.keys()].sort();
  const after = input.ExclusiveStartTableName;
  const from = after === undefined ? names : names.filter((n) => n > after);
  const limit = input.Limit ?? 100;
  const page = from.slice(0, limit);
  return {
    $metadata: {},
    TableNames: page,
    ...(from.length > limit ? { LastEvaluatedTableName: page[page.length - 1] } : {}),
  };
}
