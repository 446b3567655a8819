/**
 * GetItem, PutItem, UpdateItem, DeleteItem (API_GetItem, API_PutItem, API_UpdateItem,
 * API_DeleteItem), with ReturnValues and ReturnConsumedCapacity as DynamoDB Local reports them.
 */
import type {
  DeleteCommandInput, DeleteCommandOutput, GetCommandInput, GetCommandOutput,
  PutCommandInput, PutCommandOutput, UpdateCommandInput, UpdateCommandOutput,
} from "@aws-sdk/lib-dynamodb";
import { emptyUnits, readUnits } from "../capacity";
import { capacity, native, optional, refuseLegacy, tableOf, type Context, type NativeItem } from "../context";
import { itemFromNative } from "../convert";
import { validation } from "../errors";
import { applyProjection, compileProjection } from "../eval/projection";
import { parseProjection } from "../expr/parse";
import { bindPlaceholders } from "../expr/placeholders";
import { readKey } from "../keys";
import { getResolved, type ResolvedPath } from "../eval/path";
import type { Item, Value } from "../value";
import { conditionError, planDelete, planPut, planUpdate, type WritePlan } from "./plan";


function checkReturnValues(value: string | undefined, allowed: readonly string[]): void {
  if (value !== undefined && !allowed.includes(value)) throw validation("Return values set to invalid value");
}

/** Writes a planned item, or throws ConditionalCheckFailedException. */
function commit(plan: WritePlan) {
  if (plan.failed) throw conditionError(plan);
  return plan.table.commit(plan.before, plan.after);
}

export function getItem(ctx: Context, input: GetCommandInput): GetCommandOutput {
  const table = tableOf(ctx, input.TableName);
  refuseLegacy(input);
  const key = readKey(table.schema, itemFromNative(input.Key ?? {}));
  const parsed = input.ProjectionExpression !== undefined ? parseProjection(input.ProjectionExpression) : undefined;
  const b = bindPlaceholders(parsed ? [{ kind: "ProjectionExpression", parsed }] : [], input.ExpressionAttributeNames, undefined);
  const projection = parsed && compileProjection(parsed.ast, b);
  const found = table.get(key.encoded);
  const units = emptyUnits();
  // A missing item still costs one read step (read-write-operations; measured 0.5 / 1).
  units.table = readUnits(found?.stored.size ?? 0, input.ConsistentRead === true);
  const item = found && (projection ? applyProjection(found.stored.item, projection) : found.stored.item);
  return {
    $metadata: {},
    ...optional("Item", item && native(ctx, item)),
    ...optional("ConsumedCapacity", capacity(table, input.ReturnConsumedCapacity, units)),
  };
}

export function putItem(ctx: Context, input: PutCommandInput): PutCommandOutput {
  refuseLegacy(input);
  checkReturnValues(input.ReturnValues, ["NONE", "ALL_OLD"]);
  const plan = planPut(ctx, input);
  const units = commit(plan);
  const old = input.ReturnValues === "ALL_OLD" ? plan.before?.stored.item : undefined;
  return {
    $metadata: {},
    ...optional("Attributes", old && native(ctx, old)),
    ...optional("ConsumedCapacity", capacity(plan.table, input.ReturnConsumedCapacity, units)),
  };
}

export function deleteItem(ctx: Context, input: DeleteCommandInput): DeleteCommandOutput {
  refuseLegacy(input);
  checkReturnValues(input.ReturnValues, ["NONE", "ALL_OLD"]);
  const plan = planDelete(ctx, input);
  const units = commit(plan);
  // Deleting a missing item costs 1 write unit, and Local reports it (as TOTAL) even when
  // ReturnConsumedCapacity is NONE or absent (measured; docs/dynamodb-local-differences.md).
  let mode = input.ReturnConsumedCapacity;
  if (!plan.before) {
    units.table = 1;
    if (mode !== "INDEXES") mode = "TOTAL";
  }
  const old = input.ReturnValues === "ALL_OLD" ? plan.before?.stored.item : undefined;
  return {
    $metadata: {},
    ...optional("Attributes", old && native(ctx, old)),
    ...optional("ConsumedCapacity", capacity(plan.table, mode, units)),
  };
}

/**
 * UPDATED_OLD / UPDATED_NEW on Local (measured): each top-level attribute, whole, for which
 * some path the expression writes exists in the old (new) item. SET m.d[10] on a 3-element
 * list returns nothing as UPDATED_OLD; SET m.a.b returns all of m.
 */
function pick(item: Item | undefined, paths: readonly ResolvedPath[]): Item | undefined {
  if (!item) return undefined;
  const out = new Map<string, Value>();
  for (const p of paths) {
    const top = p[0] as string;
    if (!out.has(top) && getResolved(item, p) !== undefined) out.set(top, item.get(top)!);
  }
  return out.size ? out : undefined;
}

export function updateItem(ctx: Context, input: UpdateCommandInput): UpdateCommandOutput {
  refuseLegacy(input);
  checkReturnValues(input.ReturnValues, ["NONE", "ALL_OLD", "UPDATED_OLD", "ALL_NEW", "UPDATED_NEW"]);
  const plan = planUpdate(ctx, input);
  const units = commit(plan);
  const before = plan.before?.stored.item;
  const after = plan.after!.stored.item;
  const touched = plan.touched ?? [];
  let attributes: Item | undefined;
  switch (input.ReturnValues) {
    case "ALL_OLD":
      attributes = before;
      break;
    case "ALL_NEW":
      attributes = after;
      break;
    case "UPDATED_OLD":
      attributes = pick(before, touched);
      break;
    case "UPDATED_NEW":
      attributes = pick(after, touched);
      break;
  }
  return {
    $metadata: {},
    ...optional("Attributes", attributes && (native(ctx, attributes) as NativeItem)),
    ...optional("ConsumedCapacity", capacity(plan.table, input.ReturnConsumedCapacity, units)),
  };
}
