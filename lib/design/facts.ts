/**
 * What the planner reads from a model, computed once: entities and attributes by name
 * (Maps, so `__proto__` is an ordinary name), typed prefixes, partition labels and
 * cardinalities. Everything iterates in model order, so output is deterministic.
 */
import {
  compareUtf8, entityCount, type Attribute, type AttributeType, type Entity, type Model,
} from "../model";

export interface AttrFacts {
  name: string;
  type: AttributeType;
  optional: boolean;
  unique: boolean;
  values?: string[];
  ref?: string;
  attribute: Attribute;
}

export interface EntityFacts {
  name: string;
  entity: Entity;
  /** Position in model order. */
  order: number;
  attrs: Map<string, AttrFacts>;
  key: string[];
  keySet: Set<string>;
  /** Typed key prefix (`ORDER`), unique in the model, ordered as the entity names are. */
  prefix: string;
  count: number;
  uniqueAttrs: string[];
}

export interface Facts {
  model: Model;
  entities: Map<string, EntityFacts>;
  list: EntityFacts[];
  /** Entity names in model order. */
  order: string[];
  /** Every attribute name of every entity (physical names must avoid them). */
  attributeNames: Set<string>;
  /** Partition label of an attribute name (`TENANT` for tenantId). */
  label(attribute: string): string;
}

export function buildFacts(model: Model): Facts {
  const prefixes = entityPrefixes(model.entities.map((e) => e.name));
  const list: EntityFacts[] = model.entities.map((entity, order) => {
    const attrs = new Map<string, AttrFacts>();
    for (const a of entity.attributes) {
      if (attrs.has(a.name)) continue;
      attrs.set(a.name, {
        name: a.name, type: a.type, optional: a.optional === true, unique: a.unique === true,
        ...(a.values ? { values: a.values } : {}), ...(a.ref ? { ref: a.ref } : {}), attribute: a,
      });
    }
    return {
      name: entity.name, entity, order, attrs, key: [...entity.key], keySet: new Set(entity.key),
      prefix: prefixes.get(entity.name) ?? entity.name, count: entityCount(entity),
      uniqueAttrs: [...attrs.values()].filter((a) => a.unique && !entity.key.includes(a.name)).map((a) => a.name),
    };
  });
  const entities = new Map(list.map((e) => [e.name, e]));
  const attributeNames = new Set<string>();
  for (const e of list) for (const a of e.attrs.keys()) attributeNames.add(a);
  const owners = ownerIndex(list, entities);
  const labels = new Map<string, string>();
  const label = (attribute: string): string => {
    let l = labels.get(attribute);
    if (l === undefined) {
      l = ownerLabel(list, owners, attribute);
      labels.set(attribute, l);
    }
    return l;
  };
  return { model, entities, list, order: list.map((e) => e.name), attributeNames, label };
}

/**
 * Upper-case entity names (`ORDER`, `ORDERITEM`) when that keeps them distinct and in
 * the same byte order as the names; otherwise the names themselves. Ties in multi-entity
 * results follow entity names (model-format.md, the oracle), so prefix order must match.
 */
export function entityPrefixes(names: string[]): Map<string, string> {
  const upper = names.map((n) => n.toUpperCase());
  const byName = [...names].sort(compareUtf8);
  const byUpper = [...names].sort((a, b) => compareUtf8(a.toUpperCase(), b.toUpperCase()) || compareUtf8(a, b));
  const distinct = new Set(upper).size === upper.length;
  const sameOrder = byName.every((n, i) => n === byUpper[i]);
  return new Map(names.map((n) => [n, distinct && sameOrder ? n.toUpperCase() : n]));
}

/**
 * The label that names a partition of an attribute, after its owner (guide §2): the
 * entity whose key is exactly this attribute, else the entity a `ref` points to, else the
 * entity named like it whose key holds it (`messageId` of Message), else the attribute's
 * own name without an `Id` suffix (`userId` → `USER`).
 */
function ownerLabel(list: EntityFacts[], owners: Owners, attribute: string): string {
  const own = owners.singleKey.get(attribute) ?? owners.refTarget.get(attribute);
  if (own) return own.prefix;
  const stem = attribute.replace(/(?:[-_ ]id|[-_ ]?ID|Id)$/, "").toLowerCase();
  const named = owners.byLowerName.get(stem);
  if (named && named.keySet.has(attribute)) return named.prefix;
  return sanitizeLabel(attribute);
}

interface Owners {
  /** attribute → the first entity whose key is exactly it. */
  singleKey: Map<string, EntityFacts>;
  /** attribute → the entity the first `ref` of that name points to. */
  refTarget: Map<string, EntityFacts>;
  byLowerName: Map<string, EntityFacts>;
}

/** Lookups for owner labels, built once (model order: the first match wins). */
function ownerIndex(list: EntityFacts[], entities: Map<string, EntityFacts>): Owners {
  const singleKey = new Map<string, EntityFacts>(), refTarget = new Map<string, EntityFacts>(), byLowerName = new Map<string, EntityFacts>();
  for (const e of list) {
    const only = e.key.length === 1 ? e.key[0] : undefined;
    if (only !== undefined && !singleKey.has(only)) singleKey.set(only, e);
    if (!byLowerName.has(e.name.toLowerCase())) byLowerName.set(e.name.toLowerCase(), e);
    for (const a of e.attrs.values()) {
      const target = a.ref ? entities.get(a.ref) : undefined;
      if (target && !refTarget.has(a.name)) refTarget.set(a.name, target);
    }
  }
  return { singleKey, refTarget, byLowerName };
}

/** Upper-case letters and digits of a name, without an id suffix (`user-id` → `USER`). */
export function sanitizeLabel(name: string): string {
  const stripped = name.replace(/(?:[-_ ]id|[-_ ]?ID|Id)$/, "");
  const clean = (stripped === "" ? name : stripped).toUpperCase().replace(/[^A-Z0-9]/g, "");
  return clean === "" ? "ATTR" : clean;
}

/** An attribute of an entity, through the Map (never a plain-object lookup). */
export function attrOf(facts: Facts, entity: string, attribute: string): AttrFacts | undefined {
  return facts.entities.get(entity)?.attrs.get(attribute);
}

/** Low-cardinality attributes (an enum or a boolean) go after the owner in a key, not alone in it. */
export function isLowCardinality(a: AttrFacts | undefined): boolean {
  return !!a && (a.type === "boolean" || (a.values !== undefined && a.values.length > 0));
}

/**
 * Distinct values an attribute takes, for load per key value (guide §5): a ref's target
 * count, an enum's size, 2 for booleans, a number's integer range, else the entity count.
 */
export function cardinality(facts: Facts, e: EntityFacts, attribute: string): number {
  const a = e.attrs.get(attribute);
  if (!a) return e.count;
  if (a.ref) return facts.entities.get(a.ref)?.count ?? e.count;
  const owner = facts.list.find((o) => o.key.length === 1 && o.key[0] === attribute);
  if (owner && owner !== e) return owner.count;
  if (a.values && a.values.length > 0) return a.values.length;
  if (a.type === "boolean") return 2;
  const { min, max } = a.attribute;
  if (a.type === "number" && min !== undefined && max !== undefined) return Math.max(1, Math.min(e.count, Math.floor(max - min) + 1));
  return e.count;
}
