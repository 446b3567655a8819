/**
 * The oracle: what a read pattern must return for one binding, computed from the items
 * alone, whatever the key design (model-format.md, "What a read pattern means"). It never
 * imports lib/design: a check that shares code with what it checks proves nothing.
 */
import { describeCondition, orderDirection, patternEntities, whereEntries, type AccessPattern, type Condition, type ConstantValue } from "@/lib/model";
import { beginsWith, compareValues, isPresent, own, type Binding, type EntityItem, type ModelTypes } from "./values";

/** Does one condition hold for an item? Rule 1: an item lacking the attribute fails, except under notExists. */
export function conditionHolds(types: ModelTypes, entity: string, item: Record<string, unknown>, attribute: string, condition: Condition, binding: Binding): boolean {
  const { operator, runtime, constant } = describeCondition(condition);
  const value = own(item, attribute);
  if (operator === "exists") return isPresent(value);
  if (operator === "notExists") return !isPresent(value);
  if (!isPresent(value)) return false;
  const operand = runtime ? own(binding, attribute) : constant;
  if (operand === undefined) throw new Error(`the binding gives no value for ${attribute}`);
  const type = types.typeOf(entity, attribute);
  if (operator === "beginsWith") return beginsWith(type, value, operand);
  if (operator === "between") {
    const [low, high] = Array.isArray(operand) ? (operand as unknown[]) : [];
    const a = compareValues(type, value, low), b = compareValues(type, value, high);
    return a !== undefined && b !== undefined && a >= 0 && b <= 0;
  }
  const c = compareValues(type, value, operand as ConstantValue);
  if (c === undefined) return false;
  switch (operator) {
    case "eq": return c === 0;
    case "lt": return c < 0;
    case "lte": return c <= 0;
    case "gt": return c > 0;
    case "gte": return c >= 0;
  }
}

/** Rule 2's fallback order: entity name (by bytes), then the entity's key attributes in order. */
export function compareTies(types: ModelTypes, a: EntityItem, b: EntityItem): number {
  const byEntity = compareValues("string", a.entity, b.entity) ?? 0;
  if (byEntity !== 0) return byEntity;
  for (const k of types.entity(a.entity).key) {
    const c = compareValues(types.typeOf(a.entity, k), own(a.item, k), own(b.item, k)) ?? 0;
    if (c !== 0) return c;
  }
  return 0;
}

/** The order of `order.by` alone (in the pattern's direction), 0 for ties. */
export function compareOrderValue(types: ModelTypes, pattern: AccessPattern, a: EntityItem, b: EntityItem): number {
  const by = pattern.order?.by;
  if (by === undefined) return 0;
  const c = compareValues(types.typeOf(a.entity, by), own(a.item, by), own(b.item, by)) ?? 0;
  return orderDirection(pattern) === "desc" ? -c : c;
}

/** Rule 1: every item of the named entities that satisfies every condition (and has order.by). */
export function matchingItems(types: ModelTypes, pattern: AccessPattern, items: readonly EntityItem[], binding: Binding): EntityItem[] {
  const entities = new Set(patternEntities(pattern));
  const where = whereEntries(pattern);
  const by = pattern.order?.by;
  return items.filter((x) =>
    entities.has(x.entity) &&
    (by === undefined || isPresent(own(x.item, by))) &&
    where.every(([attribute, condition]) => conditionHolds(types, x.entity, x.item, attribute, condition, binding)));
}

/** Rule 2: the matching items in the pattern's order, ties by entity and key (always ascending). */
export function sortForPattern(types: ModelTypes, pattern: AccessPattern, items: EntityItem[]): EntityItem[] {
  return [...items].sort((a, b) => compareOrderValue(types, pattern, a, b) || compareTies(types, a, b));
}

/** The expected result before the limit: every matching item in the oracle's order. */
export function oracle(types: ModelTypes, pattern: AccessPattern, items: readonly EntityItem[], binding: Binding): EntityItem[] {
  return sortForPattern(types, pattern, matchingItems(types, pattern, items, binding));
}

/** How many items the result holds: rule 3's limit, when given. */
export function expectedCount(pattern: AccessPattern, matching: number): number {
  return pattern.limit === undefined ? matching : Math.min(pattern.limit, matching);
}
