import { performance } from "node:perf_hooks";
import type { CreateTableCommandInput } from "@aws-sdk/client-dynamodb";
import { countItems } from "@/lib/run/loader";
import type { Target } from "@/lib/run/target";
import { median } from "./with-local";

/** One way of loading items into a table, timed against the others. */
export interface LoadSide {
  name: string;
  load: (table: string) => Promise<unknown>;
}

export interface TimedLoad {
  ms: number;
  /** Items the table holds after the load (a strongly consistent COUNT Scan). */
  count: number;
  /** Why the load failed, if it threw (a LoadError, or a request error). */
  error?: string;
  /** What the probe measured around the load alone. */
  probed?: unknown;
}

/** Something measured around each load alone (for example DynamoDB Local's CPU time). */
export interface Probe {
  before: () => unknown;
  after: (before: unknown) => unknown;
}

let tables = 0;

/**
 * One load into a new empty table: its time, then how many items the table really holds.
 * The count is what makes a dropped item visible: a loader that believes it wrote
 * everything but lost an item still leaves the table one short.
 */
export async function timedLoad(target: Target, input: CreateTableCommandInput, side: LoadSide, probe?: Probe): Promise<TimedLoad> {
  const table = `${input.TableName ?? "bench-load"}-${++tables}`;
  await target.createTable({ ...input, TableName: table });
  const before = probe?.before();
  const start = performance.now();
  let error: string | undefined;
  try {
    await side.load(table);
  } catch (e) {
    error = `${(e as Error).name}: ${(e as Error).message}`;
  }
  const ms = performance.now() - start;
  const probed = probe?.after(before);
  const count = await countItems(target, table);
  await target.deleteTable({ TableName: table });
  return { ms, count, ...(error ? { error } : {}), ...(probe ? { probed } : {}) };
}

/** What one load lost, in words; undefined when the table holds every item and the load did not fail. */
export function lostItems(side: string, load: TimedLoad, total: number): string | undefined {
  if (load.error) return `${side}: the load failed (${load.error}); the table holds ${load.count} of ${total} items`;
  if (load.count !== total) return `${side}: the table holds ${load.count} of ${total} items`;
  return undefined;
}

export interface Compared {
  /** Median milliseconds per side, in the order given. */
  ms: number[];
  /** Every run of any side that lost an item or failed (warm-up runs included). */
  lost: string[];
  /** What the probe measured, per side, for each timed run. */
  probed: unknown[][];
}

/**
 * Runs the sides `runs` times after one warm-up round, each load into a new empty table,
 * rotating which side goes first: a run can leave DynamoDB Local work (garbage of the
 * table just deleted) that slows whatever runs next, and the rotation spreads that alike.
 */
export async function compareLoads(
  target: Target, input: CreateTableCommandInput, total: number, sides: LoadSide[], runs: number,
  probe?: Probe,
): Promise<Compared> {
  const times: number[][] = sides.map(() => []);
  const probed: unknown[][] = sides.map(() => []);
  const lost: string[] = [];
  for (let run = 0; run <= runs; run++) {
    for (let k = 0; k < sides.length; k++) {
      const index = (run + k) % sides.length;
      const side = sides[index] as LoadSide;
      const load = await timedLoad(target, input, side, probe);
      const problem = lostItems(side.name, load, total);
      if (problem) lost.push(run === 0 ? `${problem} (warm-up)` : problem);
      if (run > 0) {
        times[index]?.push(load.ms);
        probed[index]?.push(load.probed);
      }
    }
  }
  return { ms: times.map(median), lost, probed };
}
