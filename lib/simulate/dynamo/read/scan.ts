/**
 * Scan (API_Scan): every entry of the table or an index, partition by partition in the
 * simulator's scan order (partition hash, then key; sort key order inside), optionally one
 * segment of a parallel scan: segment s of n covers partition hashes [s·2³²/n, (s+1)·2³²/n).
 * DynamoDB Local uses its own order, so conformance compares Scan results as sets.
 */
import type { ScanCommandInput, ScanCommandOutput } from "@aws-sdk/lib-dynamodb";
import { emptyUnits, pageReadUnits } from "../capacity";
import { capacity, indexOf, lastEvaluatedKey, native, refuseLegacy, tableOf, type Context } from "../context";
import { validation } from "../errors";
import { compileProjection } from "../eval/projection";
import { checkCondition } from "../expr/check";
import { parseCondition, parseProjection } from "../expr/parse";
import { bindPlaceholders, type ExpressionUse } from "../expr/placeholders";
import { compareEntries, comparePartitions, type Entry, type IndexStore } from "../index-store";
import { encodeScalar, partitionHash } from "../keys";
import { readPage } from "./page";
import { checkFilter, readShape } from "./shape";
import { startKeyEntry } from "./start-key";

const HASH_SPACE = 2 ** 32;

function checkSegments(segment: number | undefined, total: number | undefined): void {
  if (segment === undefined && total === undefined) return;
  if (total === undefined) throw validation("If segment is specified, total segment must also be specified");
  if (segment === undefined) throw validation("If total segments is specified, a particular segment must also be specified for this request");
  if (total < 1 || total > 1_000_000) {
    throw validation(`1 validation error detected: Value '${total}' at 'totalSegments' failed to satisfy constraint: Member must have value less than or equal to 1000000`);
  }
  if (segment < 0 || segment >= total) {
    throw validation(`1 validation error detected: Value '${segment}' at 'segment' failed to satisfy constraint: Member must have value less than or equal to ${total - 1}`);
  }
}

/** Entries in scan order from the partition range [first, last), resuming after `start`. */
function walk(store: IndexStore, first: number, last: number, start: Entry | undefined): () => Entry | undefined {
  const order = store.order;
  let p = first;
  let list = order.at(p)?.entries;
  let q = list ? list.begin() : 0;
  if (start) {
    const encoded = encodeScalar(start.pk);
    const probe = { hash: partitionHash(encoded), encoded };
    p = Math.max(first, order.seek((x) => comparePartitions(x, probe)));
    list = order.at(p)?.entries;
    q = list?.begin() ?? 0;
    if (list && order.at(p)!.encoded === encoded) q = list.seek((e) => compareEntries(e, start), true);
  }
  return () => {
    while (p < last && list) {
      if (q < list.end()) {
        const e = list.at(q)!;
        q = list.next(q);
        return e;
      }
      p = order.next(p);
      list = p < last ? order.at(p)?.entries : undefined;
      q = 0;
    }
    return undefined;
  };
}

export function scan(ctx: Context, input: ScanCommandInput): ScanCommandOutput {
  const table = tableOf(ctx, input.TableName);
  const index = indexOf(table, input.IndexName);
  refuseLegacy(input);
  if (input.Limit !== undefined && input.Limit < 1) throw validation("Limit must be greater than or equal to 1");
  checkSegments(input.Segment, input.TotalSegments);
  const filterParsed = input.FilterExpression !== undefined ? parseCondition("FilterExpression", input.FilterExpression) : undefined;
  const projParsed = input.ProjectionExpression !== undefined ? parseProjection(input.ProjectionExpression) : undefined;
  const uses: ExpressionUse[] = [];
  if (filterParsed) uses.push({ kind: "FilterExpression", parsed: filterParsed });
  if (projParsed) uses.push({ kind: "ProjectionExpression", parsed: projParsed });
  const b = bindPlaceholders(uses, input.ExpressionAttributeNames, input.ExpressionAttributeValues, ["FilterExpression"]);
  if (index?.kind === "GSI" && input.ConsistentRead) throw validation("Consistent reads are not supported on global secondary indexes");
  if (filterParsed) {
    checkCondition("FilterExpression", filterParsed.ast, b);
    checkFilter(table.schema, index, filterParsed.ast, b, "Scan");
  }
  const shape = readShape(table.schema, index, input.Select, projParsed && compileProjection(projParsed.ast, b));
  const consistent = input.ConsistentRead === true;
  const start = input.ExclusiveStartKey ? startKeyEntry(table.schema, index, input.ExclusiveStartKey) : undefined;

  const store = table.store(index?.name);
  let first = store.order.begin();
  let last = store.order.end();
  if (input.TotalSegments !== undefined) {
    const total = input.TotalSegments;
    const lo = Math.floor((input.Segment! * HASH_SPACE) / total);
    const hi = Math.floor(((input.Segment! + 1) * HASH_SPACE) / total);
    first = store.order.seek((x) => (x.hash >= lo ? 1 : -1));
    last = store.order.seek((x) => (x.hash >= hi ? 1 : -1));
  }
  const spec = { shape, filter: filterParsed?.ast, bindings: b, limit: input.Limit, consistent, wholeItems: index !== undefined };
  const page = readPage(spec, walk(store, first, last, start));

  const units = emptyUnits();
  const read = pageReadUnits(page.bytes, page.scanned, consistent);
  if (index) {
    units.indexes.set(index.name, read);
    units.table = page.fetchUnits;
  } else units.table = read;
  // Built field by field: this is the hot path of every read.
  const out: ScanCommandOutput = { $metadata: {} };
  if (shape.select !== "COUNT") out.Items = page.items.map((i) => native(ctx, i));
  out.Count = page.items.length;
  out.ScannedCount = page.scanned;
  if (page.last) out.LastEvaluatedKey = lastEvaluatedKey(ctx, table, index, page.last);
  const consumed = capacity(table, input.ReturnConsumedCapacity, units, index?.name);
  if (consumed) out.ConsumedCapacity = consumed;
  return out;
}
