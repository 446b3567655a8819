/**
 * Uniqueness items (guide §6): one item per `unique` value, key
 * `_UNIQUE#<ENTITY>#<attribute>#<value>` for both the partition and the sort key. The
 * leading `_` keeps them apart from entity keys, which start with a typed prefix of
 * letters and digits; the entity and attribute keep two entities' values apart.
 */
import { escapeString } from "./encode";
import type { EntityFacts } from "./facts";
import { attr, lit, textOf, type Part } from "./template";
import type { UniquenessDesign } from "./types";

export const UNIQUE_PREFIX = "_UNIQUE";

const made = new WeakMap<EntityFacts, Map<string, Part[]>>();

/** The uniqueness key's parts (the same array for the same entity and attribute, so caches keyed by it hit). */
export function uniquenessParts(e: EntityFacts, attribute: string): Part[] {
  let m = made.get(e);
  if (!m) {
    m = new Map();
    made.set(e, m);
  }
  let parts = m.get(attribute);
  if (!parts) {
    parts = [lit(`${UNIQUE_PREFIX}#${e.prefix}#${escapeString(attribute)}#`), attr(attribute)];
    m.set(attribute, parts);
  }
  return parts;
}

export function uniquenessDesigns(list: EntityFacts[]): UniquenessDesign[] {
  return list.flatMap((e) => e.uniqueAttrs.map((a) => ({ entity: e.name, attribute: a, key: textOf(uniquenessParts(e, a)) })));
}
