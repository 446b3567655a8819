import { performance } from "node:perf_hooks";
import { buildReadRequests, type Binding, type Design } from "@/lib/design";
import type { Model } from "@/lib/model";
import { generateItems } from "@/lib/simulate";
import { entityItemOf, physicalAttributes, physicalItems } from "@/lib/run/items";
import { loadItems } from "@/lib/run/loader";
import { newMemoryTarget } from "@/lib/run/memory";
import { createTableInput } from "@/lib/run/table";
import { localTarget, type Target } from "@/lib/run/target";
import { chooseBindings } from "@/lib/run/verify/bindings";
import { digestLine } from "@/lib/run/verify/digest";
import { readPhysical, type PhysicalRead } from "@/lib/run/verify/execute";
import { ModelTypes, type EntityItem } from "@/lib/run/verify/values";
import { round } from "./measure";
import type { BenchEntry } from "./types";
import { benchModel, median, withLocal, type LocalSession } from "./with-local";

/** spec/bench.md: ≥ 20,000 items, ≥ 1,000 access-pattern executions, the same bindings on both sides. */
const ITEMS = 20_000;
const EXECUTIONS = 1000;
const RUNS = 3;
const SIM_ROUNDS = 5;

/**
 * The figure is measured on the e-commerce example, whose 20,000 items spread over many
 * customers, products and orders (about 6 items per execution, as typical reads return).
 * The payments example is measured too and reported beside it: at 20,000 items its whole
 * data set is one tenant (Tenant's `count` is tiny beside the others), so each execution
 * returns about 65 items of one huge partition, and the figure measures item conversion
 * more than operations.
 */
const MODELS = ["ecommerce-orders.json", "multi-tenant-payments.json"];

export interface Execution {
  pattern: string;
  binding: Binding;
}

export interface Setup {
  model: Model;
  design: Design;
  items: EntityItem[];
  list: Execution[];
}

/**
 * Every get and query pattern of the model on the bindings verify would choose, repeated
 * in turn up to EXECUTIONS. Scans are left out: one Scan reads the whole table, and a
 * handful of them would be most of the time on either side.
 */
export function setUp(file: string, itemCount = ITEMS, executions = EXECUTIONS): Setup {
  const { model, design } = benchModel(file);
  const types = new ModelTypes(model);
  const items: EntityItem[] = [...generateItems(model, { items: itemCount, seed: 1 })];
  const base = design.accessPatterns
    .filter((p) => (p.kind === "get" || p.kind === "query") && p.served)
    .flatMap((p) => chooseBindings(types, p.pattern, items, 1).map((b) => ({ pattern: p.id, binding: b.binding })));
  return { model, design, items, list: Array.from({ length: executions }, (_, i) => base[i % base.length] as Execution) };
}

/**
 * Runs every execution in turn, its requests built beforehand: the timing covers what
 * differs between the sides, the requests and their pages, not the client-side work both
 * share. Returns the time and, per execution, what it returned (the result in dump
 * encodings, pages, units), compared after the timing.
 */
export async function runAll(target: Target, s: Setup, table: string): Promise<{ ms: number; results: string[] }> {
  const types = new ModelTypes(s.model);
  const patterns = new Map(s.design.accessPatterns.map((p) => [p.id, p.pattern]));
  const requests = s.list.map((e) => buildReadRequests(s.design, e.pattern, e.binding));
  const runs: PhysicalRead[] = [];
  const start = performance.now();
  for (const [i, e] of s.list.entries()) runs.push(await readPhysical(target, s.design, table, e.pattern, requests[i] ?? []));
  const ms = performance.now() - start;
  const strip = physicalAttributes(s.design);
  const results = runs.map((r, i) => {
    const pattern = patterns.get(s.list[i]?.pattern ?? "");
    const items = r.physical.map((x) => entityItemOf(s.design, x, strip));
    return `${pattern ? digestLine(types, pattern, items) : ""} ${r.pages} ${r.consumedReadUnits}`;
  });
  return { ms, results };
}

/**
 * The first execution whose result (items, pages, units) differs between the two sides,
 * in words; undefined when every result is identical. A side that returned fewer results
 * differs at the first one it lacks.
 */
export function firstDifference(file: string, s: Setup, local: readonly string[], memory: readonly string[]): string | undefined {
  const count = Math.max(local.length, memory.length);
  for (let i = 0; i < count; i++) {
    if (local[i] === memory[i]) continue;
    const e = s.list[i];
    return `${file}: execution ${i + 1} (${e?.pattern} ${JSON.stringify(e?.binding)}) differs between DynamoDB Local and the simulator`;
  }
  return undefined;
}

interface Measured {
  localMs: number;
  memoryMs: number;
  returned: number;
  mismatch?: string;
}

/** One model: loaded into both sides, RUNS timed rounds after a warm-up, results compared every round. */
async function measure(session: LocalSession, file: string, n: number): Promise<Measured> {
  const s = setUp(file);
  const table = `bench-simulator-vs-local-${n}`;
  const physical = s.items.flatMap((x) => physicalItems(s.design, x));
  const sides: [Target, Target] = [localTarget(session.doc), newMemoryTarget()];
  for (const t of sides) {
    await t.createTable(createTableInput(s.model, s.design, table));
    await loadItems(t, table, physical);
  }
  const times: [number[], number[]] = [[], []];
  let mismatch: string | undefined, returned = 0;
  // The simulator's side is short enough for a pause of the garbage collector, or another
  // process on these shared machines, to double it: it runs SIM_ROUNDS times per round
  // (after as many warm-ups), and every one of its runs enters the median.
  for (let run = 0; run <= RUNS; run++) {
    const local = await runAll(sides[0], s, table);
    if (run > 0) times[0].push(local.ms);
    for (let k = 0; k < SIM_ROUNDS; k++) {
      const memory = await runAll(sides[1], s, table);
      if (run > 0) times[1].push(memory.ms);
      mismatch ??= firstDifference(file, s, local.results, memory.results);
    }
    returned = local.results.reduce((sum, r) => sum + (r.match(/"entity"/g)?.length ?? 0), 0);
  }
  await sides[0].deleteTable({ TableName: table });
  return { localMs: median(times[0]), memoryMs: median(times[1]), returned, ...(mismatch ? { mismatch } : {}) };
}

/** simulatorVsLocal: the same executions on DynamoDB Local and on the simulator; Local time ÷ simulator time. */
export async function simulatorVsLocal(): Promise<BenchEntry> {
  const result = await withLocal(async (session) => {
    const out: Measured[] = [];
    for (const [i, f] of MODELS.entries()) out.push(await measure(session, f, i));
    return out;
  });
  const base = { field: "simulatorVsLocal", goal: "≥ 100", repetitions: RUNS };
  if ("skipped" in result) return { ...base, value: null, met: null, detail: "", skipped: result.skipped };
  const [main, payments] = result as [Measured, Measured];
  const ratio = main.localMs / main.memoryMs;
  const mismatch = result.map((r) => r.mismatch).filter(Boolean).join("; ");
  return {
    ...base,
    value: {
      ratio: round(ratio), localMs: round(main.localMs, 0), simulatorMs: round(main.memoryMs, 1), executions: EXECUTIONS, items: ITEMS,
      paymentsRatio: round(payments.localMs / payments.memoryMs),
    },
    met: ratio >= 100,
    detail: `${EXECUTIONS} get/query executions on ${ITEMS} items: ${MODELS[0]} (${round(main.returned / EXECUTIONS, 1)} items each); paymentsRatio: ${MODELS[1]} (${round(payments.returned / EXECUTIONS, 1)} items each); median of ${RUNS}`,
    ...(mismatch ? { mismatch } : {}),
  };
}
