/**
 * Write-sharding advice (bp-partition-key-sharding; guide/key-design.md §5): a key value
 * whose load passes a safety margin of one partition's limits is spread over N suffixes,
 *
 *     N = ceil(load / (limit × margin)),  margin 0.8, at most 1,000
 *
 * for writes, and for reads too when every reader fetches whole key values (a read with a
 * limit still queries every shard). Its price is read fan-out: every read of the key
 * issues N Queries, each charged at least the minimum and each reading up to `limit`
 * items. A single hot item cannot be split by a suffix: the advice is then to cache it
 * (DAX) or to keep copies (read sharding), which multiplies its writes.
 */
import { PARTITION_READ_UNITS_PER_SECOND, PARTITION_WRITE_UNITS_PER_SECOND } from "../dynamo/limits";
import type { KeyHeat } from "./heat";
import type { Capacity, PatternCapacity } from "./types";
import { queryReadUnits } from "./units";

/** Plan for 80% of a partition (the design engine's SAFETY_MARGIN, lib/design/sharding.ts, is the same). */
export const SHARD_PLANNING_MARGIN = 0.8;
export const MAX_SHARD_SUFFIXES = 1000;

export type ShardAdviceKind = "shard" | "fewer-shards" | "cache-item" | "none";

export interface ReadFanOut {
  accessPattern: string;
  /** Queries per read at the advised suffix count. */
  queries: number;
  readUnitsPerRequest: number;
  /** Extra read units per second over the same reads without shards. */
  extraReadUnitsPerSecond: number;
}

export interface ShardAdvice {
  index: string | null;
  key: string;
  kind: ShardAdviceKind;
  /** Suffixes the design gives the key now. */
  currentShards: number;
  /** Suffixes the load needs: N = ceil(load / (limit × 0.8)). */
  suffixes: number;
  /** The load on the busiest logical value, before sharding. */
  writeUnitsPerSecond: number;
  readUnitsPerSecond: number;
  fanOut: ReadFanOut[];
  extraReadUnitsPerSecond: number;
  message: string;
}

function needed(load: number, limit: number): number {
  return load > limit * SHARD_PLANNING_MARGIN ? Math.ceil(load / (limit * SHARD_PLANNING_MARGIN)) : 1;
}

/** Read units of one request of a read pattern when its key has `shards` suffixes. */
export function fannedOutReadUnits(p: PatternCapacity, limit: number | undefined, shards: number): number {
  const perShardItems = Math.min(limit ?? Infinity, p.matchingItems / shards);
  return shards * queryReadUnits(perShardItems, p.itemBytes, p.consistency);
}

export function shardAdvice(c: Capacity, heat: KeyHeat): ShardAdvice {
  const w = heat.logical.writeUnitsPerSecond, r = heat.logical.readUnitsPerSecond;
  const singleItem = heat.logical.items <= 1.0001;
  const suffixes = Math.min(MAX_SHARD_SUFFIXES, Math.max(needed(w, PARTITION_WRITE_UNITS_PER_SECOND), heat.wholePartitionReads ? needed(r, PARTITION_READ_UNITS_PER_SECOND) : 1));
  const readers = c.patterns.filter((p) => heat.readers.includes(p.id));
  const fanOut = suffixes > 1 ? readers.map((p): ReadFanOut => {
    const limit = c.model.accessPatterns.find((x) => x.id === p.id)?.limit;
    const at = fannedOutReadUnits(p, limit, suffixes);
    return { accessPattern: p.id, queries: suffixes, readUnitsPerRequest: at, extraReadUnitsPerSecond: p.rps * (at - fannedOutReadUnits(p, limit, 1)) };
  }) : [];
  const extra = fanOut.reduce((s, f) => s + f.extraReadUnitsPerSecond, 0);
  const where = `${heat.index ?? "table"} key ${heat.key}`;
  const base = { index: heat.index, key: heat.key, currentShards: heat.shards, suffixes, writeUnitsPerSecond: w, readUnitsPerSecond: r, fanOut, extraReadUnitsPerSecond: extra };
  const readHot = heat.busiest.readUnitsPerSecond > PARTITION_READ_UNITS_PER_SECOND * SHARD_PLANNING_MARGIN;
  if (singleItem && (readHot || w > PARTITION_WRITE_UNITS_PER_SECOND * SHARD_PLANNING_MARGIN)) {
    return { ...base, kind: "cache-item", suffixes: 1, fanOut: [], extraReadUnitsPerSecond: 0, message: `${where}: one item takes about ${fmt(r)} read and ${fmt(w)} write units/s. A suffix cannot split one item: cache its reads (DAX, or in the application), or keep copies under several keys and read one at random (each write then updates every copy).` };
  }
  if (suffixes > heat.shards) {
    const reads = fanOut.length ? ` Every read then issues ${suffixes} Queries (${fanOut.map((f) => `${f.accessPattern}: ${fmt(f.readUnitsPerRequest)} read units per request`).join("; ")}), about ${fmt(extra)} more read units/s than unsharded.` : "";
    return { ...base, kind: "shard", message: `${where}: its busiest value takes about ${fmt(w)} write and ${fmt(r)} read units/s; at ${SHARD_PLANNING_MARGIN * 100}% of one partition's ${fmt(PARTITION_WRITE_UNITS_PER_SECOND)} write / ${fmt(PARTITION_READ_UNITS_PER_SECOND)} read units it needs ${suffixes} suffixes (#0..#${suffixes - 1}, from a hash of the item's key)${heat.shards > 1 ? `, the design has ${heat.shards}` : ""}.${reads}` };
  }
  if (heat.shards > 1 && suffixes < heat.shards) {
    return { ...base, kind: "fewer-shards", message: `${where}: the design spreads it over ${heat.shards} suffixes; at this load ${suffixes} would do${suffixes === 1 ? " (no sharding)" : ""}. The design engine counts every write of a sparse index's entity; this estimate counts only the items in the index. Fewer shards mean cheaper reads: each read issues one Query per shard.` };
  }
  return { ...base, kind: "none", message: `${where}: within ${SHARD_PLANNING_MARGIN * 100}% of one partition's limits${heat.shards > 1 ? ` with its ${heat.shards} shards` : ""}.` };
}

/** Advice for every key that needs (or has) shards, or holds a hot item. */
export function allShardAdvice(c: Capacity, heats: KeyHeat[]): ShardAdvice[] {
  return heats.map((h) => shardAdvice(c, h)).filter((a) => a.kind !== "none");
}

export function fmt(n: number): string {
  if (n === 0) return "0";
  if (Math.abs(n) >= 100) return Math.round(n).toLocaleString("en-US");
  if (Math.abs(n) >= 1) return (Math.round(n * 10) / 10).toLocaleString("en-US");
  return n.toPrecision(2);
}
