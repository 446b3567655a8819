/**
 * Entity profiles measured on sample items: every item's exact size as stored (itemKeys
 * adds the physical keys and the type attribute) by the rules of item-size.ts, which
 * share of items carries each index's keys, and each index entry's exact size by its
 * projection. Deterministic: the model's own `samples` where an entity has them,
 * otherwise items from the seeded generator (docs/sample-data.md).
 *
 * To measure every entity on the same number of items, the generator runs on a copy of
 * the model whose counts are all `perEntity`: counts shape how many items there are,
 * not what one item looks like.
 */
import { entityCount, getOwn, type Entity, type Model, type Projection } from "../model";
import { itemKeys, uniquenessItems, type Design } from "../design";
import { decodeItem, generateItems } from "../simulate";
import { itemBytes, utf8Length, valueBytes } from "./item-size";
import { presence, type EntityProfile, type IndexPresence } from "./profile";

export const DEFAULT_MEASURED_ITEMS = 200;

interface Tally {
  items: number;
  bytes: number;
  tableKeyBytes: number;
  attributeBytes: number;
  inIndex: number[];
  entryBytes: number[];
  unique: Map<string, { items: number; bytes: number }>;
}

type Sampled = { entity: string; item: Record<string, unknown> };

function* samples(model: Model, perEntity: number, seed: string | number): Generator<Sampled> {
  const given = new Set<string>();
  for (const s of model.samples ?? []) {
    const entity = model.entities.find((e) => e.name === s.entity);
    if (!entity) continue;
    given.add(entity.name);
    yield { entity: entity.name, item: decodeItem(entity, s.item) };
  }
  if (given.size === model.entities.length) return;
  const { samples: _dropped, ...rest } = model;
  const copy: Model = { ...rest, entities: model.entities.map((e) => ({ ...e, count: perEntity })) };
  for (const g of generateItems(copy, { items: perEntity * model.entities.length, seed })) {
    if (!given.has(g.entity)) yield g;
  }
}

/** Measured profiles by entity name; an entity without any sample item is left out. */
export function measuredProfiles(model: Model, design: Design, perEntity = DEFAULT_MEASURED_ITEMS, seed: string | number = 1): Map<string, EntityProfile> {
  const indexes = design.table.indexes;
  const tallies = new Map<string, Tally>();
  for (const { entity, item } of samples(model, perEntity, seed)) {
    let keys: Record<string, unknown>;
    try {
      keys = itemKeys(design, entity, item);
    } catch {
      continue;
    }
    let t = tallies.get(entity);
    if (!t) {
      t = { items: 0, bytes: 0, tableKeyBytes: 0, attributeBytes: 0, inIndex: indexes.map(() => 0), entryBytes: indexes.map(() => 0), unique: new Map() };
      tallies.set(entity, t);
    }
    const stored = { ...item, ...keys };
    const size = itemBytes(stored);
    const tableKeys = attrBytes(keys, [design.table.partitionKey.name, design.table.sortKey?.name]);
    t.items++;
    t.bytes += size;
    t.attributeBytes += itemBytes(item);
    t.tableKeyBytes += tableKeys;
    indexes.forEach((ix, i) => {
      const names = [ix.partitionKey.name, ix.sortKey?.name].filter((n): n is string => !!n);
      if (!names.every((n) => getOwn(keys, n) !== undefined)) return;
      t.inIndex[i] = (t.inIndex[i] ?? 0) + 1;
      t.entryBytes[i] = (t.entryBytes[i] ?? 0) + entrySize(stored, ix.projection, tableKeys + attrBytes(keys, ix.type === "local" ? [ix.sortKey?.name] : names));
    });
    for (const [attribute, u] of uniquenessByAttribute(design, entity, item)) {
      const m = t.unique.get(attribute) ?? { items: 0, bytes: 0 };
      m.items++;
      m.bytes += itemBytes(u);
      t.unique.set(attribute, m);
    }
  }
  const out = new Map<string, EntityProfile>();
  for (const entity of model.entities) {
    const t = tallies.get(entity.name);
    if (t && t.items > 0) out.set(entity.name, profileOf(design, entity, t));
  }
  return out;
}

function attrBytes(keys: Record<string, unknown>, names: Array<string | undefined>): number {
  let n = 0;
  for (const name of names) {
    if (name === undefined) continue;
    const v = getOwn(keys, name);
    if (v !== undefined) n += utf8Length(name) + valueBytes(v);
  }
  return n;
}

function entrySize(stored: Record<string, unknown>, projection: Projection, keys: number): number {
  if (projection === "ALL") return itemBytes(stored);
  if (projection === "KEYS_ONLY") return keys;
  return keys + projection.include.reduce((s, name) => {
    const v = getOwn(stored, name);
    return v === undefined ? s : s + utf8Length(name) + valueBytes(v);
  }, 0);
}

/** uniquenessItems in attribute order (the design lists them so). */
function uniquenessByAttribute(design: Design, entity: string, item: Record<string, unknown>): Array<[string, Record<string, string | number>]> {
  const attributes = design.uniqueness.filter((u) => u.entity === entity).map((u) => u.attribute).filter((a) => getOwn(item, a) !== undefined);
  const items = uniquenessItems(design, entity, item);
  return attributes.flatMap((a, i) => {
    const u = items[i];
    return u ? [[a, u] as [string, Record<string, string | number>]] : [];
  });
}

function profileOf(design: Design, entity: Entity, t: Tally): EntityProfile {
  const templates = design.entities.find((e) => e.entity === entity.name)?.keys ?? [];
  const table = templates.find((k) => k.index === null);
  const indexes: IndexPresence[] = design.table.indexes.flatMap((ix, i) => {
    const k = templates.find((x) => x.index === ix.name);
    if (!k) return [];
    const inIndex = t.inIndex[i] ?? 0;
    return [{ ...presence(k, ix, inIndex / t.items), entryBytes: inIndex > 0 ? (t.entryBytes[i] ?? 0) / inIndex : 0 }];
  });
  return {
    entity: entity.name, count: entityCount(entity), attributeBytes: t.attributeBytes / t.items, itemBytes: t.bytes / t.items,
    tableKeyBytes: t.tableKeyBytes / t.items, tablePartitionKey: table?.partitionKey ?? "", ...(table?.sortKey !== undefined ? { tableSortKey: table.sortKey } : {}),
    indexes,
    uniqueness: design.uniqueness.filter((u) => u.entity === entity.name).map((u) => {
      const m = t.unique.get(u.attribute);
      return { attribute: u.attribute, share: (m?.items ?? 0) / t.items, bytes: m && m.items > 0 ? m.bytes / m.items : 0 };
    }),
    source: "measured", samples: t.items,
  };
}
