import { cpus } from "node:os";
import { BatchWriteItemCommand, type AttributeValue, type CreateTableCommandInput, type WriteRequest } from "@aws-sdk/client-dynamodb";
import { generateItems } from "@/lib/simulate";
import { physicalItems } from "@/lib/run/items";
import { DEFAULT_CONCURRENCY, loadItems } from "@/lib/run/loader";
import { createTableInput } from "@/lib/run/table";
import { localTarget } from "@/lib/run/target";
import { compareLoads, type LoadSide, type Probe } from "./load-check";
import { cpuSince, localCpu, type LocalCpu } from "./local-cpu";
import { round } from "./measure";
import type { BenchEntry } from "./types";
import { benchModel, median, withLocal, type LocalSession } from "./with-local";

/** ≥ 5,000 entity items (spec/bench.md); with uniqueness items the table gets a few more. */
const ENTITY_ITEMS = 5000;
/** Timed runs per side after one warm-up run of each, sides interleaved so drift hits both alike. */
const RUNS = 3;
/** The flood's requests in flight (spec/bench.md: concurrency 16). */
const FLOOD_CONCURRENCY = 16;

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

const tableInput = (): CreateTableCommandInput => {
  const { model, design } = benchModel();
  return createTableInput(model, design, "bench-load");
};

/** The project's loader, as verify runs it (default concurrency, DocumentClient items). */
const loaderSide = (session: LocalSession, items: Item[]): LoadSide => ({
  name: "loader",
  load: (table) => loadItems(localTarget(session.doc), table, items),
});

/**
 * What a hand-tuned script reaches: the items marshalled to DynamoDB JSON beforehand (not
 * timed), 25 per BatchWriteItem on the low-level client, 16 requests in flight, and
 * UnprocessedItems sent again at once until none are left.
 */
function floodSide(session: LocalSession, items: Item[]): LoadSide {
  const marshalled: WriteRequest[] = items.map((Item) => ({ PutRequest: { Item: marshal(Item).M ?? {} } }));
  return {
    name: "flood",
    load: async (table) => {
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
      await Promise.all(Array.from({ length: FLOOD_CONCURRENCY }, worker));
    },
  };
}

/** CPU used during one load: DynamoDB Local's writer thread, all of Local, and this Node process. */
interface LoadCpu {
  writerMs: number;
  localMs: number;
  nodeMs: number;
}

/** DynamoDB Local's CPU (Linux /proc) and ours around each load alone, to show what bounds it. */
const cpuProbe = (session: LocalSession): Probe => ({
  before: () => ({ local: localCpu(session.local.pid), node: process.cpuUsage() }),
  after: (before): LoadCpu | null => {
    const b = before as { local: LocalCpu | null; node: NodeJS.CpuUsage };
    const local = cpuSince(b.local, localCpu(session.local.pid));
    const node = process.cpuUsage(b.node);
    return local ? { writerMs: local.writerMs, localMs: local.totalMs, nodeMs: (node.user + node.system) / 1000 } : null;
  },
});

const medianOf = (readings: unknown[] | undefined, key: keyof LoadCpu): number | null => {
  const values = (readings ?? []).filter((r): r is LoadCpu => r !== null && r !== undefined).map((r) => r[key]);
  return values.length ? median(values) : null;
};

/**
 * loaderVsSequential: one-at-a-time awaited PutItem (the DocumentClient, as an application
 * would write) ÷ the project's loader, the same items into empty tables. The flood runs
 * beside them as the ceiling any client reaches on this DynamoDB Local (ceilingRatio), and
 * writerMs is the CPU time of Local's single writer thread during the loader's run: the
 * loader cannot finish sooner than that thread is busy (docs/bench.md).
 */
export async function loaderVsSequential(): Promise<BenchEntry> {
  const items = benchItems();
  const result = await withLocal(async (session) => {
    const target = localTarget(session.doc);
    const sequential: LoadSide = {
      name: "sequential",
      load: async (table) => {
        for (const Item of items) await target.put({ TableName: table, Item });
      },
    };
    return compareLoads(target, tableInput(), items.length, [sequential, loaderSide(session, items), floodSide(session, items)], RUNS, cpuProbe(session));
  });
  const base = { field: "loaderVsSequential", goal: "≥ 10", repetitions: RUNS };
  if ("skipped" in result) return { ...base, value: null, met: null, detail: "", skipped: result.skipped };
  const [sequentialMs, loaderMs, floodMs] = result.ms as [number, number, number];
  // What bounds any client here (docs/bench.md): during the loader's run, the CPU of
  // Local's one writer thread, and the CPU of Local and Node spread over every core. The
  // sequential side is a chain of round trips, so its CPU (Local's and Node's) is what its
  // time would be on an idle machine: floorRatio = that ÷ the floor is the most any client
  // could reach, read without the other processes on the machine.
  const cpuOf = (side: number) => {
    const local = medianOf(result.probed[side], "localMs"), node = medianOf(result.probed[side], "nodeMs");
    return local !== null && node !== null ? local + node : null;
  };
  const writerMs = medianOf(result.probed[1], "writerMs");
  const loaderCpuMs = cpuOf(1), sequentialCpuMs = cpuOf(0);
  const floorMs = writerMs !== null && loaderCpuMs !== null ? Math.max(writerMs, loaderCpuMs / cpus().length) : null;
  const ratio = sequentialMs / loaderMs;
  return {
    ...base,
    value: {
      ratio: round(ratio), sequentialMs: round(sequentialMs, 0), loaderMs: round(loaderMs, 0),
      floodMs: round(floodMs, 0), ceilingRatio: round(sequentialMs / floodMs),
      ...(floorMs !== null && sequentialCpuMs !== null
        ? { writerMs: round(writerMs ?? 0, 0), loaderCpuMs: round(loaderCpuMs ?? 0, 0), sequentialCpuMs: round(sequentialCpuMs, 0), floorRatio: round(sequentialCpuMs / floorMs) }
        : {}),
      items: items.length,
    },
    met: ratio >= 10,
    detail: `${items.length} items into DynamoDB Local, median of ${RUNS} after a warm-up; ceilingRatio = sequential ÷ flood${floorMs !== null ? "; floorRatio = sequentialCpuMs ÷ max(writerMs, loaderCpuMs ÷ CPUs), the most any client could reach (docs/bench.md)" : ""}`,
    ...(result.lost.length ? { mismatch: result.lost.join("; ") } : {}),
  };
}

/** loaderVsFlood: the loader's items/s ÷ a bare flood of pre-marshalled BatchWriteItem at concurrency 16, retrying UnprocessedItems. */
export async function loaderVsFlood(): Promise<BenchEntry> {
  const items = benchItems();
  const result = await withLocal(async (session) =>
    compareLoads(localTarget(session.doc), tableInput(), items.length, [floodSide(session, items), loaderSide(session, items)], RUNS));
  const base = { field: "loaderVsFlood", goal: "≥ 0.8", repetitions: RUNS };
  if ("skipped" in result) return { ...base, value: null, met: null, detail: "", skipped: result.skipped };
  const [floodMs, loaderMs] = result.ms as [number, number];
  // items/s of the loader ÷ items/s of the flood = flood time ÷ loader time.
  const ratio = floodMs / loaderMs;
  return {
    ...base,
    value: { ratio: round(ratio), floodMs: round(floodMs, 0), loaderMs: round(loaderMs, 0), items: items.length },
    met: ratio >= 0.8,
    detail: `${items.length} items, flood at concurrency ${FLOOD_CONCURRENCY}, loader at its default ${DEFAULT_CONCURRENCY}, median of ${RUNS} after a warm-up`,
    ...(result.lost.length ? { mismatch: result.lost.join("; ") } : {}),
  };
}
