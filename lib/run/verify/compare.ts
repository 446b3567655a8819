/**
 * Compares what an operation returned with the oracle, tolerating what the meaning of a
 * read pattern leaves open (model-format.md rule 2 and 3):
 *
 * - Ties. Items with equal `order.by` values may come in any order. DynamoDB returns them
 *   in key order, which for `desc` is *descending* key order, the reverse of the oracle's
 *   ascending tie order; both are right. So an ordered result is checked by the sequence
 *   of its `order.by` values, which must equal the oracle's, and by its members.
 * - The limit boundary. When `limit` cuts through a tie group, any subset of that group of
 *   the right size is right. The value-sequence check gives exactly that: every returned
 *   item belongs to the matching set and carries the value the oracle has at that place.
 * - Unordered with a limit: any `limit` of the matching items.
 *
 * Items are identified by entity and key; a returned item must also equal the stored item
 * attribute for attribute (an index that does not project an attribute fails here).
 */
import type { AccessPattern } from "@/lib/model";
import { canonicalJson, encodeEntityItem } from "./digest";
import { compareOrderValue, expectedCount } from "./oracle";
import { own, type EntityItem, type ModelTypes } from "./values";

/** An item's identity: its entity and the encoded values of the entity's key. */
export function identity(types: ModelTypes, x: EntityItem): string {
  const e = types.entity(x.entity);
  const encoded = encodeEntityItem(types, { entity: x.entity, item: Object.fromEntries(e.key.map((k) => [k, own(x.item, k)])) });
  return canonicalJson([x.entity, encoded.item]);
}

function describe(types: ModelTypes, x: EntityItem): string {
  const e = types.entity(x.entity);
  return `${x.entity} ${e.key.map((k) => `${k}=${JSON.stringify(encodeEntityItem(types, x).item[k] ?? null)}`).join(" ")}`;
}

/**
 * Problems of a result (empty when it is right). `expected` is the oracle's full sorted
 * list before the limit; `got` what the operation returned, in its order.
 */
export function compareResult(types: ModelTypes, pattern: AccessPattern, expected: readonly EntityItem[], got: readonly EntityItem[]): string[] {
  const problems: string[] = [];
  const want = new Map(expected.map((x) => [identity(types, x), x]));
  const seen = new Set<string>();
  for (const x of got) {
    const id = identity(types, x);
    if (seen.has(id)) problems.push(`returned twice: ${describe(types, x)}`);
    seen.add(id);
    const stored = want.get(id);
    if (!stored) problems.push(`returned an item the pattern does not select: ${describe(types, x)}`);
    else if (canonicalJson(encodeEntityItem(types, x).item) !== canonicalJson(encodeEntityItem(types, stored).item)) {
      problems.push(`returned ${describe(types, x)} with attributes that differ from the stored item`);
    }
  }
  const count = expectedCount(pattern, expected.length);
  if (got.length !== count) {
    const missing = expected.filter((x) => !seen.has(identity(types, x)));
    const first = missing[0];
    problems.push(`returned ${got.length} items, expected ${count}${pattern.limit !== undefined ? ` (limit ${pattern.limit}, ${expected.length} match)` : ""}${first && pattern.limit === undefined ? `; missing for example ${describe(types, first)}` : ""}`);
  }
  if (pattern.order && problems.length === 0) {
    for (let i = 0; i < got.length; i++) {
      const g = got[i] as EntityItem, w = expected[i] as EntityItem;
      if (compareOrderValue(types, pattern, g, w) !== 0) {
        problems.push(`item ${i + 1} is ${describe(types, g)}, whose ${pattern.order.by} is out of ${pattern.order.dir ?? "asc"} order (expected the value of ${describe(types, w)})`);
        break;
      }
    }
  }
  return problems;
}
