/**
 * Load on the busiest key value of each partition template (guide §5): writes are the rps
 * of every pattern that writes the entity × write units on that index (an update that
 * changes an index key costs 2: delete + put; transactions double the table's units) ×
 * the share of items on the busiest value; reads likewise. Templates whose partition keys
 * can hold the same values on one index are summed (overloaded partitions).
 */
import { TRANSACTION_WRITE_FACTOR } from "../dynamo/limits";
import { patternEntities, patternRps, type AccessPattern } from "../model";
import { cardinality, type EntityFacts, type Facts } from "./facts";
import { templatesOn, type Layout } from "./layout";
import type { ReadMapping } from "./reads";
import { entityBytes, readUnitsFor, writeUnitsFor } from "./size";
import { placeholders, templateAttributes, textOf, type Tpl } from "./template";

export interface GroupLoad {
  index: string | null;
  kind: "table" | "global" | "local";
  /** The partition template with placeholders blanked (`TENANT#{}`): what the group shares. */
  shape: string;
  templates: Tpl[];
  /** Write and read units per second on the busiest key value, before sharding. */
  writeUnits: number;
  readUnits: number;
  /** Write units per second on the busiest value per shard, and read units per shard. */
  writeUnitsPerShard: number;
  readUnitsPerShard: number;
  /** Estimated bytes under the busiest key value (all shards). */
  bytes: number;
  /** Distinct partition key values (before sharding). */
  values: number;
  /** Patterns that write and read this group. */
  writers: string[];
  readers: string[];
  /** Every read of the group fetches whole partitions (no limit), so sharding also splits read load. */
  wholePartitionReads: boolean;
}

/** Share of an entity's items on the busiest value of a partition template. */
export function busiestShare(facts: Facts, e: EntityFacts, t: Tpl): { share: number; values: number } {
  const attrs = placeholders(t.pk);
  if (attrs.length === 0) return { share: 1, values: 1 };
  let values = 1;
  for (const a of attrs) values *= cardinality(facts, e, a);
  values = Math.max(1, Math.min(values, e.count));
  return { share: 1 / values, values };
}

const shapes = new WeakMap<ReadonlyArray<unknown>, string>();

/** The partition template with placeholders blanked (cached per parts array). */
function shapeOf(t: Tpl): string {
  let s = shapes.get(t.pk);
  if (s === undefined) {
    s = textOf(t.pk.map((p) => (p.kind === "attr" ? { kind: "lit", text: "{}" } : p)));
    shapes.set(t.pk, s);
  }
  return s;
}

/** Write units one write pattern costs on one template (per request). */
export function writeCost(facts: Facts, e: EntityFacts, t: Tpl, w: AccessPattern): number {
  const item = writeUnitsFor(entityBytes(e) + 160);
  if (t.index === null) {
    const tx = e.uniqueAttrs.length > 0 && (w.kind !== "update" || (w.set ?? []).some((a) => e.uniqueAttrs.includes(a)));
    return item * (tx ? TRANSACTION_WRITE_FACTOR : 1);
  }
  const entry = writeUnitsFor(entityBytes(e) + 120);
  if (w.kind !== "update") return entry;
  const touched = [...templateAttributes(t)].some((a) => (w.set ?? []).includes(a) || (w.add ?? []).includes(a));
  return touched ? 2 * entry : entry;
}

export function computeLoads(facts: Facts, layout: Layout, reads: ReadMapping[]): GroupLoad[] {
  const order = facts.order;
  const writesOf = new Map<string, AccessPattern[]>();
  for (const p of facts.model.accessPatterns) {
    if (p.kind !== "put" && p.kind !== "update" && p.kind !== "delete") continue;
    for (const name of patternEntities(p)) writesOf.set(name, [...(writesOf.get(name) ?? []), p]);
  }
  const groups: GroupLoad[] = [];
  for (const schema of [layout.table, ...layout.indexes]) {
    const byShape = new Map<string, GroupLoad>();
    for (const t of templatesOn(layout, schema.name, order)) {
      const e = facts.entities.get(t.entity);
      if (!e) continue;
      const key = shapeOf(t);
      let g = byShape.get(key);
      if (!g) {
        g = {
          index: schema.name, kind: schema.kind, shape: key, templates: [], writeUnits: 0, readUnits: 0, writeUnitsPerShard: 0, readUnitsPerShard: 0,
          bytes: 0, values: 0, writers: [], readers: [], wholePartitionReads: true,
        };
        byShape.set(key, g);
        groups.push(g);
      }
      g.templates.push(t);
      const { share, values } = busiestShare(facts, e, t);
      g.values = Math.max(g.values, values);
      g.bytes += e.count * share * (entityBytes(e) + 120);
      for (const w of writesOf.get(e.name) ?? []) {
        const load = patternRps(w) * writeCost(facts, e, t, w) * share;
        g.writeUnits += load;
        if (!g.writers.includes(w.id)) g.writers.push(w.id);
      }
    }
  }
  const byTemplate = new Map<Tpl, GroupLoad>();
  for (const g of groups) for (const t of g.templates) byTemplate.set(t, g);
  for (const m of reads) {
    if (!m.plan) continue;
    const plan = m.plan;
    const t = layout.templates.get(plan.entities[0] ?? "")?.get(plan.index);
    const g = t ? byTemplate.get(t) : undefined;
    if (!g) continue;
    const { perRequest, perShard, share } = readCost(facts, layout, m);
    g.readUnits += m.req.rps * perRequest * share;
    g.readUnitsPerShard += m.req.rps * perShard * share;
    if (m.req.limit !== undefined || m.req.kind === "get") g.wholePartitionReads = false;
    if (!g.readers.includes(m.req.id)) g.readers.push(m.req.id);
  }
  for (const g of groups) {
    const shards = Math.max(1, ...g.templates.map((t) => t.shards));
    g.writeUnitsPerShard = g.writeUnits / shards;
  }
  return groups;
}

/** Read units of one request of a mapped read (all shards), per shard, and the busiest-value share. */
export function readCost(facts: Facts, layout: Layout, m: ReadMapping): { perRequest: number; perShard: number; share: number } {
  const plan = m.plan;
  if (!plan) return { perRequest: 0, perShard: 0, share: 0 };
  let bytes = 0, items = 0, share = 0;
  for (const name of plan.entities) {
    const e = facts.entities.get(name);
    const t = layout.templates.get(name)?.get(plan.index);
    if (!e || !t) continue;
    const s = busiestShare(facts, e, t).share;
    share = Math.max(share, s);
    const expected = plan.sort.kind === "eq" ? 1 : Math.max(1, e.count * s);
    items += expected;
    bytes += expected * entityBytes(e);
  }
  const shards = Math.max(1, plan.shards);
  const limit = plan.limit ?? Infinity;
  const perShardItems = Math.min(limit, items / shards);
  const perShard = readUnitsFor(perShardItems * (items > 0 ? bytes / items : 0), plan.consistent);
  return { perRequest: perShard * shards, perShard, share };
}
