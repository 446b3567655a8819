import { performance } from "node:perf_hooks";
import { BatchWriteItemCommand, type AttributeValue, type WriteRequest } from "@aws-sdk/client-dynamodb";
import { generateItems } from "@/lib/simulate";
import { physicalItems } from "@/lib/run/items";
import { countItems, DEFAULT_CONCURRENCY, loadItems } from "@/lib/run/loader";
import { createTableInput } from "@/lib/run/table";
import { localTarget } from "@/lib/run/target";
import { round } from "./measure";
import type { BenchEntry } from "./types";
import { benchModel, median, withLocal, type LocalSession } from "./with-local";

/** ≥ 5,000 entity items (spec/bench.md); with uniqueness items the table gets a few more. */
const ENTITY_ITEMS = 5000;
/** Timed runs per side after one warm-up run of each, sides interleaved so drift hits both alike. */
const RUNS = 3;

type Item = Record<string, unknown>;

/** DynamoDB JSON for the values our items hold: what the flood sends pre-marshalled. */
function marshal(v: unknown): AttributeValue {
  if (typeof v === "string") return { S: v };
  if (typeof v === "number") return { N: String(v) };
  if (typeof v === "boolean") return { BOOL: v };
  if (v === null) return { NULL: true };
  if (v instanceof Uint8Array) return { B: v };
  if (v instanceof Set) {
    const members = [...v];
    if (members.every((m) => typeof m === "number")) return { NS: members.map(String) };
    if (members.every((m) => m instanceof Uint8Array)) return { BS: members as Uint8Array[] };
    return { SS: members.map(String) };
  }
  if (Array.isArray(v)) return { L: v.map(marshal) };
  return { M: Object.fromEntries(Object.entries(v as Item).filter(([, x]) => x !== undefined).map(([k, x]) => [k, marshal(x)])) };
}

function benchItems(): Item[] {
  const { model, design } = benchModel();
  return [...generateItems(model, { items: ENTITY_ITEMS, seed: 1 })].flatMap((x) => physicalItems(design, x));
}

let tables = 0;

/** One load into a new empty table: its time, and how many items the table holds afterwards. */
async function timedLoad(session: LocalSession, load: (table: string) => Promise<void>): Promise<{ ms: number; count: number }> {
  const { model, design } = benchModel();
  const target = localTarget(session.doc);
  const table = `bench-load-${++tables}`;
  await target.createTable(createTableInput(model, design, table));
  const start = performance.now();
  await load(table);
  const ms = performance.now() - start;
  const count = await countItems(target, table);
  await target.deleteTable({ TableName: table });
  return { ms, count };
}

/** Runs two loads side by side, RUNS times after a warm-up; medians, and any run that lost items. */
async function compare(session: LocalSession, total: number, a: (t: string) => Promise<void>, b: (t: string) => Promise<void>) {
  const times: [number[], number[]] = [[], []];
  const lost: string[] = [];
  for (let run = 0; run <= RUNS; run++) {
    // Alternate which side goes first: a run can leave DynamoDB Local work (garbage from the
    // table just deleted) that slows whatever runs next.
    const order = run % 2 === 0 ? [0, 1] : [1, 0];
    for (const side of order) {
      const load = side === 0 ? a : b;
      const { ms, count } = await timedLoad(session, load);
      if (count !== total) lost.push(`${side === 0 ? "first" : "second"} side: the table holds ${count} of ${total} items`);
      if (run > 0) times[side]?.push(ms);
    }
  }
  return { a: median(times[0]), b: median(times[1]), lost };
}

const loader = (session: LocalSession, items: Item[]) => async (table: string) => {
  await loadItems(localTarget(session.doc), table, items);
};

/** loaderVsSequential: one-at-a-time awaited PutItem ÷ the project's loader, same items, empty tables. */
export async function loaderVsSequential(): Promise<BenchEntry> {
  const items = benchItems();
  const result = await withLocal(async (session) => {
    const target = localTarget(session.doc);
    const sequential = async (table: string) => {
      for (const Item of items) await target.put({ TableName: table, Item });
    };
    return compare(session, items.length, sequential, loader(session, items));
  });
  const base = { field: "loaderVsSequential", goal: "≥ 10" };
  if ("skipped" in result) return { ...base, value: null, met: null, detail: "", skipped: result.skipped };
  const ratio = result.a / result.b;
  return {
    ...base, value: { ratio: round(ratio), sequentialMs: round(result.a, 0), loaderMs: round(result.b, 0), items: items.length },
    met: ratio >= 10, detail: `${items.length} items into DynamoDB Local, median of ${RUNS}`,
    ...(result.lost.length ? { mismatch: result.lost.join("; ") } : {}),
  };
}

/** loaderVsFlood: the loader's items/s ÷ a bare flood of pre-marshalled BatchWriteItem at concurrency 16, retrying UnprocessedItems. */
export async function loaderVsFlood(): Promise<BenchEntry> {
  const items = benchItems();
  const marshalled: WriteRequest[] = items.map((Item) => ({ PutRequest: { Item: marshal(Item).M ?? {} } }));
  const result = await withLocal(async (session) => {
    const flood = async (table: string) => {
      const batches: WriteRequest[][] = [];
      for (let i = 0; i < marshalled.length; i += 25) batches.push(marshalled.slice(i, i + 25));
      const worker = async () => {
        for (let batch = batches.pop(); batch; batch = batches.pop()) {
          let pending = batch;
          while (pending.length) {
            const out = await session.client.send(new BatchWriteItemCommand({ RequestItems: { [table]: pending } }));
            pending = out.UnprocessedItems?.[table] ?? [];
          }
        }
      };
      await Promise.all(Array.from({ length: DEFAULT_CONCURRENCY }, worker));
    };
    return compare(session, items.length, flood, loader(session, items));
  });
  const base = { field: "loaderVsFlood", goal: "≥ 0.8" };
  if ("skipped" in result) return { ...base, value: null, met: null, detail: "", skipped: result.skipped };
  // items/s of the loader ÷ items/s of the flood = flood time ÷ loader time.
  const ratio = result.a / result.b;
  return {
    ...base, value: { ratio: round(ratio), floodMs: round(result.a, 0), loaderMs: round(result.b, 0), items: items.length },
    met: ratio >= 0.8, detail: `${items.length} items, concurrency ${DEFAULT_CONCURRENCY} both, median of ${RUNS}`,
    ...(result.lost.length ? { mismatch: result.lost.join("; ") } : {}),
  };
}
