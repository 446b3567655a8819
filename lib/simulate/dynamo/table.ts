/**
 * One table: its items by primary key, the sorted store behind Query/Scan, and one store
 * per secondary index. Writes are prepared (validated, entries built) before anything
 * changes, so a failing write or transaction leaves the table as it was.
 */
import { MAX_ITEM_BYTES } from "../../dynamo/limits";
import { indexWriteUnits, emptyUnits, writeUnits, type Units } from "./capacity";
import { validation } from "./errors";
import { IndexStore, type Entry, type Stored } from "./index-store";
import { indexKey, itemKey } from "./keys";
import type { IndexSchema, TableSchema } from "./schema";
import { itemSize } from "./size";
import type { Item, Value } from "./value";

export interface StoredRecord {
  readonly stored: Stored;
  readonly entry: Entry;
  readonly indexEntries: ReadonlyMap<string, Entry>;
}

function project(index: IndexSchema, item: Item, full: number): { projected: Item; size: number } {
  if (index.projectionType === "ALL") return { projected: item, size: full };
  const projected = new Map<string, Value>();
  for (const [k, v] of item) if (index.projected.has(k)) projected.set(k, v);
  return { projected, size: itemSize(projected) };
}

export class Table {
  readonly byKey = new Map<string, StoredRecord>();
  readonly primary = new IndexStore();
  readonly secondary = new Map<string, IndexStore>();

  constructor(readonly schema: TableSchema) {
    for (const name of schema.indexes.keys()) this.secondary.set(name, new IndexStore());
  }

  get(encoded: string): StoredRecord | undefined {
    return this.byKey.get(encoded);
  }

  store(name: string | undefined): IndexStore {
    return name === undefined ? this.primary : this.secondary.get(name)!;
  }

  /**
   * Validates an item to be written and builds its entries; throws ValidationException
   * with Local's wording, which differs for PutItem and UpdateItem (measured).
   */
  prepare(item: Item, by: "put" | "update" = "put"): StoredRecord {
    const key = itemKey(this.schema, item);
    const size = itemSize(item);
    const indexed: [IndexSchema, { pk: Value; sk?: Value }][] = [];
    for (const index of this.schema.indexes.values()) {
      const k = indexKey(index, item, by);
      if (k) indexed.push([index, k]);
    }
    if (size > MAX_ITEM_BYTES) {
      throw validation(by === "put" ? "Item size has exceeded the maximum allowed size" : "Item size to update has exceeded the maximum allowed size");
    }
    const stored: Stored = { item, size, pk: key.pk, sk: key.sk, encoded: key.encoded };
    const indexEntries = new Map<string, Entry>();
    for (const [index, k] of indexed) indexEntries.set(index.name, { stored, pk: k.pk, sk: k.sk, ...project(index, item, size) });
    return { stored, entry: { stored, pk: key.pk, sk: key.sk, projected: item, size }, indexEntries };
  }

  /**
   * Replaces `before` by `after` (either may be absent) and returns the write units:
   * the table is charged on the larger of the two items (measured: overwrites charge the
   * larger), each index per indexWriteUnits. A delete of a missing item is priced by the caller.
   */
  commit(before: StoredRecord | undefined, after: StoredRecord | undefined): Units {
    const units = emptyUnits();
    if (before) {
      this.primary.remove(before.entry);
      this.byKey.delete(before.stored.encoded);
    }
    if (after) {
      this.primary.insert(after.entry);
      this.byKey.set(after.stored.encoded, after);
    }
    units.table = before || after ? writeUnits(Math.max(before?.stored.size ?? 0, after?.stored.size ?? 0)) : 0;
    for (const [name, store] of this.secondary) {
      const b = before?.indexEntries.get(name);
      const a = after?.indexEntries.get(name);
      if (b) store.remove(b);
      if (a) store.insert(a);
      units.indexes.set(name, b || a ? indexWriteUnits(b, a) : this.splitKeyUnits(this.schema.indexes.get(name)!, before, after));
    }
    return units;
  }

  /**
   * DynamoDB Local quirk (measured, docs/dynamodb-local-differences.md): when neither the
   * old nor the new item is in a GSI, but one holds only the GSI's partition key and the
   * other only its sort key, Local still charges the index: the old item's (projected)
   * size in write units (measured: 3 KB → 3, old small / new 5 KB → 1).
   */
  private splitKeyUnits(index: IndexSchema, before: StoredRecord | undefined, after: StoredRecord | undefined): number {
    if (!index.sk || !before || !after) return 0;
    const has = (r: StoredRecord, n: string) => r.stored.item.has(n);
    const covered = (has(before, index.pk.name) || has(after, index.pk.name)) && (has(before, index.sk.name) || has(after, index.sk.name));
    if (!covered) return 0;
    return writeUnits(project(index, before.stored.item, before.stored.size).size);
  }
}
