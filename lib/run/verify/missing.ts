/**
 * An equality binding no item matches, for patterns without a run-time range (a get, or a
 * query on equalities only): one parameter takes a value no item has, of the right type;
 * when every parameter is an enum or a boolean, a combination of values no item has.
 */
import { patternEntities, type AccessPattern, type Attribute } from "@/lib/model";
import type { Parameters } from "./bindings";
import { matchingItems } from "./oracle";
import { above, extremes, missingPrefix } from "./range-values";
import { compareValues, own, type Binding, type EntityItem, type ModelTypes } from "./values";

const NO_SUCH_TEXT = "tablewright-no-such-value";
const NO_SUCH_DATETIME = "2000-01-01T00:00:00.000Z";

function attributeOf(types: ModelTypes, pattern: AccessPattern, name: string): Attribute | undefined {
  const entity = patternEntities(pattern)[0] ?? "";
  return types.entities.get(entity)?.attributes.find((a) => a.name === name);
}

/** A value of the attribute's type that none of `values` equals, or undefined for enums and booleans. */
function freshValue(attribute: Attribute, values: readonly unknown[]): unknown {
  const taken = (v: unknown) => values.some((w) => compareValues(attribute.type, v, w) === 0);
  let v: unknown;
  switch (attribute.type) {
    case "string": if (attribute.values) return undefined; v = NO_SUCH_TEXT; break;
    case "number": v = values.length ? above("number", extremes("number", values).max) : 0; break;
    case "datetime": v = NO_SUCH_DATETIME; break;
    case "binary": v = Uint8Array.of(0xff, 0xff, 0xff, 0xfe, 0x00); break;
    default: return undefined;
  }
  for (let i = 0; taken(v) && i < 32; i++) v = above(attribute.type, v);
  return taken(v) ? undefined : v;
}

/** Any value of the attribute's type (for a parameter whose real values do not matter). */
function someValue(attribute: Attribute | undefined, values: readonly unknown[]): unknown {
  if (values.length) return values[0];
  if (attribute?.values?.length) return attribute.values[0];
  if (attribute?.type === "boolean") return false;
  return attribute ? (freshValue(attribute, []) ?? NO_SUCH_TEXT) : NO_SUCH_TEXT;
}

function domainOf(attribute: Attribute | undefined): unknown[] {
  if (attribute?.type === "boolean") return [false, true];
  return attribute?.values ?? [];
}

export function fabricateMissing(types: ModelTypes, pattern: AccessPattern, params: Parameters, candidates: readonly EntityItem[], items: readonly EntityItem[]): Binding | undefined {
  const realValues = (name: string) => candidates.map((x) => own(x.item, name));
  const binding: Binding = {};
  for (const name of params.eq) binding[name] = someValue(attributeOf(types, pattern, name), realValues(name));
  if (params.range) {
    const { attribute, operator } = params.range;
    const a = attributeOf(types, pattern, attribute);
    const values = realValues(attribute);
    const v = someValue(a, values);
    binding[attribute] = operator === "between" ? [v, v] : operator === "beginsWith" ? (missingPrefix(a?.type, values) ?? v) : v;
  }
  const isEmpty = (b: Binding) => matchingItems(types, pattern, items, b).length === 0;
  for (const name of params.eq) {
    const a = attributeOf(types, pattern, name);
    const fresh = a ? freshValue(a, realValues(name)) : undefined;
    if (fresh === undefined) continue;
    const b = { ...binding, [name]: fresh };
    if (isEmpty(b)) return b;
  }
  // Only enums and booleans: try combinations of their values (bounded).
  let combos: Binding[] = [binding];
  for (const name of params.eq) {
    const domain = domainOf(attributeOf(types, pattern, name));
    if (domain.length) combos = combos.flatMap((b) => domain.map((v) => ({ ...b, [name]: v }))).slice(0, 512);
  }
  return combos.find(isEmpty);
}
