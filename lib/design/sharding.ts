/**
 * Write sharding (guide §5, dynamodb-facts.md "Write sharding"): when the busiest value of
 * an index's partition key would take more than 80% of one partition's 1,000 write units
 * per second (or 3,000 read units for reads that fetch whole partitions), its templates
 * get N = ceil(load / (limit × 0.8)) suffixes. Only index keys are sharded: the table's
 * keys address single items (get, update, delete), and a hot table key is reported.
 */
import { PARTITION_READ_UNITS_PER_SECOND, PARTITION_WRITE_UNITS_PER_SECOND } from "../dynamo/limits";
import type { GroupLoad } from "./load";

/** Safety margin: plan for 80% of a partition's throughput (documented in docs/design-rules.md). */
export const SAFETY_MARGIN = 0.8;
/** More shards than this is an unbounded fan-out (POOR_FIT). */
export const MAX_SHARDS = 1000;

export function shardsFor(g: GroupLoad): number {
  const w = g.writeUnits > PARTITION_WRITE_UNITS_PER_SECOND * SAFETY_MARGIN
    ? Math.ceil(g.writeUnits / (PARTITION_WRITE_UNITS_PER_SECOND * SAFETY_MARGIN)) : 1;
  const r = g.wholePartitionReads && g.readUnits > PARTITION_READ_UNITS_PER_SECOND * SAFETY_MARGIN
    ? Math.ceil(g.readUnits / (PARTITION_READ_UNITS_PER_SECOND * SAFETY_MARGIN)) : 1;
  return Math.min(MAX_SHARDS, Math.max(w, r));
}

/** Sets shard counts on the index templates of hot groups; returns the groups it sharded. */
export function applySharding(groups: GroupLoad[]): GroupLoad[] {
  const sharded: GroupLoad[] = [];
  for (const g of groups) {
    if (g.kind !== "global") continue;
    const n = shardsFor(g);
    if (n <= 1) continue;
    for (const t of g.templates) t.shards = n;
    sharded.push(g);
  }
  return sharded;
}
