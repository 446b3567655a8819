/**
 * Units per request of every access pattern on the design (Developer Guide:
 * read-write-operations, CapacityUnitCalculations, GSI, LSI, transaction-apis):
 * - GetItem: the item rounded up to 4 KB; ½ unit per 4 KB eventually consistent, 1 strong.
 * - Query: the items it reads summed, rounded once per 1 MB page; with write shards, one
 *   Query per shard, each charged on its own (at least the minimum). Items per request are
 *   the pattern's matching items (count × the share its conditions keep), capped by limit.
 * - Scan: every item (or index entry) it evaluates; filters do not reduce the charge.
 * - Writes: the item rounded up to 1 KB (Put/Update on the larger of before and after,
 *   taken as the same size); uniqueness items too; TransactWriteItems doubles the table's
 *   units. Each index the item is in: 1 write per entry put or deleted, 2 when an update
 *   changes the entry's key (delete + put), 1 when it changes only projected attributes,
 *   0 otherwise; weighted by the share of items the (sparse) index holds.
 * LSI units land on the table: an LSI consumes the table's capacity (LSI page).
 */
import { entityCount, patternConsistency, patternRps, type AccessPattern, type Entity, type Model } from "../model";
import type { AccessPatternDesign, Design } from "../design";
import type { EntityProfile, IndexPresence } from "./profile";
import { whereShare } from "./selectivity";
import type { PatternCapacity, TargetUnits, WritePart } from "./types";
import { queryReadUnits, readUnits, writeUnits, type Consistency } from "./units";

export interface RequestContext {
  model: Model;
  design: Design;
  profiles: Map<string, EntityProfile>;
  scale: number;
  transactionIndexFactor: 1 | 2;
}

export function patternCapacity(ctx: RequestContext, p: AccessPatternDesign): PatternCapacity {
  const pattern = p.pattern;
  const base: PatternCapacity = {
    id: p.id, kind: p.kind, entities: p.entities, operation: p.operation, index: p.index, served: p.served,
    rps: patternRps(pattern) * ctx.scale, consistency: patternConsistency(pattern), shards: Math.max(1, p.shards),
    itemsPerRequest: 0, readUnitsPerRequest: 0, writeUnitsPerRequest: 0, targets: [], writeParts: [], readUnitsPerShard: 0, matchingItems: 0, itemBytes: 0, notes: [],
  };
  if (!p.served || !p.operation) return { ...base, notes: ["not served: no units are counted"] };
  if (p.kind === "put" || p.kind === "update" || p.kind === "delete") return writeCapacity(ctx, p, base);
  if (p.kind === "scan") return scanCapacity(ctx, p, base);
  return readCapacity(ctx, p, base);
}

/** The table (null) or a GSI: LSI reads and writes consume the table's capacity. */
function targetOf(design: Design, index: string | null): string | null {
  if (index === null) return null;
  return design.table.indexes.find((i) => i.name === index)?.type === "local" ? null : index;
}

function bytesOn(profile: EntityProfile, index: string | null): number {
  if (index === null) return profile.itemBytes;
  return profile.indexes.find((i) => i.index === index)?.entryBytes ?? profile.itemBytes;
}

function entityNamed(model: Model, name: string): Entity | undefined {
  return model.entities.find((e) => e.name === name);
}

/** Items of one entity a read returns: 1 for a get (or equality on the whole key), else count × the share its conditions keep. */
export function matchingItems(model: Model, pattern: AccessPattern, entity: Entity): number {
  if (pattern.kind === "get") return 1;
  const where = pattern.where ?? {};
  const eq = Object.entries(where).filter(([, c]) => c === "eq").map(([a]) => a);
  const whole = entity.key.every((k) => eq.includes(k));
  return whole ? 1 : entityCount(entity) * whereShare(model, entity, where);
}

function readCapacity(ctx: RequestContext, p: AccessPatternDesign, base: PatternCapacity): PatternCapacity {
  const plan = p.plan;
  const consistency: Consistency = base.consistency;
  let items = 0, bytes = 0;
  for (const name of plan?.entities ?? p.entities) {
    const entity = entityNamed(ctx.model, name), profile = ctx.profiles.get(name);
    if (!entity || !profile) continue;
    const n = matchingItems(ctx.model, p.pattern, entity);
    items += n;
    bytes += n * bytesOn(profile, p.index);
  }
  const size = items > 0 ? bytes / items : 0;
  const notes: string[] = [];
  let perShard: number, total: number, read: number;
  if (p.operation === "GetItem") {
    read = 1;
    perShard = readUnits(size, consistency);
    total = perShard;
  } else if (p.operation === "BatchGetItem") {
    // Each item rounded on its own (BatchGetItem), at least one item's minimum.
    read = items;
    perShard = Math.max(1, Math.ceil(items)) * readUnits(size, consistency);
    total = perShard;
  } else {
    const shards = base.shards;
    const limit = p.limit ?? Infinity;
    const perShardItems = Math.min(limit, items / shards);
    read = perShardItems * shards;
    perShard = queryReadUnits(perShardItems, size, consistency);
    total = perShard * shards;
    if (shards > 1) notes.push(`${shards} Queries, one per shard, each charged at least the minimum${p.limit !== null ? ` and each reading up to ${p.limit} items` : ""}`);
    if (hasRuntimeRange(p.pattern)) notes.push("a range condition's selectivity is unknown: the whole key value is assumed, up to the limit");
  }
  return { ...base, itemsPerRequest: read, readUnitsPerRequest: total, readUnitsPerShard: perShard, matchingItems: items, itemBytes: size, targets: [{ index: targetOf(ctx.design, p.index), readUnits: total, writeUnits: 0 }], notes };
}

function hasRuntimeRange(pattern: AccessPattern): boolean {
  return Object.values(pattern.where ?? {}).some((c) => typeof c === "string" && c !== "eq" && c !== "exists" && c !== "notExists");
}

function scanCapacity(ctx: RequestContext, p: AccessPatternDesign, base: PatternCapacity): PatternCapacity {
  const scan = p.scan;
  const index = scan?.index ?? null;
  let items = 0, bytes = 0, matching = 0;
  for (const profile of ctx.profiles.values()) {
    if (index === null) {
      items += profile.count;
      bytes += profile.count * profile.itemBytes;
      for (const u of profile.uniqueness) {
        items += profile.count * u.share;
        bytes += profile.count * u.share * u.bytes;
      }
    } else {
      const ix = profile.indexes.find((i) => i.index === index);
      if (!ix) continue;
      items += profile.count * ix.share;
      bytes += profile.count * ix.share * ix.entryBytes;
    }
  }
  const entity = entityNamed(ctx.model, scan?.entity ?? p.entities[0] ?? "");
  if (entity) matching = entityCount(entity) * whereShare(ctx.model, entity, p.pattern.where);
  // With a limit the Scan stops once it has found that many: it evaluates that share of the index.
  const fraction = p.limit !== null && matching > p.limit ? p.limit / matching : 1;
  const units = queryReadUnits(1, bytes * fraction, base.consistency);
  const where = index === null ? "the table" : index;
  return {
    ...base, itemsPerRequest: items * fraction, readUnitsPerRequest: units, readUnitsPerShard: units, matchingItems: matching, itemBytes: items > 0 ? bytes / items : 0,
    targets: [{ index: targetOf(ctx.design, index), readUnits: units, writeUnits: 0 }],
    notes: [`a Scan reads every item of ${where} (${Math.round(items * fraction).toLocaleString("en-US")} items) and is charged for all of them, filtered or not`],
  };
}

function changedAttributes(pattern: AccessPattern): string[] {
  return [...(pattern.set ?? []), ...(pattern.add ?? []), ...(pattern.condition === "version" ? ["version"] : [])];
}

/** Index writes per request for one entry: 2 on a key change, 1 for projected attributes, 0 otherwise. */
function entryWrites(p: AccessPatternDesign, ix: IndexPresence): number {
  if (p.kind !== "update") return 1;
  if ((p.indexKeyUpdates ?? []).some((u) => u.index === ix.index)) return 2;
  const changed = changedAttributes(p.pattern);
  if (ix.projection === "ALL") return changed.length > 0 ? 1 : 0;
  if (ix.projection === "KEYS_ONLY") return 0;
  return changed.some((a) => (ix.projection as { include: string[] }).include.includes(a)) ? 1 : 0;
}

function writeCapacity(ctx: RequestContext, p: AccessPatternDesign, base: PatternCapacity): PatternCapacity {
  const name = p.entities[0] ?? "";
  const profile = ctx.profiles.get(name);
  if (!profile) return base;
  const transaction = p.operation === "TransactWriteItems";
  const factor = transaction ? 2 : 1;
  const parts: WritePart[] = [{ index: null, writeUnits: factor * writeUnits(profile.itemBytes) }];
  for (const action of p.transactItems ?? []) {
    if (action.target !== "uniqueness") continue;
    const u = profile.uniqueness.find((x) => x.attribute === action.attribute);
    parts.push({ index: null, ...(action.attribute !== undefined ? { attribute: action.attribute } : {}), writeUnits: factor * writeUnits(u?.bytes ?? 0) * (u?.share ?? 1) });
  }
  const indexFactor = transaction ? ctx.transactionIndexFactor : 1;
  for (const ix of profile.indexes) {
    parts.push({ index: ix.index, writeUnits: entryWrites(p, ix) * ix.share * writeUnits(ix.entryBytes) * indexFactor });
  }
  const byTarget = new Map<string | null, number>();
  for (const part of parts) {
    const target = targetOf(ctx.design, part.index);
    byTarget.set(target, (byTarget.get(target) ?? 0) + part.writeUnits);
  }
  const items = parts.filter((x) => x.index === null).length;
  const targets: TargetUnits[] = [...byTarget].map(([index, w]) => ({ index, readUnits: 0, writeUnits: w }));
  const total = targets.reduce((s, t) => s + t.writeUnits, 0);
  const notes = transaction ? [`TransactWriteItems: the table's units are doubled; index writes ×${ctx.transactionIndexFactor} (AWS reports 1×, DynamoDB Local doubles them)`] : [];
  return { ...base, itemsPerRequest: items, writeUnitsPerRequest: total, targets, writeParts: parts, notes };
}
