/**
 * BatchWriteItem and BatchGetItem (API_BatchWriteItem, API_BatchGetItem): each item priced
 * on its own and summed per table; never any UnprocessedItems/UnprocessedKeys (nothing
 * throttles in memory). Every request is validated before the first write.
 */
import type { ConsumedCapacity } from "@aws-sdk/client-dynamodb";
import type { BatchGetCommandInput, BatchGetCommandOutput, BatchWriteCommandInput, BatchWriteCommandOutput } from "@aws-sdk/lib-dynamodb";
import { MAX_BATCH_GET_ITEMS, MAX_BATCH_WRITE_ITEMS } from "../../../dynamo/limits";
import { addUnits, emptyUnits, readUnits, type Units } from "../capacity";
import { capacity, native, optional, tableOf, type Context, type NativeItem } from "../context";
import { itemFromNative } from "../convert";
import { validation } from "../errors";
import { applyProjection, compileProjection } from "../eval/projection";
import { parseProjection } from "../expr/parse";
import { bindPlaceholders } from "../expr/placeholders";
import { readKey } from "../keys";
import type { Table } from "../table";
import { planDelete, planPut, type WritePlan } from "./plan";

/**
 * BatchWriteItem charges a delete of a missing item 2 units on DynamoDB Local (measured;
 * DeleteItem charges 1). See docs/dynamodb-local-differences.md.
 */
const BATCH_DELETE_MISSING_UNITS = 2;

const duplicates = () => validation("Provided list of item keys contains duplicates");

function noRequests(what: string): Error {
  return validation(`1 validation error detected: Value null at '${what}' failed to satisfy constraint: Member must have length greater than or equal to 1`);
}

export function batchWrite(ctx: Context, input: BatchWriteCommandInput): BatchWriteCommandOutput {
  const requests = Object.entries(input.RequestItems ?? {});
  const total = requests.reduce((n, [, list]) => n + (list?.length ?? 0), 0);
  if (total === 0) throw noRequests("requestItems");
  if (total > MAX_BATCH_WRITE_ITEMS) {
    throw validation(`1 validation error detected: Value at 'requestItems' failed to satisfy constraint: Map value must satisfy constraint: [Member must have length less than or equal to ${MAX_BATCH_WRITE_ITEMS}, Member must have length greater than or equal to 1]`);
  }
  const plans: WritePlan[] = [];
  const seen = new Set<string>();
  for (const [tableName, list] of requests) {
    for (const request of list ?? []) {
      const { PutRequest: put, DeleteRequest: del } = request;
      if ((put ? 1 : 0) + (del ? 1 : 0) !== 1) throw validation("Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes");
      const plan = put ? planPut(ctx, { TableName: tableName, Item: put.Item }) : planDelete(ctx, { TableName: tableName, Key: del!.Key });
      const id = tableName + "\u0000" + plan.encoded;
      if (seen.has(id)) throw duplicates();
      seen.add(id);
      plans.push(plan);
    }
  }
  const byTable = new Map<Table, Units>();
  for (const plan of plans) {
    const units = plan.table.commit(plan.before, plan.after);
    if (!plan.before && !plan.after) units.table = BATCH_DELETE_MISSING_UNITS;
    const sum = byTable.get(plan.table) ?? emptyUnits();
    addUnits(sum, units);
    byTable.set(plan.table, sum);
  }
  const consumed = [...byTable].map(([t, u]) => capacity(t, input.ReturnConsumedCapacity, u)).filter((c): c is ConsumedCapacity => !!c);
  return { $metadata: {}, UnprocessedItems: {}, ...optional("ConsumedCapacity", consumed.length ? consumed : undefined) };
}

export function batchGet(ctx: Context, input: BatchGetCommandInput): BatchGetCommandOutput {
  const requests = Object.entries(input.RequestItems ?? {});
  const total = requests.reduce((n, [, r]) => n + (r?.Keys?.length ?? 0), 0);
  if (total === 0) throw noRequests("requestItems");
  if (total > MAX_BATCH_GET_ITEMS) throw validation("Too many items requested for the BatchGetItem call");
  const responses: Record<string, NativeItem[]> = {};
  const consumed: ConsumedCapacity[] = [];
  const plans = requests.map(([tableName, r]) => {
    const table = tableOf(ctx, tableName);
    const parsed = r?.ProjectionExpression !== undefined ? parseProjection(r.ProjectionExpression) : undefined;
    const b = bindPlaceholders(parsed ? [{ kind: "ProjectionExpression", parsed }] : [], r?.ExpressionAttributeNames, undefined);
    const projection = parsed && compileProjection(parsed.ast, b);
    const keys = (r?.Keys ?? []).map((k) => readKey(table.schema, itemFromNative(k)));
    if (new Set(keys.map((k) => k.encoded)).size !== keys.length) throw duplicates();
    return { tableName, table, projection, keys, consistent: r?.ConsistentRead === true };
  });
  for (const { tableName, table, projection, keys, consistent } of plans) {
    const units = emptyUnits();
    const items: NativeItem[] = [];
    for (const key of keys) {
      const found = table.get(key.encoded);
      if (!found) continue; // a missing key costs nothing in BatchGetItem on Local (measured)
      units.table += readUnits(found.stored.size, consistent);
      items.push(native(ctx, projection ? applyProjection(found.stored.item, projection) : found.stored.item));
    }
    responses[tableName] = items;
    const c = capacity(table, input.ReturnConsumedCapacity, units);
    if (c) consumed.push(c);
  }
  return { $metadata: {}, Responses: responses, UnprocessedKeys: {}, ...optional("ConsumedCapacity", consumed.length ? consumed : undefined) };
}
