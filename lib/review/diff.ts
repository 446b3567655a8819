/**
 * What changed between two versions of a model (a review): the model's entities and
 * access patterns, the keys and indexes of the two designs, the pattern → operation
 * mapping, and the monthly cost. Pure: both sides are derived data (side.ts).
 */
import type { AccessPattern, Attribute, Entity, Model } from "../model";
import type { DesignJson, EntityIndexKeys } from "../design";
import { diffList, fieldChanges, isEmptyListDiff, type FieldChange, type ListDiff } from "./changes";
import type { ReviewSide } from "./side";

export interface EntityChanges {
  /** Entities added or removed; changed entities list their own fields (count, key, notes). */
  entities: ListDiff;
  /** Per entity present on both sides: its attributes added, removed or changed. */
  attributes: Array<{ entity: string; diff: ListDiff }>;
}

export interface CostDelta {
  before: number;
  after: number;
  delta: number;
}

export interface ReviewDiff {
  /** Model-level fields: name, description, notes, table settings. */
  model: FieldChange[];
  entities: EntityChanges;
  /** Access patterns, every field including `notes`. */
  accessPatterns: ListDiff;
  /** The table's key schema and the design's type/owner attributes. */
  table: FieldChange[];
  /** GSIs and LSIs by name: type, keys, projection. */
  indexes: ListDiff;
  /** Key templates per entity and index (`Order on table`, `Order on GSI1`). */
  keyTemplates: ListDiff;
  /** How each access pattern is served: operation, index, key condition, served, shards… */
  operations: ListDiff;
  /** Monthly cost, on-demand and provisioned; null where it could not be computed on either side. */
  cost: { onDemand: CostDelta; provisioned: CostDelta; region: { before: string; after: string } } | { error: string };
}

const ENTITY_FIELDS = (e: Entity) => ({ count: e.count, key: e.key, notes: e.notes });
const ATTRIBUTE_FIELDS = (a: Attribute) => ({ ...a, name: undefined });
const PATTERN_FIELDS = (p: AccessPattern) => ({ ...p, id: undefined });

type IndexJson = DesignJson["table"]["indexes"][number];
const INDEX_FIELDS = (i: IndexJson) => ({ type: i.type, partitionKey: i.partitionKey, sortKey: i.sortKey, projection: i.projection });
const TEMPLATE_KEY = (k: EntityIndexKeys) => `${k.entity} on ${k.index ?? "table"}`;
const TEMPLATE_FIELDS = (k: EntityIndexKeys) => ({ partitionKey: k.partitionKey, sortKey: k.sortKey, when: k.when, shards: k.shards, reverse: k.reverse });

type OperationJson = DesignJson["accessPatterns"][number];
/** The parts of a pattern's mapping a reviewer reads: not the prose or the unit estimates. */
const OPERATION_FIELDS = (o: OperationJson) => ({
  served: o.served, operation: o.operation, index: o.index, keyCondition: o.keyCondition, filter: o.filter,
  scanIndexForward: o.scanIndexForward, consistentRead: o.consistentRead, shards: o.shards,
  condition: o.condition, updateExpression: o.updateExpression, techniques: o.techniques,
});

function modelFields(m: Model): Record<string, unknown> {
  return { name: m.name, description: m.description, notes: m.notes, table: m.table };
}

export function diffModels(before: Model, after: Model): Pick<ReviewDiff, "model" | "entities" | "accessPatterns"> {
  const entities = diffList(before.entities, after.entities, (e) => e.name, ENTITY_FIELDS);
  const afterEntities = new Map(after.entities.map((e) => [e.name, e] as const));
  const attributes: EntityChanges["attributes"] = [];
  for (const entity of before.entities) {
    const other = afterEntities.get(entity.name);
    if (!other) continue;
    const diff = diffList(entity.attributes, other.attributes, (a) => a.name, ATTRIBUTE_FIELDS);
    if (!isEmptyListDiff(diff)) attributes.push({ entity: entity.name, diff });
  }
  return {
    model: fieldChanges(modelFields(before), modelFields(after)),
    entities: { entities, attributes },
    accessPatterns: diffList(before.accessPatterns, after.accessPatterns, (p) => p.id, PATTERN_FIELDS),
  };
}

export function diffDesigns(before: DesignJson, after: DesignJson): Pick<ReviewDiff, "table" | "indexes" | "keyTemplates" | "operations"> {
  const tableFields = (d: DesignJson) => ({
    name: d.table.name, partitionKey: d.table.partitionKey, sortKey: d.table.sortKey, keyTypes: d.table.keyTypes,
    typeAttribute: d.table.typeAttribute, ownerAttribute: d.table.ownerAttribute, uniqueness: d.uniqueness,
  });
  return {
    table: fieldChanges(tableFields(before), tableFields(after)),
    indexes: diffList(before.table.indexes, after.table.indexes, (i) => i.name, INDEX_FIELDS),
    keyTemplates: diffList(before.entityIndexes, after.entityIndexes, TEMPLATE_KEY, TEMPLATE_FIELDS),
    operations: diffList(before.accessPatterns, after.accessPatterns, (o) => o.id, OPERATION_FIELDS),
  };
}

function costDelta(before: number, after: number): CostDelta {
  return { before, after, delta: after - before };
}

/** The whole review of `base` → `head`. Swapping the sides swaps added/removed and before/after. */
export function diffReview(base: ReviewSide, head: ReviewSide): ReviewDiff {
  const b = base.cost, h = head.cost;
  const cost: ReviewDiff["cost"] =
    "error" in b ? { error: b.error }
    : "error" in h ? { error: h.error }
    : {
      onDemand: costDelta(b.onDemandUsd, h.onDemandUsd),
      provisioned: costDelta(b.provisionedUsd, h.provisionedUsd),
      region: { before: b.region, after: h.region },
    };
  return { ...diffModels(base.model, head.model), ...diffDesigns(base.design, head.design), cost };
}

/** Nothing compared differs: no model, design or cost change. */
export function isEmptyReview(d: ReviewDiff): boolean {
  const costSame = "error" in d.cost || (d.cost.onDemand.delta === 0 && d.cost.provisioned.delta === 0);
  return d.model.length === 0 && d.table.length === 0 && costSame
    && isEmptyListDiff(d.entities.entities) && d.entities.attributes.length === 0
    && [d.accessPatterns, d.indexes, d.keyTemplates, d.operations].every(isEmptyListDiff);
}
