/** What every operation needs: the tables, the number option, and shared helpers. */
import type { ConsumedCapacity, ReturnConsumedCapacity } from "@aws-sdk/client-dynamodb";
import { consumedCapacity, type Units } from "./capacity";
import { itemToNative, type NativeOptions } from "./convert";
import { tableNotFound, validation } from "./errors";
import type { Entry } from "./index-store";
import { checkName, type IndexSchema } from "./schema";
import type { Table } from "./table";
import type { Item, Value } from "./value";

export interface Context {
  readonly tables: Map<string, Table>;
  readonly native: NativeOptions;
}

export type NativeItem = Record<string, unknown>;

export function tableOf(ctx: Context, name: string | undefined): Table {
  checkName(name);
  const table = ctx.tables.get(name!);
  if (!table) throw tableNotFound();
  return table;
}

export function indexOf(table: Table, name: string | undefined): IndexSchema | undefined {
  if (name === undefined) return undefined;
  const index = table.schema.indexes.get(name);
  if (!index) throw validation(`The table does not have the specified index: ${name}`);
  return index;
}

/**
 * Native copies of flat items (only strings, numbers, booleans and nulls), cached per
 * immutable item: a read returns a shallow copy, which shares nothing mutable. Reads are
 * the hot path; converting the same stored item again and again is most of their cost.
 */
const flatCache = new WeakMap<Item, NativeItem | null>();

function isFlat(item: Item): boolean {
  for (const v of item.values()) if (v.t !== "S" && v.t !== "N" && v.t !== "BOOL" && v.t !== "NULL") return false;
  return true;
}

export function native(ctx: Context, item: Item): NativeItem {
  if (ctx.native.wrapNumbers) return itemToNative(item, ctx.native);
  let cached = flatCache.get(item);
  if (cached === undefined) {
    cached = isFlat(item) ? itemToNative(item, ctx.native) : null;
    flatCache.set(item, cached);
  }
  return cached ? { ...cached } : itemToNative(item, ctx.native);
}

/** LastEvaluatedKey: the table's keys, plus the index's keys for an index read (measured). */
export function lastEvaluatedKey(ctx: Context, table: Table, index: IndexSchema | undefined, e: Entry): NativeItem {
  const key = new Map<string, Value>();
  const s = table.schema;
  key.set(s.pk.name, e.stored.pk);
  if (s.sk) key.set(s.sk.name, e.stored.sk!);
  if (index) {
    key.set(index.pk.name, e.pk);
    if (index.sk) key.set(index.sk.name, e.sk!);
  }
  return native(ctx, key);
}

export function capacity(table: Table, mode: ReturnConsumedCapacity | undefined, units: Units, always?: string): ConsumedCapacity | undefined {
  return consumedCapacity(table.schema.name, mode, units, (n) => table.schema.indexes.get(n)?.kind ?? "GSI", always);
}

/** Spreads `{ [key]: value }` only when value is defined (SDK outputs omit absent fields). */
export function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

const LEGACY = ["KeyConditions", "QueryFilter", "ScanFilter", "AttributesToGet", "Expected", "AttributeUpdates", "ConditionalOperator"] as const;

/** Legacy (pre-expression) parameters are not simulated: say so instead of ignoring them. */
export function refuseLegacy(input: { [K in (typeof LEGACY)[number]]?: unknown }): void {
  if (
    input.KeyConditions === undefined && input.QueryFilter === undefined && input.ScanFilter === undefined && input.AttributesToGet === undefined &&
    input.Expected === undefined && input.AttributeUpdates === undefined && input.ConditionalOperator === undefined
  ) return;
  const n = LEGACY.find((k) => input[k] !== undefined)!;
  throw validation(`The simulator does not support the legacy parameter ${n}; use expressions instead`);
}
