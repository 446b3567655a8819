/**
 * A Target is where verify, the loader and the benches send requests: the DocumentClient
 * commands they need, with the SDK's input and output shapes, over a real DynamoDB
 * (DynamoDB Local or any endpoint) or over the in-memory simulator. Everything above this
 * file is written once and runs on both, which is what lets `--target memory` and
 * `--target local` print the same results.
 */
import {
  CreateTableCommand, DeleteTableCommand, DescribeTableCommand,
  type CreateTableCommandInput, type CreateTableCommandOutput, type DeleteTableCommandInput, type DeleteTableCommandOutput,
} from "@aws-sdk/client-dynamodb";
import {
  BatchWriteCommand, DeleteCommand, GetCommand, PutCommand, QueryCommand, ScanCommand, TransactWriteCommand, UpdateCommand,
  type BatchWriteCommandInput, type BatchWriteCommandOutput, type DeleteCommandInput, type DeleteCommandOutput,
  type DynamoDBDocumentClient, type GetCommandInput, type GetCommandOutput, type PutCommandInput, type PutCommandOutput,
  type QueryCommandInput, type QueryCommandOutput, type ScanCommandInput, type ScanCommandOutput,
  type TransactWriteCommandInput, type TransactWriteCommandOutput, type UpdateCommandInput, type UpdateCommandOutput,
} from "@aws-sdk/lib-dynamodb";

/** An SDK output without `$metadata` (the simulator has no HTTP response to describe). */
export type Out<T> = Omit<T, "$metadata">;

export type TargetKind = "local" | "memory" | "endpoint";

export interface Target {
  readonly kind: TargetKind;
  createTable(input: CreateTableCommandInput): Promise<Out<CreateTableCommandOutput>>;
  deleteTable(input: DeleteTableCommandInput): Promise<Out<DeleteTableCommandOutput>>;
  batchWrite(input: BatchWriteCommandInput): Promise<Out<BatchWriteCommandOutput>>;
  put(input: PutCommandInput): Promise<Out<PutCommandOutput>>;
  update(input: UpdateCommandInput): Promise<Out<UpdateCommandOutput>>;
  delete(input: DeleteCommandInput): Promise<Out<DeleteCommandOutput>>;
  get(input: GetCommandInput): Promise<Out<GetCommandOutput>>;
  query(input: QueryCommandInput): Promise<Out<QueryCommandOutput>>;
  scan(input: ScanCommandInput): Promise<Out<ScanCommandOutput>>;
  transactWrite(input: TransactWriteCommandInput): Promise<Out<TransactWriteCommandOutput>>;
}

const ACTIVE_TIMEOUT_MS = 5 * 60_000;

/**
 * CreateTable returns before a real table can be used (CREATING); DynamoDB Local is
 * ACTIVE at once, AWS takes seconds to minutes. Poll until the table and every GSI are ACTIVE.
 */
async function waitActive(doc: DynamoDBDocumentClient, TableName: string): Promise<void> {
  const until = Date.now() + ACTIVE_TIMEOUT_MS;
  for (let delay = 50; ; delay = Math.min(delay * 2, 2000)) {
    const { Table } = await doc.send(new DescribeTableCommand({ TableName }));
    const gsis = Table?.GlobalSecondaryIndexes ?? [];
    if (Table?.TableStatus === "ACTIVE" && gsis.every((g) => g.IndexStatus === "ACTIVE")) return;
    if (Date.now() > until) throw new Error(`table ${TableName} is not ACTIVE after ${ACTIVE_TIMEOUT_MS / 1000} s`);
    await new Promise((r) => setTimeout(r, delay));
  }
}

/** A Target over a real DynamoDB through a DocumentClient (DynamoDB Local, or `--endpoint`). */
export function localTarget(doc: DynamoDBDocumentClient, kind: "local" | "endpoint" = "local"): Target {
  return {
    kind,
    async createTable(input) {
      const out = await doc.send(new CreateTableCommand(input));
      if (input.TableName) await waitActive(doc, input.TableName);
      return out;
    },
    deleteTable: (input) => doc.send(new DeleteTableCommand(input)),
    batchWrite: (input) => doc.send(new BatchWriteCommand(input)),
    put: (input) => doc.send(new PutCommand(input)),
    update: (input) => doc.send(new UpdateCommand(input)),
    delete: (input) => doc.send(new DeleteCommand(input)),
    get: (input) => doc.send(new GetCommand(input)),
    query: (input) => doc.send(new QueryCommand(input)),
    scan: (input) => doc.send(new ScanCommand(input)),
    transactWrite: (input) => doc.send(new TransactWriteCommand(input)),
  };
}

/**
 * What memoryTarget needs of the simulator (lib/simulate/dynamo's MemoryDynamo): the same
 * commands, synchronous, the same input shapes, errors thrown with the AWS exception name.
 */
export interface SyncDynamo {
  createTable(input: CreateTableCommandInput): Out<CreateTableCommandOutput>;
  deleteTable?(input: DeleteTableCommandInput): Out<DeleteTableCommandOutput>;
  batchWrite(input: BatchWriteCommandInput): Out<BatchWriteCommandOutput>;
  put(input: PutCommandInput): Out<PutCommandOutput>;
  update(input: UpdateCommandInput): Out<UpdateCommandOutput>;
  delete(input: DeleteCommandInput): Out<DeleteCommandOutput>;
  get(input: GetCommandInput): Out<GetCommandOutput>;
  query(input: QueryCommandInput): Out<QueryCommandOutput>;
  scan(input: ScanCommandInput): Out<ScanCommandOutput>;
  transactWrite(input: TransactWriteCommandInput): Out<TransactWriteCommandOutput>;
}

/**
 * A Target over the simulator. Each call runs in a later microtask, as a network call
 * would, so concurrent callers interleave between calls (never inside one: a simulated
 * request is atomic, like a DynamoDB request on one item).
 */
export function memoryTarget(db: SyncDynamo): Target {
  const later = <T>(work: () => T): Promise<T> => Promise.resolve().then(work);
  return {
    kind: "memory",
    createTable: (input) => later(() => db.createTable(input)),
    // A simulator without deleteTable is simply dropped with its tables.
    deleteTable: (input) => later(() => db.deleteTable?.(input) ?? {}),
    batchWrite: (input) => later(() => db.batchWrite(input)),
    put: (input) => later(() => db.put(input)),
    update: (input) => later(() => db.update(input)),
    delete: (input) => later(() => db.delete(input)),
    get: (input) => later(() => db.get(input)),
    query: (input) => later(() => db.query(input)),
    scan: (input) => later(() => db.scan(input)),
    transactWrite: (input) => later(() => db.transactWrite(input)),
  };
}
