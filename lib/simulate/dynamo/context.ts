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

export function native(ctx: Context, item: Item): NativeItem {
  return itemToNative(item, ctx.native);
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

/** Legacy (pre-expression) parameters are not simulated: say so instead of ignoring them. */
export function refuseLegacy(input: object, names: readonly string[]): void {
  for (const n of names) {
    if ((input as Record<string, unknown>)[n] !== undefined) {
      throw validation(`The simulator does not support the legacy parameter ${n}; use expressions instead`);
    }
  }
}
