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
import { comparable, type CompareOptions } from "./compare-only";
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

export type { Outcome } from "./compare-only";
import type { Outcome } from "./compare-only";

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

const READS = new Set<OpName>(["get", "query", "scan", "batchGet"]);

/** A transport failure (not a DynamoDB answer): "socket hang up" seen under load on Local. */
function transportError(e: unknown): boolean {
  const x = e as { name?: string; code?: string; $metadata?: { httpStatusCode?: number } };
  return !x.$metadata?.httpStatusCode && (x.name === "TimeoutError" || x.code === "ECONNRESET" || x.code === "EPIPE");
}

export async function runLocal<K extends OpName>(pair: Pair, op: K, input: InputOf<K>): Promise<Outcome> {
  for (let attempt = 1; ; attempt++) {
    const out = await sendLocal(pair, op, input);
    // Reads are safe to repeat; a write is never retried (it may have been applied).
    if (out.transport && READS.has(op) && attempt < 3) continue;
    return out.outcome;
  }
}

async function sendLocal<K extends OpName>(pair: Pair, op: K, input: InputOf<K>): Promise<{ outcome: Outcome; transport?: boolean }> {
  try {
    const target = op === "createTable" || op === "deleteTable" ? pair.client : pair.doc;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const raw = await (target as any).send(new COMMANDS[op](input));
    return { outcome: { ok: true, value: normalize(raw), raw } };
  } catch (e) {
    return { outcome: { ok: false, error: errorShape(e) }, transport: transportError(e) };
  }
}

/** Runs `input` on both engines and expects the same outcome. Returns the Local outcome. */
export async function same<K extends OpName>(pair: Pair, op: K, input: InputOf<K>, options: CompareOptions = {}): Promise<Outcome> {
  const local = await runLocal(pair, op, input);
  const sim = runSim(pair, op, input);
  pair.ops++;
  check(comparable(sim, options, op), comparable(local, options, op), () => `${op} ${describeInput(input)}`);
  return local;
}

/** Deep equality of plain data (cheap); vitest's diffing only runs on a mismatch. */
function equal(a: Plain, b: Plain): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => equal(x, b[i]!));
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => k in b && equal(a[k]!, b[k]!));
}

function check(sim: Plain, local: Plain, describe: () => string): void {
  if (equal(sim, local)) return;
  if (process.env.CONFORMANCE_DEBUG) console.log("[conformance debug]", JSON.stringify({ sim, local, request: describe() }));
  expect(sim, describe()).toEqual(local);
}

/**
 * A Scan read to the end on each engine separately (each follows its own
 * LastEvaluatedKey; the engines' scan orders differ, so pages hold different items).
 * Compared: all items as a set, total Count and ScannedCount; capacity only when one page.
 */
export async function sameScan(pair: Pair, input: InputOf<"scan">): Promise<void> {
  const collect = async (send: (i: InputOf<"scan">) => Promise<Outcome>) => {
    const items: Plain[] = [];
    let count = 0;
    let scanned = 0;
    let pages = 0;
    let capacity: Plain = null;
    let next: InputOf<"scan"> | undefined = input;
    while (next) {
      const o = await send(next);
      pages++;
      if (!o.ok) return { error: o.error };
      const v = o.value as { Items?: Plain[]; Count?: number; ScannedCount?: number; ConsumedCapacity?: Plain; LastEvaluatedKey?: Plain };
      items.push(...(v.Items ?? []));
      count += v.Count ?? 0;
      scanned += v.ScannedCount ?? 0;
      capacity = pages === 1 ? (v.ConsumedCapacity ?? null) : null;
      const raw = (o.raw as { LastEvaluatedKey?: Record<string, unknown> } | undefined)?.LastEvaluatedKey;
      next = raw ? { ...input, ExclusiveStartKey: raw } : undefined;
    }
    return { items: asSet(items), count, scanned, capacity, pages };
  };
  const local = await collect((i) => runLocal(pair, "scan", i));
  // The simulator's own pages: feed back its (raw, native) LastEvaluatedKey.
  const sim = await collect(async (i) => {
    try {
      const raw = pair.sim.scan(i);
      return { ok: true, value: normalize(raw), raw };
    } catch (e) {
      return { ok: false, error: errorShape(e) };
    }
  });
  pair.ops++;
  // Where a page ends depends on the scan order once the total passes 1 MB: compare the
  // capacity only when both engines read everything in one page.
  const onePage = "pages" in sim && "pages" in local && sim.pages === 1 && local.pages === 1;
  for (const side of [sim, local]) {
    if ("pages" in side) {
      if (!onePage) side.capacity = null;
      delete (side as { pages?: number }).pages;
    }
  }
  check(sim as unknown as Plain, local as unknown as Plain, () => `scan ${describeInput(input)}`);
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
    check(comparable(sim, options, op), comparable(local[i]!, options, op), () => `${op} ${describeInput(input)}`);
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
