/**
 * The illustrative placement: sampled key values hashed onto the estimated number of
 * partitions (hash.ts), each partition summing the load and size of the keys it got.
 * It is a picture, not a prediction: DynamoDB's hash and split points are not published
 * (dynamodb-facts.md). What it shows truly is how lumpy the load is: one hot key makes
 * one hot partition, whatever the hash.
 *
 * The busiest `budget` key values are placed one by one; the rest of the load (the long
 * tail of small values, and Scans, which read every partition) is spread evenly, as a
 * uniform hash spreads many small keys.
 */
import { PARTITION_BYTES, PARTITION_READ_UNITS_PER_SECOND, PARTITION_WRITE_UNITS_PER_SECOND } from "../dynamo/limits";
import { parseKeyTemplate } from "../model";
import { keyHash, partitionOf } from "./hash";
import type { KeyHeat } from "./heat";
import { utf8Length } from "./item-size";
import type { Capacity } from "./types";

export const PLACEMENT_HASH = "FNV-1a 32-bit over UTF-8, murmur3 fmix32 finish, equal hash ranges per partition";

export interface KeyLoads {
  readUnitsPerSecond: Float64Array;
  writeUnitsPerSecond: Float64Array;
  sizeBytes: Float64Array;
}

export interface PlacementInput extends KeyLoads {
  keys: ReadonlyArray<string>;
  partitions: number;
  /** Load not carried by the sampled keys, spread evenly over every partition. */
  background?: { readUnitsPerSecond: number; writeUnitsPerSecond: number; sizeBytes: number };
}

export interface Placement extends KeyLoads {
  illustrative: true;
  hash: string;
  partitions: number;
  /** Sampled keys per partition. */
  keys: Uint32Array;
  /** Per partition, the index (in the input) of its most loaded key, or -1. */
  hottestKey: Int32Array;
  hashedKeys: number;
  hashedBytes: number;
}

/** Places every key: one hash and a few additions per key, typed arrays throughout. */
export function placeKeys(input: PlacementInput): Placement {
  const p = Math.max(1, Math.floor(input.partitions));
  const read = new Float64Array(p), write = new Float64Array(p), size = new Float64Array(p);
  const keys = new Uint32Array(p), hottest = new Int32Array(p).fill(-1), hottestLoad = new Float64Array(p).fill(-1);
  const bg = input.background;
  if (bg) {
    read.fill(bg.readUnitsPerSecond / p);
    write.fill(bg.writeUnitsPerSecond / p);
    size.fill(bg.sizeBytes / p);
  }
  const r = input.readUnitsPerSecond, w = input.writeUnitsPerSecond, b = input.sizeBytes;
  let bytes = 0;
  const n = input.keys.length;
  for (let i = 0; i < n; i++) {
    const key = input.keys[i] as string;
    bytes += utf8Length(key);
    const at = partitionOf(keyHash(key), p);
    const ri = r[i] ?? 0, wi = w[i] ?? 0, bi = b[i] ?? 0;
    read[at] = (read[at] ?? 0) + ri;
    write[at] = (write[at] ?? 0) + wi;
    size[at] = (size[at] ?? 0) + bi;
    keys[at] = (keys[at] ?? 0) + 1;
    const u = Math.max(ri / PARTITION_READ_UNITS_PER_SECOND, wi / PARTITION_WRITE_UNITS_PER_SECOND, bi / PARTITION_BYTES);
    if (u > (hottestLoad[at] ?? 0)) {
      hottestLoad[at] = u;
      hottest[at] = i;
    }
  }
  return { illustrative: true, hash: PLACEMENT_HASH, partitions: p, readUnitsPerSecond: read, writeUnitsPerSecond: write, sizeBytes: size, keys, hottestKey: hottest, hashedKeys: n, hashedBytes: bytes };
}

/** Logical values sampled for a key under a budget of physical keys (every shard of each). */
export function sampledValues(heat: KeyHeat, budget: number): number {
  return Math.max(1, Math.min(Math.floor(heat.values), Math.floor(budget / heat.shards)));
}

/** Loads of the first `values` logical values × shards, rank order, shard-minor. */
export function keyLoads(heat: KeyHeat, values: number): KeyLoads {
  const shards = heat.shards, n = values * shards;
  const read = new Float64Array(n), write = new Float64Array(n), size = new Float64Array(n);
  const terms = heat.terms;
  for (let rank = 1, i = 0; rank <= values; rank++) {
    let rr = 0, ww = 0, bb = 0;
    for (const t of terms) {
      const share = t.spread.share(rank);
      rr += t.read * share;
      ww += t.write * share;
      bb += t.bytes * share;
    }
    for (let s = 0; s < shards; s++, i++) {
      read[i] = rr;
      write[i] = ww;
      size[i] = bb;
    }
  }
  return { readUnitsPerSecond: read, writeUnitsPerSecond: write, sizeBytes: size };
}

/**
 * Stand-in key values: the template with its first placeholder written `{name=rank}` and
 * the others `{name}`, plus the shard suffix. Real values are unknown and irrelevant to a
 * uniform hash; what matters is that distinct values are distinct strings.
 */
export function standInKeys(heat: KeyHeat, values: number): string[] {
  const parsed = parseKeyTemplate(heat.key);
  const parts = parsed.ok ? parsed.parts : [{ literal: heat.key }];
  const firstAttr = parts.findIndex((x) => "attribute" in x);
  const before = parts.slice(0, firstAttr < 0 ? parts.length : firstAttr).map((x) => ("literal" in x ? x.literal : `{${x.attribute}}`)).join("");
  const after = firstAttr < 0 ? "" : parts.slice(firstAttr + 1).map((x) => ("literal" in x ? x.literal : `{${x.attribute}}`)).join("");
  const first = firstAttr < 0 ? undefined : parts[firstAttr];
  const name = first && "attribute" in first ? first.attribute : "";
  const out: string[] = [];
  for (let rank = 1; rank <= values; rank++) {
    const base = firstAttr < 0 ? before : `${before}{${name}=${rank}}${after}`;
    if (heat.shards <= 1) out.push(base);
    else for (let s = 0; s < heat.shards; s++) out.push(`${base}#${s}`);
  }
  return out;
}

export interface TargetPlacement {
  index: string | null;
  placement: Placement;
  /** The key of every placed value, and which KeyHeat it belongs to. */
  keys: string[];
  owners: Uint16Array;
  heats: KeyHeat[];
  /** Logical key values represented (sampled plus the tail). */
  representedValues: number;
}

/** Default number of physical key values placed per table or index. */
export const PLACEMENT_BUDGET = 4096;

/** The placement of one table (null) or GSI: its keys' busiest values, the rest spread evenly. */
export function placeTarget(c: Capacity, heats: KeyHeat[], index: string | null, budget = PLACEMENT_BUDGET): TargetPlacement {
  const mine = heats.filter((h) => h.index === index);
  const load = c.loads.find((l) => l.index === index);
  const partitions = load?.partitions ?? 1;
  const perKey = Math.max(1, Math.floor(budget / Math.max(1, mine.length)));
  const keys: string[] = [];
  const owner: number[] = [];
  const parts: KeyLoads[] = [];
  const background = { readUnitsPerSecond: 0, writeUnitsPerSecond: 0, sizeBytes: 0 };
  let represented = 0;
  mine.forEach((h, hi) => {
    const values = sampledValues(h, perKey);
    const loads = keyLoads(h, values);
    for (const k of standInKeys(h, values)) {
      keys.push(k);
      owner.push(hi);
    }
    parts.push(loads);
    represented += h.values;
    const sum = (a: Float64Array) => a.reduce((s, x) => s + x, 0);
    background.readUnitsPerSecond += Math.max(0, h.total.readUnitsPerSecond - sum(loads.readUnitsPerSecond));
    background.writeUnitsPerSecond += Math.max(0, h.total.writeUnitsPerSecond - sum(loads.writeUnitsPerSecond));
    background.sizeBytes += Math.max(0, h.total.sizeBytes - sum(loads.sizeBytes));
  });
  // Scans read every partition; uniqueness items and other loads not on a key are spread too.
  const keyed = mine.reduce((s, h) => ({ r: s.r + h.total.readUnitsPerSecond, w: s.w + h.total.writeUnitsPerSecond, b: s.b + h.total.sizeBytes }), { r: 0, w: 0, b: 0 });
  if (load) {
    background.readUnitsPerSecond += Math.max(0, load.readUnitsPerSecond - keyed.r);
    background.writeUnitsPerSecond += Math.max(0, load.writeUnitsPerSecond - keyed.w);
    background.sizeBytes += Math.max(0, load.storageBytes - keyed.b);
  }
  const concat = (pick: (l: KeyLoads) => Float64Array) => {
    const out = new Float64Array(keys.length);
    let at = 0;
    for (const l of parts) {
      out.set(pick(l), at);
      at += pick(l).length;
    }
    return out;
  };
  const placement = placeKeys({
    keys, partitions, background,
    readUnitsPerSecond: concat((l) => l.readUnitsPerSecond), writeUnitsPerSecond: concat((l) => l.writeUnitsPerSecond), sizeBytes: concat((l) => l.sizeBytes),
  });
  return { index, placement, keys, owners: Uint16Array.from(owner), heats: mine, representedValues: represented };
}
