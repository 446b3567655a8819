/**
 * One page of a Query or Scan (Query.Pagination, Query.Limit, Query.FilterExpression):
 * Limit counts items evaluated, not returned; the filter runs after reading and never
 * lowers the charge; a page ends once 1 MB has been read, and the item that crosses 1 MB
 * is included (measured: 11 items of ~100 KB; 16 items of exactly 64 KiB end a page at
 * exactly 1,048,576 bytes). A page cut by Limit always has a LastEvaluatedKey, even when
 * nothing follows; a page cut at 1 MB only when something follows (both measured).
 */
import { MAX_PAGE_BYTES } from "../../../dynamo/limits";
import { readUnits } from "../capacity";
import type { Condition } from "../expr/ast";
import type { Bindings } from "../expr/placeholders";
import { evaluateCondition } from "../eval/condition";
import { applyProjection } from "../eval/projection";
import type { Entry } from "../index-store";
import type { ReadShape } from "./shape";
import type { Item } from "../value";

export interface PageSpec {
  readonly shape: ReadShape;
  readonly filter?: Condition;
  readonly bindings: Bindings;
  readonly limit?: number;
  readonly consistent: boolean;
  /**
   * Scan of a secondary index on Local (measured): the charge, the 1 MB page limit and the
   * filter use the whole table item; output keeps the index projection, and nothing is
   * charged to the table.
   */
  readonly wholeItems?: boolean;
}

export interface Page {
  readonly items: Item[];
  readonly scanned: number;
  /** The last entry evaluated when the page stopped early (its keys become LastEvaluatedKey). */
  readonly last?: Entry;
  /** Bytes read from the index or table, rounded once for the charge. */
  readonly bytes: number;
  /** LSI reads that fetched the table item: units charged to the table, each item rounded alone. */
  readonly fetchUnits: number;
}

export function readPage(spec: PageSpec, next: () => Entry | undefined): Page {
  const items: Item[] = [];
  let scanned = 0;
  let bytes = 0;
  let fetchUnits = 0;
  const count = spec.shape.select === "COUNT";
  // An LSI read that needs the table item fetches it for every item evaluated, before the
  // filter (measured: filtered-out items are charged too).
  const fetch = spec.shape.fetch && !count;
  for (let e = next(); e; e = next()) {
    scanned++;
    bytes += spec.wholeItems ? e.stored.size : e.size;
    if (fetch && !spec.wholeItems) fetchUnits += readUnits(e.stored.size, spec.consistent);
    if (!spec.filter || evaluateCondition(spec.filter, spec.wholeItems ? e.stored.item : e.projected, spec.bindings)) {
      const source = fetch ? e.stored.item : e.projected;
      items.push(!count && spec.shape.projection ? applyProjection(source, spec.shape.projection) : source);
    }
    if (spec.limit !== undefined && scanned >= spec.limit) return { items, scanned, last: e, bytes, fetchUnits };
    // At 1 MB the page ends, with a LastEvaluatedKey only if something follows (measured:
    // 11 items of 100 KB in a collection of 11 come back without one, in one of 12 with one).
    if (bytes >= MAX_PAGE_BYTES) return { items, scanned, last: next() ? e : undefined, bytes, fetchUnits };
  }
  return { items, scanned, bytes, fetchUnits };
}
