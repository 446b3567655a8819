/**
 * Bindings for a read pattern, chosen from the sample items and the seed (docs/verify.md):
 *
 * - `sample`: values of randomly picked items, so the result is not empty; a range takes
 *   another value of the same item collection (between), the item's own value (lte, gte),
 *   a value of a neighbour (lt, gt) or a prefix of the value (beginsWith).
 * - `largest`: the most populous group of equal run-time values, with a range spanning all
 *   its values: the biggest result the data allows, the one most likely to need more
 *   than one page (a page is 1 MB).
 * - `empty`: a binding no item matches: the largest group with a range beyond its values,
 *   or, without a range, a value no item has.
 * - `fixed`: a pattern without run-time parameters has one binding, `{}`.
 *
 * Same model, items and seed → the same bindings.
 */
import { describeCondition, patternEntities, whereEntries, type AccessPattern, type JsonValue, type Operator } from "@/lib/model";
import { createRng } from "@/lib/simulate";
import { canonicalJson, encodeEntityItem } from "./digest";
import { conditionHolds, matchingItems } from "./oracle";
import { above, below, commonPrefix, extremes, lengthOf, missingPrefix, prefixOf } from "./range-values";
import { fabricateMissing } from "./missing";
import { compareValues, isPresent, own, type Binding, type EntityItem, type ModelTypes } from "./values";

export type BindingPurpose = "sample" | "largest" | "empty" | "fixed";

export interface ChosenBinding {
  binding: Binding;
  purpose: BindingPurpose;
}

/** Bindings from real items per pattern (the spec's example shows 5 in all). */
export const SAMPLE_BINDINGS = 3;

export interface Parameters {
  eq: string[];
  range?: { attribute: string; operator: Operator };
}

export function parametersOf(pattern: AccessPattern): Parameters {
  const out: Parameters = { eq: [] };
  for (const [attribute, condition] of whereEntries(pattern)) {
    const { operator, runtime } = describeCondition(condition);
    if (!runtime) continue;
    if (operator === "eq") out.eq.push(attribute);
    else out.range = { attribute, operator };
  }
  return out;
}

interface Group {
  members: EntityItem[];
}

export function chooseBindings(types: ModelTypes, pattern: AccessPattern, items: readonly EntityItem[], seed: string | number): ChosenBinding[] {
  const params = parametersOf(pattern);
  if (params.eq.length === 0 && !params.range) return [{ binding: {}, purpose: "fixed" }];
  const candidates = candidatesOf(types, pattern, items, params);
  const groups = groupBy(types, candidates, params.eq);
  const rng = createRng(seed, "verify-bindings", pattern.id);
  const out: ChosenBinding[] = [];
  const add = (binding: Binding | undefined, purpose: BindingPurpose) => {
    if (!binding) return;
    const key = bindingKey(types, pattern, binding);
    if (!out.some((b) => bindingKey(types, pattern, b.binding) === key)) out.push({ binding, purpose });
  };
  for (let tries = 0; candidates.length > 0 && tries < 8 * SAMPLE_BINDINGS && out.length < SAMPLE_BINDINGS; tries++) {
    const x = rng.pick(candidates);
    const group = groups.get(groupKey(types, x, params.eq)) ?? { members: [x] };
    add(sampleBinding(types, params, x, group, rng.next()), "sample");
  }
  const largest = [...groups.values()].reduce<Group | undefined>((best, g) => (!best || g.members.length > best.members.length ? g : best), undefined);
  if (largest && pattern.kind !== "get") add(spanningBinding(types, params, largest), "largest");
  const empty = emptyBinding(types, pattern, params, candidates, largest, items);
  if (empty && matchingItems(types, pattern, items, empty).length === 0) add(empty, "empty");
  return out;
}

/** Items that can match some binding: the named entities, design-time conditions holding, every parameter present. */
function candidatesOf(types: ModelTypes, pattern: AccessPattern, items: readonly EntityItem[], params: Parameters): EntityItem[] {
  const entities = new Set(patternEntities(pattern));
  const fixed = whereEntries(pattern).filter(([, c]) => !describeCondition(c).runtime);
  const needed = [...params.eq, ...(params.range ? [params.range.attribute] : []), ...(pattern.order ? [pattern.order.by] : [])];
  return items.filter((x) => entities.has(x.entity) &&
    needed.every((a) => isPresent(own(x.item, a))) &&
    fixed.every(([a, c]) => conditionHolds(types, x.entity, x.item, a, c, {})));
}

function groupKey(types: ModelTypes, x: EntityItem, eq: readonly string[]): string {
  const encoded = encodeEntityItem(types, { entity: x.entity, item: Object.fromEntries(eq.map((a) => [a, own(x.item, a)])) });
  return canonicalJson(eq.map((a) => encoded.item[a] ?? null));
}

function groupBy(types: ModelTypes, items: readonly EntityItem[], eq: readonly string[]): Map<string, Group> {
  const groups = new Map<string, Group>();
  for (const x of items) {
    const key = groupKey(types, x, eq);
    const g = groups.get(key);
    if (g) g.members.push(x);
    else groups.set(key, { members: [x] });
  }
  return groups;
}

/** A binding in the dump encodings (numbers as decimal text, binary as base64), `[low, high]` kept as a pair. */
export function encodeBinding(types: ModelTypes, pattern: AccessPattern, binding: Binding): { [attribute: string]: JsonValue } {
  const entity = patternEntities(pattern)[0] ?? "";
  const one = (a: string, v: unknown): JsonValue => encodeEntityItem(types, { entity, item: { [a]: v } }).item[a] ?? null;
  return Object.fromEntries(Object.entries(binding).map(([a, v]) => [a, Array.isArray(v) ? v.map((w) => one(a, w)) : one(a, v)]));
}

/** A binding's identity, in the dump encodings (Uint8Array values included). */
export function bindingKey(types: ModelTypes, pattern: AccessPattern, binding: Binding): string {
  return canonicalJson(encodeBinding(types, pattern, binding));
}

function eqValues(params: Parameters, x: EntityItem): Binding {
  return Object.fromEntries(params.eq.map((a) => [a, own(x.item, a)]));
}

function sampleBinding(types: ModelTypes, params: Parameters, x: EntityItem, group: Group, r: number): Binding {
  const binding = eqValues(params, x);
  const range = params.range;
  if (!range) return binding;
  const a = range.attribute, type = types.typeOf(x.entity, a);
  const v = own(x.item, a);
  const values = group.members.map((m) => own(m.item, a));
  const other = values[Math.floor(r * values.length)] ?? v;
  const { min, max } = extremes(type, values);
  const cmp = (p: unknown, q: unknown) => compareValues(type, p, q) ?? 0;
  switch (range.operator) {
    case "between": {
      const { min: low, max: high } = extremes(type, [v, other]);
      binding[a] = [low, high];
      break;
    }
    case "lte": case "gte": binding[a] = v; break;
    // lt and gt need a value with something on the right side of it: a random one of the
    // collection's values when it has, else the first that has, else just past every value.
    case "lt": binding[a] = cmp(other, min) > 0 ? other : (values.find((w) => cmp(w, min) > 0) ?? above(type, max)); break;
    case "gt": binding[a] = cmp(other, max) < 0 ? other : (values.find((w) => cmp(w, max) < 0) ?? below(type, min) ?? emptyOf(type)); break;
    case "beginsWith": binding[a] = prefixOf(type, v, 1 + Math.floor(r * Math.max(1, lengthOf(type, v)))); break;
    default: break;
  }
  return binding;
}

/** The largest group with a range that takes every value it has. */
function spanningBinding(types: ModelTypes, params: Parameters, group: Group): Binding | undefined {
  const first = group.members[0];
  if (!first) return undefined;
  const binding = eqValues(params, first);
  const range = params.range;
  if (!range) return binding;
  const a = range.attribute, type = types.typeOf(first.entity, a);
  const values = group.members.map((m) => own(m.item, a));
  const { min, max } = extremes(type, values);
  const spans: Partial<Record<Operator, unknown>> = {
    between: [min, max], lte: max, gte: min, lt: above(type, max), gt: below(type, min) ?? emptyOf(type),
    beginsWith: lengthOf(type, commonPrefix(type, values)) > 0 ? commonPrefix(type, values) : prefixOf(type, first.item[a], 1),
  };
  const value = spans[range.operator];
  if (value === undefined) return undefined;
  binding[a] = value;
  return binding;
}

/** A binding with no result: a range beyond the largest group's values, or a value no item has. */
function emptyBinding(types: ModelTypes, pattern: AccessPattern, params: Parameters, candidates: EntityItem[], largest: Group | undefined, items: readonly EntityItem[]): Binding | undefined {
  const range = params.range;
  const first = largest?.members[0];
  if (range && first) {
    const a = range.attribute, type = types.typeOf(first.entity, a);
    const values = (largest?.members ?? []).map((m) => own(m.item, a));
    const { min, max } = extremes(type, values);
    const beyond = above(type, max);
    const nothing: Partial<Record<Operator, unknown>> = {
      between: [beyond, beyond], lt: min, lte: below(type, min), gt: max, gte: beyond, beginsWith: missingPrefix(type, values),
    };
    const value = nothing[range.operator];
    if (value !== undefined) return { ...eqValues(params, first), [a]: value };
  }
  return fabricateMissing(types, pattern, params, candidates, items);
}

/** The smallest value of a text or binary type (every other value sorts after it). */
function emptyOf(type: string | undefined): unknown {
  return type === "binary" ? new Uint8Array() : "";
}
