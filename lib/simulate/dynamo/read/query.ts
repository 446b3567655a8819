/**
 * Query (API_Query): one item collection of the table or an index, read in sort key order
 * (ScanIndexForward false: backwards) within the key condition, then filtered and projected.
 */
import type { QueryCommandInput, QueryCommandOutput } from "@aws-sdk/lib-dynamodb";
import { emptyUnits, pageReadUnits } from "../capacity";
import { compareScalars, valuesEqual } from "../compare";
import { capacity, indexOf, lastEvaluatedKey, native, refuseLegacy, tableOf, type Context } from "../context";
import { validation } from "../errors";
import { compileProjection } from "../eval/projection";
import { checkCondition } from "../expr/check";
import { analyseKeyCondition, type KeyCondition } from "../expr/key-condition";
import { parseCondition, parseProjection } from "../expr/parse";
import { bindPlaceholders, type ExpressionUse } from "../expr/placeholders";
import { compareEntries, type Entry } from "../index-store";
import { bytesEqual } from "../compare";
import { readPage } from "./page";
import { cursor, sortKeyRange } from "./range";
import { checkFilter, readShape } from "./shape";
import { startKeyEntry } from "./start-key";


/** The start key must lie inside the key condition (measured message). */
function checkStartKey(start: Entry, key: KeyCondition): void {
  const outside = () => validation("The provided starting key does not match the range key predicate");
  if (!valuesEqual(start.pk, key.pk)) throw outside();
  const c = key.sk;
  if (!c || !start.sk) return;
  const v = start.sk;
  let inside: boolean;
  switch (c.op) {
    case "between":
      inside = compareScalars(v, c.lo) >= 0 && compareScalars(v, c.hi) <= 0;
      break;
    case "begins_with":
      inside = v.t === "S" && c.v.t === "S" ? v.v.startsWith(c.v.v) : v.t === "B" && c.v.t === "B" && bytesEqual(v.v.subarray(0, c.v.v.length), c.v.v);
      break;
    default: {
      const o = compareScalars(v, c.v);
      inside = c.op === "=" ? o === 0 : c.op === "<" ? o < 0 : c.op === "<=" ? o <= 0 : c.op === ">" ? o > 0 : o >= 0;
    }
  }
  if (!inside) throw outside();
}

export function query(ctx: Context, input: QueryCommandInput): QueryCommandOutput {
  const table = tableOf(ctx, input.TableName);
  const index = indexOf(table, input.IndexName);
  refuseLegacy(input);
  if (input.Limit !== undefined && input.Limit < 1) throw validation("Limit must be greater than or equal to 1");
  const keyParsed = input.KeyConditionExpression !== undefined ? parseCondition("KeyConditionExpression", input.KeyConditionExpression) : undefined;
  const filterParsed = input.FilterExpression !== undefined ? parseCondition("FilterExpression", input.FilterExpression) : undefined;
  const projParsed = input.ProjectionExpression !== undefined ? parseProjection(input.ProjectionExpression) : undefined;
  const uses: ExpressionUse[] = [];
  if (keyParsed) uses.push({ kind: "KeyConditionExpression", parsed: keyParsed });
  if (filterParsed) uses.push({ kind: "FilterExpression", parsed: filterParsed });
  if (projParsed) uses.push({ kind: "ProjectionExpression", parsed: projParsed });
  const b = bindPlaceholders(uses, input.ExpressionAttributeNames, input.ExpressionAttributeValues, ["FilterExpression", "KeyConditionExpression"]);
  if (!keyParsed) throw validation("Either the KeyConditions or KeyConditionExpression parameter must be specified in the request.");
  if (index?.kind === "GSI" && input.ConsistentRead) throw validation("Consistent reads are not supported on global secondary indexes");
  checkCondition("KeyConditionExpression", keyParsed.ast, b);
  const own = index ?? table.schema;
  const key = analyseKeyCondition(keyParsed.ast, own.pk, own.sk, b);
  if (filterParsed) {
    checkCondition("FilterExpression", filterParsed.ast, b);
    checkFilter(table.schema, index, filterParsed.ast, b, "Query");
  }
  const shape = readShape(table.schema, index, input.Select, projParsed && compileProjection(projParsed.ast, b));
  const consistent = input.ConsistentRead === true;
  const forward = input.ScanIndexForward !== false;
  const start = input.ExclusiveStartKey ? startKeyEntry(table.schema, index, input.ExclusiveStartKey) : undefined;
  if (start) checkStartKey(start, key);

  const partition = table.store(index?.name).partition(key.pk);
  let next: () => Entry | undefined = () => undefined;
  if (partition) {
    const list = partition.entries;
    let [from, to] = sortKeyRange(list, key.sk);
    if (start && forward) from = Math.max(from, list.seek((e) => compareEntries(e, start), true));
    if (start && !forward) to = Math.min(to, list.seek((e) => compareEntries(e, start)));
    next = cursor(list, from, to, forward);
  }
  const page = readPage({ shape, filter: filterParsed?.ast, bindings: b, limit: input.Limit, consistent }, next);

  const units = emptyUnits();
  const read = pageReadUnits(page.bytes, page.scanned, consistent);
  if (index) {
    units.indexes.set(index.name, read);
    units.table = page.fetchUnits;
  } else units.table = read;
  // Built field by field: this is the hot path of every read.
  const out: QueryCommandOutput = { $metadata: {} };
  if (shape.select !== "COUNT") out.Items = page.items.map((i) => native(ctx, i));
  out.Count = page.items.length;
  out.ScannedCount = page.scanned;
  if (page.last) out.LastEvaluatedKey = lastEvaluatedKey(ctx, table, index, page.last);
  const consumed = capacity(table, input.ReturnConsumedCapacity, units, index?.name);
  if (consumed) out.ConsumedCapacity = consumed;
  return out;
}
