/**
 * Item size estimates from declared types (dynamodb-facts.md, "Item size"): the sum of
 * attribute name bytes and value sizes, with `size` where the model gives it and a typical
 * value for each type or generator where it does not. Issue #5 refines capacity; this is
 * the simple, documented estimate the planner sizes loads and shards with.
 */
import { utf8ByteLength } from "./text";
import type { AttrFacts, EntityFacts } from "./facts";
import { READ_UNIT_BYTES, WRITE_UNIT_BYTES } from "../dynamo/limits";

const GENERATOR_BYTES: Record<string, number> = { uuid: 36, ulid: 26, email: 24, name: 14, word: 8, text: 120 };

/** Estimated bytes of one attribute value. */
export function valueBytes(a: AttrFacts): number {
  const declared = a.attribute.size;
  switch (a.type) {
    case "string":
      if (declared !== undefined) return declared;
      if (a.values && a.values.length > 0) return Math.ceil(a.values.reduce((s, v) => s + utf8ByteLength(v), 0) / a.values.length);
      return GENERATOR_BYTES[a.attribute.gen ?? ""] ?? 20;
    case "number": return declared ?? 6;
    case "boolean": return 1;
    case "datetime": return 24;
    case "binary": return declared ?? 16;
    case "list":
    case "map": return 3 + (declared ?? 60);
    case "stringSet":
    case "numberSet": return declared ?? 30;
  }
}

const bytesOf = new WeakMap<EntityFacts, number>();

/** Estimated bytes of an entity item in model terms (every attribute present); cached per entity. */
export function entityBytes(e: EntityFacts): number {
  let total = bytesOf.get(e);
  if (total === undefined) {
    total = 0;
    for (const a of e.attrs.values()) total += utf8ByteLength(a.name) + valueBytes(a);
    bytesOf.set(e, total);
  }
  return total;
}

/** Write units of one write of `bytes` (rounded up to 1 KB, at least 1). */
export function writeUnitsFor(bytes: number): number {
  return Math.max(1, Math.ceil(bytes / WRITE_UNIT_BYTES));
}

/** Read units of reading `bytes` in one request (rounded up to 4 KB, at least one unit). */
export function readUnitsFor(bytes: number, strong: boolean): number {
  return Math.max(1, Math.ceil(bytes / READ_UNIT_BYTES)) * (strong ? 1 : 0.5);
}
