/**
 * Capacity units per request (Developer Guide: read-write-operations,
 * CapacityUnitCalculations, transaction-apis, GSI):
 * - reads round up to 4 KB: strongly consistent 1 unit per 4 KB, eventually consistent ½,
 *   and a request that finds nothing still costs the minimum (one 4 KB block);
 * - a Query sums the sizes of all items it reads and rounds once; BatchGetItem rounds each
 *   item on its own;
 * - writes round up to 1 KB, at least 1 unit; transactional writes cost 2×.
 */
import {
  EVENTUAL_READ_UNITS, MAX_PAGE_BYTES, READ_UNIT_BYTES, STRONG_READ_UNITS, TRANSACTION_WRITE_FACTOR, WRITE_UNIT_BYTES,
} from "../dynamo/limits";

export type Consistency = "eventual" | "strong";

/** Read units of one read of `bytes` (a GetItem, or one Query page summed then rounded). */
export function readUnits(bytes: number, consistency: Consistency): number {
  const blocks = Math.max(1, Math.ceil(bytes / READ_UNIT_BYTES));
  return blocks * (consistency === "strong" ? STRONG_READ_UNITS : EVENTUAL_READ_UNITS);
}

/** Write units of one write of an item of `bytes` (the larger of before and after, for an update). */
export function writeUnits(bytes: number): number {
  return Math.max(1, Math.ceil(bytes / WRITE_UNIT_BYTES));
}

/** Write units of the same write inside TransactWriteItems (transaction-apis: 2×). */
export function transactionalWriteUnits(bytes: number): number {
  return TRANSACTION_WRITE_FACTOR * writeUnits(bytes);
}

/**
 * Read units of a Query that returns `items` items of `itemBytes` each. Items are summed
 * then rounded once, per 1 MB page (Query.Pagination): each page is a separate charge.
 */
export function queryReadUnits(items: number, itemBytes: number, consistency: Consistency, pageBytes = MAX_PAGE_BYTES): number {
  const total = Math.max(0, items) * itemBytes;
  if (total <= pageBytes) return readUnits(total, consistency);
  const pages = Math.floor(total / pageBytes);
  const rest = total - pages * pageBytes;
  return pages * readUnits(pageBytes, consistency) + (rest > 0 ? readUnits(rest, consistency) : 0);
}
