/**
 * Test helpers: what must hold for any generated data set, checked from the items alone.
 * No test framework imports, so any runner can use them.
 */
import { formatPath, parseModel, type Entity, type Model, type Problem } from "../../model";
import { encodeItem } from "../encode";
import type { GeneratedItem } from "../generate";

/** A JSON text of an item's encoded values, for comparing values of any type. */
function encodedText(entity: Entity, name: string, value: unknown): string {
  return JSON.stringify(encodeItem(entity, { [name]: value })[name]);
}

/** Every violation of: distinct keys, distinct unique values, refs that point at generated parents. */
export function violations(model: Model, items: readonly GeneratedItem[]): string[] {
  const out: string[] = [];
  const entities = new Map(model.entities.map((e) => [e.name, e]));
  const keysOf = new Map<string, Set<string>>();
  for (const { entity: name, item } of items) {
    const entity = entities.get(name);
    if (!entity) {
      out.push(`unknown entity ${name}`);
      continue;
    }
    const key = JSON.stringify(entity.key.map((k) => encodedText(entity, k, item[k])));
    let keys = keysOf.get(name);
    if (!keys) keysOf.set(name, (keys = new Set()));
    if (keys.has(key)) out.push(`${name}: key ${key} repeats`);
    keys.add(key);
    for (const k of entity.key) if (!Object.hasOwn(item, k)) out.push(`${name}: key attribute ${k} missing`);
  }
  const parentKey = (parent: string, value: unknown): boolean => {
    const p = entities.get(parent);
    const [k] = p?.key ?? [];
    if (!p || k === undefined) return false;
    return keysOf.get(parent)?.has(JSON.stringify([encodedText(p, k, value)])) ?? false;
  };
  const uniques = new Map<string, Set<string>>();
  for (const { entity: name, item } of items) {
    const entity = entities.get(name);
    if (!entity) continue;
    for (const a of entity.attributes) {
      if (!Object.hasOwn(item, a.name)) {
        if (a.optional !== true) out.push(`${name}: ${a.name} missing but not optional`);
        continue;
      }
      const value = item[a.name];
      if (a.unique === true) {
        const seen = uniques.get(`${name}\u0000${a.name}`) ?? new Set<string>();
        uniques.set(`${name}\u0000${a.name}`, seen);
        const text = encodedText(entity, a.name, value);
        if (seen.has(text)) out.push(`${name}.${a.name}: unique value ${text} repeats`);
        seen.add(text);
      }
      if (a.ref !== undefined && !parentKey(a.ref, value)) {
        out.push(`${name}.${a.name}: ${encodedText(entity, a.name, value)} is not the key of a generated ${a.ref}`);
      }
    }
  }
  return out;
}

/**
 * Problems parseModel reports about the items when they are the model's `samples`. A ref
 * holds its parent's key, so the ref attribute's own `values`, `min` and `max` do not apply
 * to it (docs/sample-data.md): those warnings are left out.
 */
export function sampleProblems(model: Model, items: readonly GeneratedItem[]): Problem[] {
  const entities = new Map(model.entities.map((e) => [e.name, e]));
  const refPaths = new Set<string>();
  const samples = items.map(({ entity, item }, index) => {
    const e = entities.get(entity);
    if (!e) throw new Error(`unknown entity ${entity}`);
    for (const a of e.attributes) if (a.ref !== undefined) refPaths.add(formatPath(["samples", index, "item", a.name]));
    return { entity, item: encodeItem(e, item) };
  });
  const result = parseModel({ ...model, samples });
  const refRange = (p: Problem) =>
    p.severity === "warning" && refPaths.has(p.path) && /not one of the attribute's values|outside the attribute's range/.test(p.message);
  return result.problems.filter((p) => (p.path.startsWith("samples") || p.severity === "error") && !refRange(p));
}

/** Items per entity. */
export function countByEntity(items: Iterable<GeneratedItem>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const { entity } of items) out[entity] = (out[entity] ?? 0) + 1;
  return out;
}
