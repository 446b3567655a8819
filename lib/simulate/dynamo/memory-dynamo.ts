/**
 * MemoryDynamo: an in-memory DynamoDB with synchronous methods that take and return the
 * @aws-sdk/lib-dynamodb DocumentClient shapes. Semantics, errors, pages and consumed
 * capacity follow DynamoDB Local 3.3 as measured by lib/run/conformance; see
 * docs/simulator.md.
 */
import type {
  CreateTableCommandInput, CreateTableCommandOutput, DeleteTableCommandInput, DeleteTableCommandOutput,
  DescribeTableCommandInput, DescribeTableCommandOutput, ListTablesCommandInput, ListTablesCommandOutput,
} from "@aws-sdk/client-dynamodb";
import type {
  BatchGetCommandInput, BatchGetCommandOutput, BatchWriteCommandInput, BatchWriteCommandOutput,
  DeleteCommandInput, DeleteCommandOutput, GetCommandInput, GetCommandOutput, PutCommandInput, PutCommandOutput,
  QueryCommandInput, QueryCommandOutput, ScanCommandInput, ScanCommandOutput,
  TransactWriteCommandInput, TransactWriteCommandOutput, UpdateCommandInput, UpdateCommandOutput,
} from "@aws-sdk/lib-dynamodb";
import type { Context } from "./context";
import type { NativeOptions } from "./convert";
import { batchGet, batchWrite } from "./ops/batch";
import { deleteItem, getItem, putItem, updateItem } from "./ops/item-ops";
import { createTable, deleteTable, describeTable, listTables } from "./ops/tables";
import { transactWrite } from "./ops/transact";
import { query } from "./read/query";
import { scan } from "./read/scan";
import type { Table } from "./table";

export type MemoryDynamoOptions = NativeOptions;

export class MemoryDynamo {
  private readonly ctx: Context;

  constructor(options: MemoryDynamoOptions = {}) {
    this.ctx = { tables: new Map<string, Table>(), native: { ...options } };
  }

  createTable(input: CreateTableCommandInput): CreateTableCommandOutput {
    return createTable(this.ctx, input);
  }

  deleteTable(input: DeleteTableCommandInput): DeleteTableCommandOutput {
    return deleteTable(this.ctx, input);
  }

  describeTable(input: DescribeTableCommandInput): DescribeTableCommandOutput {
    return describeTable(this.ctx, input);
  }

  listTables(input: ListTablesCommandInput = {}): ListTablesCommandOutput {
    return listTables(this.ctx, input);
  }

  put(input: PutCommandInput): PutCommandOutput {
    return putItem(this.ctx, input);
  }

  update(input: UpdateCommandInput): UpdateCommandOutput {
    return updateItem(this.ctx, input);
  }

  delete(input: DeleteCommandInput): DeleteCommandOutput {
    return deleteItem(this.ctx, input);
  }

  get(input: GetCommandInput): GetCommandOutput {
    return getItem(this.ctx, input);
  }

  query(input: QueryCommandInput): QueryCommandOutput {
    return query(this.ctx, input);
  }

  scan(input: ScanCommandInput): ScanCommandOutput {
    return scan(this.ctx, input);
  }

  batchWrite(input: BatchWriteCommandInput): BatchWriteCommandOutput {
    return batchWrite(this.ctx, input);
  }

  batchGet(input: BatchGetCommandInput): BatchGetCommandOutput {
    return batchGet(this.ctx, input);
  }

  transactWrite(input: TransactWriteCommandInput): TransactWriteCommandOutput {
    return transactWrite(this.ctx, input);
  }
}
