/**
 * How items spread (guide/key-design.md §5): the distinct values an attribute takes, the
 * share of items a condition keeps, and the share of an entity's items on one value of a
 * partition key, with uniform or skewed (Zipf) children per parent.
 *
 * The cardinality rule is the design engine's (lib/design/facts.ts `cardinality`): a ref
 * takes its target's count, an attribute that is another entity's whole key takes that
 * entity's count, an enum its size, a boolean 2, a bounded number its integer range, and
 * anything else the entity's own count.
 */
import { describeCondition, entityCount, getOwn, type Attribute, type Condition, type Entity, type Model, type WhereMap } from "../model";
import { presentShare } from "./declared";
import { zipfShare } from "./zipf";

export type Distribution = "uniform" | "skewed";

export function attributeOf(entity: Entity, name: string): Attribute | undefined {
  return entity.attributes.find((a) => a.name === name);
}

/** The entity whose items an attribute points at: its `ref`, or the entity keyed by it alone. */
export function parentOf(model: Model, entity: Entity, name: string): Entity | undefined {
  const ref = attributeOf(entity, name)?.ref;
  if (ref) return model.entities.find((e) => e.name === ref);
  const owner = model.entities.find((e) => e !== entity && e.key.length === 1 && e.key[0] === name);
  return owner;
}

export function cardinality(model: Model, entity: Entity, name: string): number {
  const count = entityCount(entity);
  const a = attributeOf(entity, name);
  if (!a) return count;
  const parent = parentOf(model, entity, name);
  if (parent) return entityCount(parent);
  if (a.values && a.values.length > 0) return a.values.length;
  if (a.type === "boolean") return 2;
  if (a.type === "number" && a.min !== undefined && a.max !== undefined) return Math.max(1, Math.min(count, Math.floor(a.max - a.min) + 1));
  return count;
}

/** Share of an entity's items that satisfy one condition (a constant, exists/notExists, or a run-time parameter). */
export function conditionShare(model: Model, entity: Entity, name: string, condition: Condition): number {
  const a = attributeOf(entity, name);
  const { operator, runtime, constant } = describeCondition(condition);
  if (operator === "exists") return a ? presentShare(a) : 0;
  if (operator === "notExists") return a ? 1 - presentShare(a) : 1;
  if (!a) return 0;
  const present = presentShare(a);
  if (operator === "eq") {
    if (runtime) return present / cardinality(model, entity, name);
    if (a.values && a.values.length > 0) return a.values.includes(String(constant)) ? present / a.values.length : 0;
    return present / cardinality(model, entity, name);
  }
  // Ranges: a bounded number gives the covered share of its range; otherwise the share is
  // unknown and taken as the whole (conservative: reads cost at least that much).
  if (runtime || a.type !== "number" || a.min === undefined || a.max === undefined || a.max <= a.min) return present;
  const lo = a.min, hi = a.max;
  const clamp = (x: number) => Math.min(hi, Math.max(lo, x));
  const covered = (from: number, to: number) => Math.max(0, clamp(to) - clamp(from)) / (hi - lo);
  const c = constant;
  if (operator === "between" && Array.isArray(c)) return present * covered(Number(c[0]), Number(c[1]));
  const v = Number(c);
  if (operator === "lt" || operator === "lte") return present * covered(lo, v);
  if (operator === "gt" || operator === "gte") return present * covered(v, hi);
  return present;
}

/** Share of items that satisfy every condition (taken as independent). */
export function whereShare(model: Model, entity: Entity, where: WhereMap | undefined): number {
  if (!where) return 1;
  let share = 1;
  for (const [name, condition] of Object.entries(where)) share *= conditionShare(model, entity, name, condition);
  return share;
}

/**
 * Share of an entity's items carrying an index's keys: its sparse `when` holds and every
 * placeholder of the key is present (an item without an index key attribute is not in
 * the index: GSI "sparse indexes").
 */
export function indexShare(model: Model, entity: Entity, when: WhereMap | undefined, placeholders: string[]): number {
  let share = whereShare(model, entity, when);
  for (const name of new Set(placeholders)) {
    if (when && getOwn(when, name) !== undefined) continue;
    const a = attributeOf(entity, name);
    if (a) share *= presentShare(a);
  }
  return share;
}

/**
 * How an entity's items spread over the values of a partition key made of `placeholders`:
 * the number of values, and the share on the value of rank r (1 = busiest).
 * - No placeholder: one value holds every item.
 * - As many values as items (the key holds the item's identity): one item each.
 * - Skewed: the first placeholder that points at a parent follows Zipf over the parents,
 *   the other placeholders split each parent's share evenly.
 */
export interface KeySpread {
  values: number;
  /** Parents of the skewed dimension (0: uniform). */
  parents: number;
  share(rank: number): number;
}

export function keySpread(model: Model, entity: Entity, placeholders: string[], distribution: Distribution): KeySpread {
  const count = entityCount(entity);
  const names = [...new Set(placeholders)];
  if (names.length === 0) return { values: 1, parents: 0, share: () => 1 };
  let values = 1;
  for (const n of names) values *= cardinality(model, entity, n);
  values = Math.max(1, Math.min(values, count));
  const skewed = distribution === "skewed" && values < count ? names.find((n) => parentOf(model, entity, n)) : undefined;
  if (!skewed) return { values, parents: 0, share: (r) => (r >= 1 && r <= values ? 1 / values : 0) };
  const parents = Math.min(values, cardinality(model, entity, skewed));
  const perParent = values / parents;
  return {
    values, parents,
    share: (r) => (r >= 1 && r <= values ? zipfShare(Math.ceil(r / perParent), parents) / perParent : 0),
  };
}
