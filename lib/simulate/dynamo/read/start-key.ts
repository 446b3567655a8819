/**
 * ExclusiveStartKey (Query.Pagination): it must hold exactly the table's keys, plus the
 * index's keys on an index, with the right types. The read resumes right after that
 * position (before it, when reading backwards), whether or not such an item exists.
 */
import { itemFromNative } from "../convert";
import { validation } from "../errors";
import type { Entry, Stored } from "../index-store";
import type { IndexSchema, KeyAttribute, TableSchema } from "../schema";
import type { Value } from "../value";

/** A probe entry positioned where the start key is (compareEntries reads only keys). */
export function startKeyEntry(schema: TableSchema, index: IndexSchema | undefined, key: Record<string, unknown>): Entry {
  const item = itemFromNative(key);
  const attrs: KeyAttribute[] = [schema.pk, ...(schema.sk ? [schema.sk] : [])];
  if (index) for (const a of [index.pk, index.sk]) if (a && !attrs.some((x) => x.name === a.name)) attrs.push(a);
  if (item.size !== attrs.length || attrs.some((a) => !item.has(a.name))) {
    throw validation(index ? "The provided starting key is invalid" : "Exclusive Start Key must have same size as table's key schema");
  }
  for (const a of attrs) {
    if (item.get(a.name)!.t !== a.type) throw validation("Type mismatch for attribute to update"); // sic, measured on Local
  }
  const get = (a: KeyAttribute | undefined): Value | undefined => (a ? item.get(a.name) : undefined);
  const stored: Stored = { item, size: 0, pk: get(schema.pk)!, sk: get(schema.sk), encoded: "" };
  const own = index ?? schema;
  return { stored, pk: get(own.pk)!, sk: get(own.sk), projected: item, size: 0 };
}
