/**
 * Entity profiles: how big one item is as DynamoDB stores it, which indexes it is in and
 * how big each index entry is (Developer Guide: CapacityUnitCalculations for sizes; GSI
 * and LSI pages for projections and sparse indexes). Declared here from the model and
 * the design's key templates; measure.ts measures the same fields on sample items.
 */
import { entityCount, parseKeyTemplate, type Attribute, type Entity, type Model, type Projection, type WhereMap } from "../model";
import type { Design, EntityIndexKeys, IndexDesign } from "../design";
import { declaredKeyTextBytes, declaredValueBytes, presentShare, sizingAttribute } from "./declared";
import { utf8Length } from "./item-size";
import { attributeOf, indexShare } from "./selectivity";

export interface IndexPresence {
  index: string;
  type: "global" | "local";
  projection: Projection;
  partitionKey: string;
  sortKey?: string;
  when?: WhereMap;
  shards: number;
  /** Share of the entity's items that carry this index's keys (1 unless sparse). */
  share: number;
  /** Bytes of one index entry: its keys, the table's keys and the projected attributes. */
  entryBytes: number;
}

export interface UniquenessProfile {
  attribute: string;
  /** Share of the entity's items that hold a value (and so a uniqueness item). */
  share: number;
  bytes: number;
}

export interface EntityProfile {
  entity: string;
  count: number;
  /** The entity's own attributes (expected: optional ones weighted by their presence). */
  attributeBytes: number;
  /** The item as stored: attributes, table keys, the index keys it carries, the type attribute. */
  itemBytes: number;
  tableKeyBytes: number;
  tablePartitionKey: string;
  tableSortKey?: string;
  indexes: IndexPresence[];
  uniqueness: UniquenessProfile[];
  source: "declared" | "measured";
  /** Items measured (0 when declared). */
  samples: number;
}

export function placeholdersOf(template: string | undefined): string[] {
  if (template === undefined) return [];
  const parsed = parseKeyTemplate(template);
  return parsed.ok ? parsed.parts.flatMap((p) => ("attribute" in p ? [p.attribute] : [])) : [];
}

/** Bytes of a rendered key value: literals plus each placeholder's typical text. */
export function templateBytes(model: Model, entity: Entity, template: string, type: "S" | "N" | "B", shards = 1): number {
  const parsed = parseKeyTemplate(template);
  if (!parsed.ok) return utf8Length(template);
  const parts = parsed.parts;
  const only = parts.length === 1 ? parts[0] : undefined;
  if (only && "attribute" in only && type !== "S") {
    const found = attributeOf(entity, only.attribute);
    const a = found ? sizingAttribute(model, found) : undefined;
    return a ? declaredValueBytes(a) : 1;
  }
  let n = 0;
  for (const p of parts) {
    if ("literal" in p) n += utf8Length(p.literal);
    else {
      const a = attributeOf(entity, p.attribute);
      n += a ? declaredKeyTextBytes(sizingAttribute(model, a)) : 8;
    }
  }
  return n + (shards > 1 ? 1 + String(shards - 1).length : 0);
}

function keyBytes(model: Model, entity: Entity, keys: { partitionKey: string; sortKey?: string; shards?: number }, schema: { partitionKey: { name: string; type: "S" | "N" | "B" }; sortKey?: { name: string; type: "S" | "N" | "B" } }): number {
  let n = utf8Length(schema.partitionKey.name) + templateBytes(model, entity, keys.partitionKey, schema.partitionKey.type, keys.shards ?? 1);
  if (schema.sortKey && keys.sortKey !== undefined) n += utf8Length(schema.sortKey.name) + templateBytes(model, entity, keys.sortKey, schema.sortKey.type);
  return n;
}

function attributeBytes(model: Model, a: Attribute): number {
  return presentShare(a) * (utf8Length(a.name) + declaredValueBytes(sizingAttribute(model, a)));
}

/** The entity's declared profile on a design. */
export function declaredProfile(model: Model, design: Design, entity: Entity): EntityProfile {
  const templates = design.entities.find((e) => e.entity === entity.name)?.keys ?? [];
  const table = templates.find((k) => k.index === null);
  const attributes = entity.attributes.reduce((s, a) => s + attributeBytes(model, a), 0);
  const tableKeyBytes = table ? keyBytes(model, entity, table, design.table) : 0;
  const typeBytes = utf8Length(design.table.typeAttribute) + utf8Length(entity.name);
  const placed = templates.flatMap((k) => {
    const schema = k.index === null ? undefined : design.table.indexes.find((i) => i.name === k.index);
    return schema ? [{ k, schema }] : [];
  });
  const shares = placed.map(({ k }) => indexShare(model, entity, k.when, [...placeholdersOf(k.partitionKey), ...placeholdersOf(k.sortKey)]));
  const indexKeyBytes = placed.map(({ k, schema }) => keyBytes(model, entity, k, schema));
  // An LSI shares the table's partition key attribute: only its sort key is stored again.
  const ownKeyBytes = placed.map(({ k, schema }, i) => (schema.type === "local" && schema.sortKey ? utf8Length(schema.sortKey.name) + templateBytes(model, entity, k.sortKey ?? "", schema.sortKey.type) : (indexKeyBytes[i] ?? 0)));
  const itemBytes = attributes + tableKeyBytes + typeBytes + ownKeyBytes.reduce((s, b, i) => s + b * (shares[i] ?? 0), 0);
  const indexes: IndexPresence[] = placed.map(({ k, schema }, i) => ({
    ...presence(k, schema, shares[i] ?? 0),
    entryBytes: entryBytes(model, entity, schema.projection, itemBytes + (ownKeyBytes[i] ?? 0) * (1 - (shares[i] ?? 0)), tableKeyBytes + (schema.type === "local" ? (ownKeyBytes[i] ?? 0) : (indexKeyBytes[i] ?? 0))),
  }));
  return {
    entity: entity.name, count: entityCount(entity), attributeBytes: attributes, itemBytes, tableKeyBytes,
    tablePartitionKey: table?.partitionKey ?? "", ...(table?.sortKey !== undefined ? { tableSortKey: table.sortKey } : {}),
    indexes, uniqueness: declaredUniqueness(model, design, entity), source: "declared", samples: 0,
  };
}

export function presence(k: EntityIndexKeys, schema: IndexDesign, share: number): Omit<IndexPresence, "entryBytes"> {
  return {
    index: schema.name, type: schema.type, projection: schema.projection, partitionKey: k.partitionKey,
    ...(k.sortKey !== undefined ? { sortKey: k.sortKey } : {}), ...(k.when ? { when: k.when } : {}), shards: Math.max(1, k.shards ?? 1), share,
  };
}

/** Bytes of an index entry by projection (GSI/LSI "Projections"): ALL is the whole item. */
function entryBytes(model: Model, entity: Entity, projection: Projection, fullItem: number, keys: number): number {
  if (projection === "ALL") return fullItem;
  if (projection === "KEYS_ONLY") return keys;
  let n = keys;
  for (const name of projection.include) {
    const a = attributeOf(entity, name);
    if (a) n += attributeBytes(model, a);
  }
  return n;
}

/**
 * A uniqueness item (guide §6): its key in both the partition and the sort key, the type
 * attribute `_unique`, and the owner reference (the owning item's table key as JSON).
 */
function declaredUniqueness(model: Model, design: Design, entity: Entity): UniquenessProfile[] {
  const table = design.entities.find((e) => e.entity === entity.name)?.keys.find((k) => k.index === null);
  const ownerText = table ? templateBytes(model, entity, table.partitionKey, "S") + templateBytes(model, entity, table.sortKey ?? "", "S") + 8 : 40;
  return design.uniqueness.filter((u) => u.entity === entity.name).map((u) => {
    const a = attributeOf(entity, u.attribute);
    const key = templateBytes(model, entity, u.key, "S");
    const sk = design.table.sortKey ? utf8Length(design.table.sortKey.name) + key : 0;
    const bytes = utf8Length(design.table.partitionKey.name) + key + sk + utf8Length(design.table.typeAttribute) + utf8Length("_unique") + utf8Length(design.table.ownerAttribute) + ownerText;
    return { attribute: u.attribute, share: a ? presentShare(a) : 1, bytes };
  });
}

