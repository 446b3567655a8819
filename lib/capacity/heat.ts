/**
 * Partition heat per key value (guide/key-design.md §5; bp-partition-key-design):
 * the load on one value of a partition key is, over every pattern that touches it,
 *
 *     rps × units per request × the share of the pattern's items on that value
 *
 * (keyValueLoad in key-load.ts). Writes divide over the key's write shards (a hash of the
 * item's identity picks one); every read of a sharded key fans out to all shards, so each
 * shard takes the read's per-shard units. Storage likewise: items on the value × their
 * stored size, with the 100-byte overhead.
 *
 * Templates whose partition keys share a shape (`TENANT#{}`) on one index are one key:
 * their items share the values (an item collection, or an overloaded GSI partition).
 * LSI entries and reads belong to the table's key: an LSI shares its partition key.
 */
import {
  ITEM_COLLECTION_BYTES_WITH_LSI, ITEM_STORAGE_OVERHEAD_BYTES, PARTITION_BYTES, PARTITION_READ_UNITS_PER_SECOND, PARTITION_WRITE_UNITS_PER_SECOND,
} from "../dynamo/limits";
import { entityCount, parseKeyTemplate, type Model } from "../model";
import { keyValueLoad, type KeyLoad } from "./key-load";
import { placeholdersOf, type EntityProfile } from "./profile";
import { keySpread, type KeySpread } from "./selectivity";
import type { Capacity, PatternCapacity } from "./types";

interface Member {
  entity: string;
  template: string;
  spread: KeySpread;
  /** Items of the entity on this key (all values). */
  items: number;
  /** Stored bytes per item on this key, overhead included. */
  bytesPerItem: number;
  shards: number;
  /** Write units per request landing on this key, per write pattern id. */
  writes: Map<string, number>;
}

export interface KeyHeat {
  /** null: the table (with its LSIs); otherwise a GSI. */
  index: string | null;
  /** The partition-key template (the first entity's): `TENANT#{tenantId}`, or a constant value. */
  key: string;
  entities: string[];
  /** Distinct logical values (before sharding). */
  values: number;
  /** Write shards the design gives this key (1: none). */
  shards: number;
  writers: string[];
  readers: string[];
  /** Every reader fetches whole key values (no limit): sharding also splits their reads. */
  wholePartitionReads: boolean;
  /** The busiest logical value, all its shards together. */
  logical: KeyLoad;
  /** The busiest physical value (one shard of the busiest logical value): what a partition sees. */
  busiest: KeyLoad;
  /** Every value together. */
  total: KeyLoad;
  /** The busiest physical value's load over the per-partition limits (1 = at a limit). */
  utilization: number;
  over: { reads: boolean; writes: boolean; size: boolean; itemCollection: boolean };
  overLimit: boolean;
  /** The load's terms: Σ term × share(rank) for any value (loadAt). */
  terms: HeatTerm[];
  /** Load on one physical value of logical rank `rank` (1 = busiest). */
  at(rank: number): KeyLoad;
}

function shapeOf(template: string): string {
  const parsed = parseKeyTemplate(template);
  if (!parsed.ok) return template;
  return parsed.parts.map((p) => ("literal" in p ? p.literal : "{}")).join("");
}

function member(model: Model, profile: EntityProfile, template: string, index: string | null, c: Capacity): Member | undefined {
  const entity = model.entities.find((e) => e.name === profile.entity);
  if (!entity) return undefined;
  const spread = keySpread(model, entity, placeholdersOf(template), c.options.distribution);
  const count = entityCount(entity);
  let items = count, bytesPerItem = profile.itemBytes + ITEM_STORAGE_OVERHEAD_BYTES, shards = 1;
  if (index !== null) {
    const ix = profile.indexes.find((i) => i.index === index);
    if (!ix) return undefined;
    items = count * ix.share;
    bytesPerItem = ix.entryBytes + ITEM_STORAGE_OVERHEAD_BYTES;
    shards = ix.shards;
  } else {
    // LSI entries live in the item's collection, under the same partition-key value.
    for (const ix of profile.indexes) if (ix.type === "local") bytesPerItem += ix.share * (ix.entryBytes + ITEM_STORAGE_OVERHEAD_BYTES);
  }
  const writes = new Map<string, number>();
  const lsis = new Set(profile.indexes.filter((i) => i.type === "local").map((i) => i.index));
  for (const p of c.patterns) {
    if (p.entities[0] !== profile.entity) continue;
    let units = 0;
    for (const part of p.writeParts) {
      if (part.attribute !== undefined) continue;
      if (index === null ? part.index === null || lsis.has(part.index) : part.index === index) units += part.writeUnits;
    }
    if (units > 0) writes.set(p.id, units);
  }
  return { entity: profile.entity, template, spread, items, bytesPerItem, shards, writes };
}

/** The heat of every partition key of the table and its GSIs, hottest first. */
export function keyHeat(c: Capacity): KeyHeat[] {
  const groups = new Map<string, { index: string | null; members: Member[]; reads: PatternCapacity[] }>();
  const keyOf = (index: string | null, template: string) => `${index ?? ""}\u0000${shapeOf(template)}`;
  const targets: Array<string | null> = [null, ...c.design.table.indexes.filter((i) => i.type === "global").map((i) => i.name)];
  for (const index of targets) {
    for (const profile of c.profiles) {
      const template = index === null ? profile.tablePartitionKey : profile.indexes.find((i) => i.index === index)?.partitionKey;
      if (!template) continue;
      const m = member(c.model, profile, template, index, c);
      if (!m) continue;
      const k = keyOf(index, template);
      const g = groups.get(k) ?? { index, members: [], reads: [] };
      g.members.push(m);
      groups.set(k, g);
    }
  }
  for (const p of c.patterns) {
    if (p.kind === "scan" || p.readUnitsPerRequest === 0) continue;
    const first = c.profiles.find((x) => x.entity === p.entities[0]);
    if (!first) continue;
    const local = p.index !== null && c.design.table.indexes.some((i) => i.name === p.index && i.type === "local");
    const index = local ? null : p.index;
    const template = index === null ? first.tablePartitionKey : first.indexes.find((i) => i.index === index)?.partitionKey;
    if (template) groups.get(keyOf(index, template))?.reads.push(p);
  }
  const out = [...groups.values()].map((g) => heatOf(c, g.index, g.members, g.reads));
  return out.sort((a, b) => b.utilization - a.utilization || (a.index ?? "").localeCompare(b.index ?? "") || a.key.localeCompare(b.key));
}

/**
 * One term of a key's load: coefficients that multiply the share of the value of rank r,
 * so the load of any value is Σ coefficient × share(r) (keyValueLoad), cheap enough to
 * evaluate for a million values (placement.ts).
 */
export interface HeatTerm {
  spread: KeySpread;
  /** Per physical value (per shard): read and write units/s, items and bytes at share 1. */
  read: number;
  write: number;
  items: number;
  bytes: number;
}

function termsOf(c: Capacity, members: Member[], reads: PatternCapacity[]): HeatTerm[] {
  const terms: HeatTerm[] = members.map((m) => ({
    spread: m.spread,
    read: 0,
    write: keyValueLoad([...m.writes].map(([id, units]) => ({ rps: rpsOf(c, id), units, share: 1 / m.shards }))),
    items: m.items / m.shards,
    bytes: (m.items * m.bytesPerItem) / m.shards,
  }));
  for (const p of reads) {
    const i = Math.max(0, members.findIndex((m) => m.entity === p.entities[0]));
    const t = terms[i];
    // A read of a sharded key queries every shard: each takes the per-shard units.
    if (t) t.read += keyValueLoad([{ rps: p.rps, units: p.readUnitsPerShard, share: 1 }]);
  }
  return terms;
}

export function loadAt(terms: ReadonlyArray<HeatTerm>, rank: number): KeyLoad {
  const load: KeyLoad = { readUnitsPerSecond: 0, writeUnitsPerSecond: 0, sizeBytes: 0, items: 0 };
  for (const t of terms) {
    const share = t.spread.share(rank);
    load.readUnitsPerSecond += t.read * share;
    load.writeUnitsPerSecond += t.write * share;
    load.items += t.items * share;
    load.sizeBytes += t.bytes * share;
  }
  return load;
}

function heatOf(c: Capacity, index: string | null, members: Member[], reads: PatternCapacity[]): KeyHeat {
  const first = members[0] as Member;
  const shards = Math.max(1, ...members.map((m) => m.shards));
  const terms = termsOf(c, members, reads);
  const readSpread = (p: PatternCapacity) => members.find((m) => m.entity === p.entities[0])?.spread ?? first.spread;
  const busiest = loadAt(terms, 1);
  const logical: KeyLoad = {
    readUnitsPerSecond: keyValueLoad(reads.map((p) => ({ rps: p.rps, units: p.readUnitsPerRequest, share: readSpread(p).share(1) }))),
    writeUnitsPerSecond: busiest.writeUnitsPerSecond * shards, sizeBytes: busiest.sizeBytes * shards, items: busiest.items * shards,
  };
  const total: KeyLoad = {
    readUnitsPerSecond: reads.reduce((s, p) => s + p.rps * p.readUnitsPerRequest, 0),
    writeUnitsPerSecond: members.reduce((s, m) => s + [...m.writes].reduce((t, [id, u]) => t + rpsOf(c, id) * u, 0), 0),
    sizeBytes: members.reduce((s, m) => s + m.items * m.bytesPerItem, 0), items: members.reduce((s, m) => s + m.items, 0),
  };
  const over = {
    reads: busiest.readUnitsPerSecond > PARTITION_READ_UNITS_PER_SECOND,
    writes: busiest.writeUnitsPerSecond > PARTITION_WRITE_UNITS_PER_SECOND,
    size: busiest.sizeBytes > PARTITION_BYTES,
    itemCollection: c.hasLsi && index === null && logical.sizeBytes > ITEM_COLLECTION_BYTES_WITH_LSI,
  };
  const writers = [...new Set(members.flatMap((m) => [...m.writes.keys()]))];
  return {
    index, key: first.template, entities: members.map((m) => m.entity), values: Math.max(...members.map((m) => m.spread.values)), shards,
    writers, readers: reads.map((p) => p.id), wholePartitionReads: reads.length > 0 && reads.every((p) => c.model.accessPatterns.find((x) => x.id === p.id)?.limit === undefined && p.kind !== "get"),
    logical, busiest, total, utilization: utilizationOf(busiest), over, overLimit: over.reads || over.writes || over.size || over.itemCollection,
    terms, at: (rank) => loadAt(terms, rank),
  };
}

function rpsOf(c: Capacity, id: string): number {
  return c.patterns.find((p) => p.id === id)?.rps ?? 0;
}

/** Traffic over the per-partition limits: the larger of reads/3,000 and writes/1,000 (the heat; size is not traffic). */
export function throughputUtilization(readUnitsPerSecond: number, writeUnitsPerSecond: number): number {
  return Math.max(readUnitsPerSecond / PARTITION_READ_UNITS_PER_SECOND, writeUnitsPerSecond / PARTITION_WRITE_UNITS_PER_SECOND);
}

/** Load over the per-partition limits: the largest of reads/3,000, writes/1,000 and size/10 GB. */
export function utilizationOf(load: KeyLoad): number {
  return Math.max(load.readUnitsPerSecond / PARTITION_READ_UNITS_PER_SECOND, load.writeUnitsPerSecond / PARTITION_WRITE_UNITS_PER_SECOND, load.sizeBytes / PARTITION_BYTES);
}
