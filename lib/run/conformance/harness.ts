/**
 * Runs the same DocumentClient request on MemoryDynamo and on a real DynamoDB Local and
 * compares outcomes: results (ordered, or as sets for Scan/BatchGet), pages, consumed
 * capacity, and error names and messages. One Local per test file (beforeAll/afterAll).
 * Counts every request it sends to both sides.
 */
import { CreateTableCommand, DeleteTableCommand, type DynamoDBClient } from "@aws-sdk/client-dynamodb";
import {
  BatchGetCommand, BatchWriteCommand, DeleteCommand, GetCommand, NumberValue, PutCommand, QueryCommand,
  ScanCommand, TransactWriteCommand, UpdateCommand, type DynamoDBDocumentClient,
} from "@aws-sdk/lib-dynamodb";
import { expect } from "vitest";
import { MemoryDynamo } from "../../simulate/dynamo";
import { localClients, startDynamoLocal, type DynamoLocal } from "../local";
import { asSet, normalize, type Plain } from "./normalize";

type Sim = MemoryDynamo;
export type OpName = "put" | "update" | "delete" | "get" | "query" | "scan" | "batchWrite" | "batchGet" | "transactWrite" | "createTable" | "deleteTable";
export type InputOf<K extends OpName> = Parameters<Sim[K]>[0];

/* eslint-disable @typescript-eslint/no-explicit-any */
const COMMANDS: Record<OpName, new (input: any) => any> = {
  put: PutCommand, update: UpdateCommand, delete: DeleteCommand, get: GetCommand, query: QueryCommand,
  scan: ScanCommand, batchWrite: BatchWriteCommand, batchGet: BatchGetCommand, transactWrite: TransactWriteCommand,
  createTable: CreateTableCommand, deleteTable: DeleteTableCommand,
};
/* eslint-enable @typescript-eslint/no-explicit-any */

export interface Pair {
  readonly sim: MemoryDynamo;
  readonly local: DynamoLocal;
  readonly client: DynamoDBClient;
  readonly doc: DynamoDBDocumentClient;
  /** Requests sent to both engines so far. */
  ops: number;
}

/** `raw` keeps Local's SDK result (e.g. a LastEvaluatedKey to send back). */
export type Outcome = { ok: true; value: Plain; raw?: unknown } | { ok: false; error: Plain };

export async function startPair(): Promise<Pair> {
  const local = await startDynamoLocal();
  const { client, doc } = localClients(local.endpoint, { wrapNumbers: true });
  const sim = new MemoryDynamo({ wrapNumbers: (text) => NumberValue.from(text) });
  return { sim, local, client, doc, ops: 0 };
}

export async function stopPair(pair: Pair | undefined, label: string): Promise<void> {
  if (!pair) return;
  console.log(`[conformance] ${label}: ${pair.ops} operations compared with DynamoDB Local`);
  pair.client.destroy();
  await pair.local.stop();
}

function errorShape(e: unknown): Plain {
  const x = e as { name?: string; message?: string; Item?: unknown; CancellationReasons?: unknown };
  return normalize({ name: x.name, message: x.message, Item: x.Item, CancellationReasons: x.CancellationReasons });
}

export function runSim<K extends OpName>(pair: Pair, op: K, input: InputOf<K>): Outcome {
  try {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    return { ok: true, value: normalize((pair.sim[op] as (i: any) => unknown).call(pair.sim, input)) };
  } catch (e) {
    return { ok: false, error: errorShape(e) };
  }
}

export async function runLocal<K extends OpName>(pair: Pair, op: K, input: InputOf<K>): Promise<Outcome> {
  try {
    const target = op === "createTable" || op === "deleteTable" ? pair.client : pair.doc;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const raw = await (target as any).send(new COMMANDS[op](input));
    return { ok: true, value: normalize(raw), raw };
  } catch (e) {
    return { ok: false, error: errorShape(e) };
  }
}

export interface CompareOptions {
  /** Compare error messages too (default true). */
  messages?: boolean;
  /** Scan-like: compare Items as sets, and LastEvaluatedKey / capacity only when both read everything. */
  unordered?: boolean;
}

/** What is compared of an outcome, given the options. */
export function comparable(o: Outcome, options: CompareOptions = {}, op?: OpName): Plain {
  if (!o.ok) {
    const e = o.error as { [k: string]: Plain };
    return options.messages === false ? { error: e.name ?? null } : { error: e };
  }
  // Table descriptions carry creation times: compare only that both succeeded.
  if (op === "createTable" || op === "deleteTable") return "ok";
  const v = { ...(o.value as { [k: string]: Plain }) };
  // Multi-table responses list tables in no documented order.
  if (Array.isArray(v.ConsumedCapacity)) v.ConsumedCapacity = [...v.ConsumedCapacity].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
  if (!options.unordered) return v;
  const out: { [k: string]: Plain } = { ...v };
  if (Array.isArray(v.Items)) out.Items = asSet(v.Items);
  if (v.Responses && typeof v.Responses === "object") {
    out.Responses = Object.fromEntries(Object.entries(v.Responses).map(([t, items]) => [t, asSet(items as Plain[])]));
  }
  if (v.LastEvaluatedKey) {
    out.LastEvaluatedKey = "present";
    delete out.ConsumedCapacity;
  }
  return out;
}

/** Runs `input` on both engines and expects the same outcome. Returns the Local outcome. */
export async function same<K extends OpName>(pair: Pair, op: K, input: InputOf<K>, options: CompareOptions = {}): Promise<Outcome> {
  const local = await runLocal(pair, op, input);
  const sim = runSim(pair, op, input);
  pair.ops++;
  if (process.env.CONFORMANCE_DEBUG && JSON.stringify(comparable(sim, options, op)) !== JSON.stringify(comparable(local, options, op))) {
    console.log("[conformance debug]", JSON.stringify({ op, input: normalize(input), sim, local }));
  }
  expect(comparable(sim, options, op), `${op} ${describeInput(input)}`).toEqual(comparable(local, options, op));
  return local;
}

/**
 * Many independent requests (no request may depend on another's effect): Local receives
 * them `concurrency` at a time, the simulator runs them in order; each pair must agree.
 */
export async function sameMany<K extends OpName>(pair: Pair, op: K, inputs: readonly InputOf<K>[], options: CompareOptions = {}, concurrency = 8): Promise<Outcome[]> {
  const local: Outcome[] = new Array(inputs.length);
  let next = 0;
  const worker = async () => {
    while (next < inputs.length) {
      const i = next++;
      local[i] = await runLocal(pair, op, inputs[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, inputs.length) }, worker));
  inputs.forEach((input, i) => {
    const sim = runSim(pair, op, input);
    pair.ops++;
    expect(comparable(sim, options, op), `${op} ${describeInput(input)}`).toEqual(comparable(local[i]!, options, op));
  });
  return local;
}

export function describeInput(input: unknown): string {
  return JSON.stringify(normalize(input)).slice(0, 600);
}

/** The value of a successful outcome, or a failure naming the error. */
export function value(o: Outcome): { [k: string]: Plain } {
  if (!o.ok) throw new Error(`expected success, got ${JSON.stringify(o.error)}`);
  return o.value as { [k: string]: Plain };
}
