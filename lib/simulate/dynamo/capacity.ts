/**
 * Capacity units (read-write-operations, CapacityUnitCalculations, GSI "Provisioned throughput
 * considerations") as DynamoDB Local 3.3 reports them with ReturnConsumedCapacity. Every
 * rule was measured; see guide/dynamodb-local-observed.md and lib/run/conformance, and
 * docs/dynamodb-local-differences.md where Local departs from the AWS documentation.
 */
import type { ConsumedCapacity, ReturnConsumedCapacity } from "@aws-sdk/client-dynamodb";
import { EVENTUAL_READ_UNITS, READ_UNIT_BYTES, STRONG_READ_UNITS, WRITE_UNIT_BYTES } from "../../dynamo/limits";
import { itemsEqual, valuesEqual } from "./compare";
import type { Entry } from "./index-store";

/** Write units for an item or index entry: 1 per KB started, at least 1. */
export function writeUnits(bytes: number): number {
  return Math.max(1, Math.ceil(bytes / WRITE_UNIT_BYTES));
}

/** Read units for bytes read once: 1 (strong) or 0.5 (eventual) per 4 KB started, at least one step. */
export function readUnits(bytes: number, consistent: boolean): number {
  return Math.max(1, Math.ceil(bytes / READ_UNIT_BYTES)) * (consistent ? STRONG_READ_UNITS : EVENTUAL_READ_UNITS);
}

/** Query/Scan: bytes of all items evaluated, rounded once; nothing evaluated costs 0 on Local (AWS documents a minimum). */
export function pageReadUnits(bytes: number, evaluated: number, consistent: boolean): number {
  return evaluated === 0 ? 0 : readUnits(bytes, consistent);
}

/**
 * A secondary index's write units for one item write (GSI.ThroughputConsiderations, measured):
 * entering or leaving the index costs the entry's units; a key change costs old + new (a
 * delete and a put); a changed entry with the same keys costs the larger; an unchanged
 * entry costs nothing (Local compares the projected entries).
 */
export function indexWriteUnits(before: Entry | undefined, after: Entry | undefined): number {
  if (!before && !after) return 0;
  if (!before) return writeUnits(after!.size);
  if (!after) return writeUnits(before.size);
  const sameKeys = valuesEqual(before.pk, after.pk) && (!before.sk || !after.sk || valuesEqual(before.sk, after.sk));
  if (!sameKeys) return writeUnits(before.size) + writeUnits(after.size);
  if (itemsEqual(before.projected, after.projected)) return 0;
  return writeUnits(Math.max(before.size, after.size));
}

/** Units of one operation on one table, by place: the table and each index by name. */
export interface Units {
  table: number;
  readonly indexes: Map<string, number>;
}

export function emptyUnits(): Units {
  return { table: 0, indexes: new Map() };
}

export function addUnits(into: Units, from: Units, factor = 1): void {
  into.table += from.table * factor;
  for (const [name, n] of from.indexes) into.indexes.set(name, (into.indexes.get(name) ?? 0) + n * factor);
}

/**
 * The ConsumedCapacity DynamoDB returns: TOTAL gives the sum; INDEXES also Table and each
 * index under GlobalSecondaryIndexes / LocalSecondaryIndexes. Writes list only indexes with
 * units; a read always lists the index it read (`always`), even at 0 (measured).
 */
export function consumedCapacity(
  tableName: string,
  mode: ReturnConsumedCapacity | undefined,
  units: Units,
  kindOf: (index: string) => "GSI" | "LSI",
  always?: string,
): ConsumedCapacity | undefined {
  if (mode !== "TOTAL" && mode !== "INDEXES") return undefined;
  let total = units.table;
  for (const n of units.indexes.values()) total += n;
  if (mode === "TOTAL") return { TableName: tableName, CapacityUnits: total };
  const out: ConsumedCapacity = { TableName: tableName, CapacityUnits: total, Table: { CapacityUnits: units.table } };
  for (const [name, n] of units.indexes) {
    if (n === 0 && name !== always) continue;
    const key = kindOf(name) === "GSI" ? "GlobalSecondaryIndexes" : "LocalSecondaryIndexes";
    (out[key] ??= {})[name] = { CapacityUnits: n };
  }
  return out;
}
