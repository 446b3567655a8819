/**
 * generateItems: seeded sample items for a model, streamed (docs/sample-data.md).
 *
 * 1. Plan: each attribute's mode and stream (plan.ts); item counts (counts.ts), lowered for
 *    an entity whose keys or unique values cannot be that many, the rest given to others.
 * 2. Key pass: the keys of every referenced entity, parents first, kept in arrays (the only
 *    memory that grows with the item count, besides keys.ts's set for keys without an id).
 * 3. Item pass: entities in dependency order, items one at a time, never collected.
 */
import { entityCount, type Model } from "../model";
import { allocateCounts, shares, type EntityCounts } from "./counts";
import { isoDatetime, parseDatetime, anchorMs, WINDOW_MS, WINDOW_START_MS } from "./datetime";
import { detPow } from "./detmath";
import { EMBED_LIMIT } from "./ids";
import { KeyMaker, type KeySource } from "./keys";
import { createPermutation, type Permutation } from "./permute";
import { buildPlan, capacity, capacityParents, domainOf, PRESENT, type AttributePlan, type Domain, type EntityPlan, type ModelPlan } from "./plan";
import type { Rng } from "./rng";
import { drawEmbedded, drawValue, type ItemContext } from "./values";

export type Distribution = "uniform" | "skewed";

export interface GenerateOptions {
  /** Items in all, split over the entities (allocateCounts). Default 10,000. */
  items?: number;
  /** Any text or number; a number is taken as its text (1 and "1" are the same seed). Default 1. */
  seed?: string | number;
  /**
   * How children spread over their parents. `uniform` (default): each child picks a parent
   * with equal chance. `skewed`: Zipf-like, the parent of rank k (its generation order) is
   * picked with weight 1/k^1.1, so a few parents have many children.
   */
  distribution?: Distribution;
}

/** One item in model terms (values as in lib-dynamodb: numbers, Uint8Array, Set for sets). */
export interface GeneratedItem {
  entity: string;
  item: Record<string, unknown>;
}

export const DEFAULT_ITEMS = 10_000;
export const DEFAULT_SEED = 1;
/** Zipf exponent of the skewed distribution. */
export const ZIPF_EXPONENT = 1.1;

/**
 * The items of `model`, one at a time, parents first. Options are checked at once (a
 * RangeError); the work starts when iteration does.
 */
export function generateItems(model: Model, options: GenerateOptions = {}): Generator<GeneratedItem, void, undefined> {
  const total = options.items ?? DEFAULT_ITEMS;
  if (!Number.isSafeInteger(total) || total < 0) throw new RangeError(`items must be a whole number >= 0, got ${String(total)}`);
  const distribution = options.distribution ?? "uniform";
  if (distribution !== "uniform" && distribution !== "skewed") throw new RangeError(`distribution must be "uniform" or "skewed", got ${String(distribution)}`);
  return stream(model, total, String(options.seed ?? DEFAULT_SEED), distribution);
}

function* stream(model: Model, total: number, seed: string, distribution: Distribution): Generator<GeneratedItem, void, undefined> {
  const plan = buildPlan(model, seed);
  const counts = plannedCounts(model, plan, total);
  const run = new Run(plan, counts, distribution);
  for (const name of plan.keyOrder) run.makeKeys(name);
  for (const name of plan.order) yield* run.items(name);
}

/**
 * allocateCounts, then fitted to capacity (plan.ts): an entity cannot have more items than
 * distinct keys (Slot [userId, day] with 3 days: 3 per user) or distinct values of a
 * unique attribute. For an entity over its capacity, in model order:
 * 1. when its keys (or unique values) come from parents, items move from it to the parent
 *    that needs the fewest to make room and has room itself (ArticleTag [articleId, tagName]
 *    with one Tag: a few more tags, a few fewer article tags);
 * 2. otherwise it is cut to its capacity and the rest is split over the entities not cut.
 * Finally entities with room take up any shortfall. The total is exact unless every entity
 * is at its capacity.
 */
export function plannedCounts(model: Model, plan: ModelPlan, total: number): EntityCounts {
  const counts = allocateCounts(model, total);
  const names = model.entities.map((e) => e.name);
  const weights = model.entities.map((e) => entityCount(e));
  const cut = new Set<string>();
  const capOf = (name: string, trial: EntityCounts = counts): number => {
    const p = plan.entities.get(name);
    return p ? capacity(p, trial) : Infinity;
  };
  const get = (name: string) => counts[name] ?? 0;
  for (let round = 0; round < 8 * names.length + 8; round++) {
    const name = names.find((n) => !cut.has(n) && get(n) > capOf(n));
    if (name === undefined) break;
    const p = plan.entities.get(name);
    const want = get(name);
    let best: { parent: string; moved: number } | undefined;
    for (const parent of p ? capacityParents(p) : []) {
      if (cut.has(parent) || parent === name) continue;
      const trial = (x: number) => ({ ...counts, [parent]: get(parent) + x, [name]: want - x });
      const moved = smallestMove(want, (x) => capOf(name, trial(x)) >= want - x);
      // The parent must have room for what it receives; moving more only makes that harder.
      if (moved === undefined || capOf(parent, trial(moved)) < get(parent) + moved) continue;
      if (!best || moved < best.moved) best = { parent, moved };
    }
    if (best) {
      counts[best.parent] = get(best.parent) + best.moved;
      counts[name] = want - best.moved;
      continue;
    }
    const cap = Math.max(1, Math.floor(capOf(name)));
    counts[name] = cap;
    cut.add(name);
    const open = names.filter((n) => !cut.has(n));
    const extra = shares(want - cap, open.map((n) => weights[names.indexOf(n)] ?? 0));
    open.forEach((n, k) => (counts[n] = get(n) + (extra[k] ?? 0)));
  }
  // Whatever is still over (a rare chain of cuts) is cut without moving items elsewhere.
  for (let changed = true; changed;) {
    changed = false;
    for (const name of names) {
      const cap = Math.max(1, Math.floor(capOf(name)));
      if (get(name) > cap) {
        counts[name] = cap;
        changed = true;
      }
    }
  }
  // Cuts can leave the total short while some entity still has room: top those up, in
  // proportion to count (adding items never lowers another entity's capacity).
  const target = Math.max(Math.floor(total), names.length);
  for (let round = 0; round < 64; round++) {
    const deficit = target - names.reduce((sum, n) => sum + get(n), 0);
    const room = names.filter((n) => get(n) < capOf(n));
    if (deficit <= 0 || room.length === 0) break;
    const extra = shares(deficit, room.map((n) => weights[names.indexOf(n)] ?? 0));
    let given = 0;
    room.forEach((n, k) => {
      const add = Math.min(extra[k] ?? 0, capOf(n) - get(n));
      counts[n] = get(n) + add;
      given += add;
    });
    const first = room[0];
    if (given === 0 && first !== undefined) counts[first] = get(first) + 1;
  }
  return counts;
}

/** The least x in [1, want - 1] with fits(x) (fits grows with x), or undefined. */
function smallestMove(want: number, fits: (x: number) => boolean): number | undefined {
  if (want < 2 || !fits(want - 1)) return undefined;
  let lo = 1, hi = want - 1;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (fits(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

interface ParentTable {
  keys: unknown[];
  /** Cumulative Zipf weights by rank, for the skewed distribution and self-refs. */
  cdf: Float64Array | undefined;
}

/** A unique attribute's shuffle, over its domain or over 40-bit embedded numbers. */
interface UniqueSource {
  permutation: Permutation;
  domain: Domain | undefined;
}

class Run implements KeySource {
  private readonly tables = new Map<string, ParentTable>();
  private readonly anchorShuffles = new Map<EntityPlan, Permutation>();

  constructor(private readonly plan: ModelPlan, private readonly counts: EntityCounts, private readonly distribution: Distribution) {}

  keysOf(entity: string): readonly unknown[] {
    return this.tables.get(entity)?.keys ?? [];
  }

  choose(entity: string, rng: Rng, selfIndex: number | undefined, optional: boolean): unknown {
    const table = this.tables.get(entity);
    if (!table || table.keys.length === 0) return undefined;
    let limit = table.keys.length;
    if (selfIndex !== undefined) {
      // A self-ref points at an earlier item; the first item points at itself, or has none.
      if (selfIndex === 0 && optional) return undefined;
      limit = Math.max(1, Math.min(limit, selfIndex));
    }
    return table.keys[this.pick(table, rng, limit)];
  }

  private pick(table: ParentTable, rng: Rng, limit: number): number {
    const cdf = table.cdf;
    if (this.distribution === "uniform" || !cdf) return rng.below(limit);
    const target = rng.next() * (cdf[limit - 1] ?? 0);
    let lo = 0, hi = limit - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((cdf[mid] ?? 0) > target) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  anchorOf(plan: EntityPlan, index: number, attempt: number): number {
    const a = plan.anchor;
    if (!a) return NaN;
    if (a.unique) {
      let shuffle = this.anchorShuffles.get(plan);
      if (!shuffle) {
        shuffle = createPermutation(WINDOW_MS, a.permutationSeed);
        this.anchorShuffles.set(plan, shuffle);
      }
      if (index < shuffle.size) return WINDOW_START_MS + shuffle.at(index);
    }
    return anchorMs(a.rng.reseed(a.seed, index, attempt));
  }

  private context(p: EntityPlan, index: number): ItemContext {
    const inKey = p.anchor !== undefined && p.anchor.keyPosition >= 0;
    return { index, anchorMs: p.anchor && !inKey ? this.anchorOf(p, index, 0) : NaN };
  }

  /** The keys of a referenced entity (its key is one attribute: R4). */
  makeKeys(name: string): void {
    const p = this.plan.entities.get(name);
    if (!p) return;
    const n = this.counts[name] ?? 0;
    let keys: unknown[];
    if (p.keysOf !== undefined) {
      // On a cycle of key refs: the root's keys, item for item (its keys came first: keyOrder).
      keys = this.keysOf(p.keysOf).slice(0, n);
    } else {
      const maker = new KeyMaker(p, this);
      keys = new Array<unknown>(n);
      for (let i = 0; i < n; i++) keys[i] = maker.make(i, this.context(p, i))[0];
    }
    const cdf = this.distribution === "skewed" ? zipfCdf(n) : undefined;
    this.tables.set(name, { keys, cdf });
  }

  *items(name: string): Generator<{ entity: string; item: Record<string, unknown> }, void, undefined> {
    const p = this.plan.entities.get(name);
    if (!p) return;
    const n = this.counts[name] ?? 0;
    const stored = p.referenced ? this.tables.get(name)?.keys : undefined;
    const maker = stored ? undefined : new KeyMaker(p, this);
    const uniques = new Map<AttributePlan, UniqueSource>();
    for (const a of p.attributes) {
      if (!a.unique || (a.mode.kind === "datetime" && a === p.anchor)) continue;
      const domain = domainOf(a.mode, (e) => this.keysOf(e));
      uniques.set(a, { permutation: createPermutation(domain ? domain.size : EMBED_LIMIT, a.permutationSeed), domain });
    }
    const anchorInKey = p.anchor && p.anchor.keyPosition >= 0 ? p.anchor.keyPosition : -1;
    for (let i = 0; i < n; i++) {
      const ctx = this.context(p, i);
      let key: readonly unknown[];
      if (stored) {
        key = [stored[i]];
        if (anchorInKey >= 0) ctx.anchorMs = parseDatetime(String(key[anchorInKey]));
      } else {
        key = (maker as KeyMaker).make(i, ctx);
      }
      const item: Record<string, unknown> = {};
      for (const a of p.attributes) {
        const value = a.keyPosition >= 0 ? key[a.keyPosition] : this.value(a, i, ctx, uniques.get(a));
        if (value === undefined) continue;
        if (a.name === "__proto__") Object.defineProperty(item, a.name, { value, enumerable: true, writable: true, configurable: true });
        else item[a.name] = value;
      }
      yield { entity: name, item };
    }
  }

  private value(a: AttributePlan, index: number, ctx: ItemContext, unique: UniqueSource | undefined): unknown {
    const rng = a.rng.reseed(a.seed, index, 0);
    if (a.optional && !rng.chance(PRESENT)) return undefined;
    if (a.mode.kind === "datetime" && a.mode.role === "anchor") return isoDatetime(ctx.anchorMs);
    if (unique) {
      if (!unique.domain) return drawEmbedded(a, rng, ctx, index, unique.permutation.at(index));
      if (index < unique.permutation.size) return unique.domain.at(unique.permutation.at(index));
      // More items than values: only reachable for optional attributes (counts are capped).
      return a.optional ? undefined : drawValue(a, rng, ctx, this);
    }
    return drawValue(a, rng, ctx, this);
  }
}

/** Cumulative weights 1/k^1.1 for ranks k = 1..n. */
function zipfCdf(n: number): Float64Array {
  const cdf = new Float64Array(n);
  let sum = 0;
  for (let k = 0; k < n; k++) {
    sum += detPow(k + 1, -ZIPF_EXPONENT);
    cdf[k] = sum;
  }
  return cdf;
}
