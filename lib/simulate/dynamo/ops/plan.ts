/**
 * A write, planned before anything changes: the target table and key, the record before
 * and after, and whether its condition held. PutItem, UpdateItem, DeleteItem, BatchWriteItem
 * and TransactWriteItems all plan first and commit after, so a refused write changes nothing.
 */
import type { ReturnValuesOnConditionCheckFailure } from "@aws-sdk/client-dynamodb";
import type { Condition } from "../expr/ast";
import { checkCondition } from "../expr/check";
import { parseCondition, parseUpdate, type ExpressionKind } from "../expr/parse";
import { bindPlaceholders, NO_BINDINGS, type Bindings, type ExpressionUse } from "../expr/placeholders";
import { evaluateCondition } from "../eval/condition";
import { applyUpdate, compileUpdate } from "../eval/update";
import type { ResolvedPath } from "../eval/path";
import { itemFromNative, itemToWire } from "../convert";
import { conditionalCheckFailed, validation } from "../errors";
import { itemKey, readKey } from "../keys";
import type { StoredRecord, Table } from "../table";
import type { Item, Value } from "../value";
import { tableOf, type Context } from "../context";

export interface WritePlan {
  readonly kind: "put" | "update" | "delete" | "check";
  readonly table: Table;
  readonly encoded: string;
  readonly before?: StoredRecord;
  readonly after?: StoredRecord;
  /** The condition did not hold: nothing may be written. */
  readonly failed: boolean;
  readonly returnOldOnFailure: boolean;
  /** UpdateItem: the paths the expression writes. */
  readonly touched?: readonly ResolvedPath[];
}

const EMPTY: Item = new Map();

interface Expressions {
  ConditionExpression?: string;
  ExpressionAttributeNames?: Record<string, string>;
  ExpressionAttributeValues?: Record<string, unknown>;
  ReturnValuesOnConditionCheckFailure?: ReturnValuesOnConditionCheckFailure | string;
}

function conditionOf(e: Expressions, extra: ExpressionUse[], valueKinds: readonly ExpressionKind[] = ["ConditionExpression"]): { condition?: Condition; b: Bindings } {
  const uses = [...extra];
  const parsed = e.ConditionExpression !== undefined ? parseCondition("ConditionExpression", e.ConditionExpression) : undefined;
  if (parsed) uses.push({ kind: "ConditionExpression", parsed });
  const b = uses.length || e.ExpressionAttributeNames || e.ExpressionAttributeValues
    ? bindPlaceholders(uses, e.ExpressionAttributeNames, e.ExpressionAttributeValues, valueKinds)
    : NO_BINDINGS;
  if (parsed) checkCondition("ConditionExpression", parsed.ast, b);
  return { condition: parsed?.ast, b };
}

function holds(condition: Condition | undefined, before: StoredRecord | undefined, b: Bindings): boolean {
  return !condition || evaluateCondition(condition, before?.stored.item ?? EMPTY, b);
}

function returnOld(e: Expressions): boolean {
  const r = e.ReturnValuesOnConditionCheckFailure;
  if (r !== undefined && r !== "NONE" && r !== "ALL_OLD") throw validation("Return values on condition check failure set to invalid value");
  return r === "ALL_OLD";
}

export function planPut(ctx: Context, input: Expressions & { TableName?: string; Item?: Record<string, unknown> }): WritePlan {
  const table = tableOf(ctx, input.TableName);
  if (!input.Item) throw validation("1 validation error detected: Value null at 'item' failed to satisfy constraint: Member must not be null");
  const after = table.prepare(itemFromNative(input.Item));
  const { condition, b } = conditionOf(input, []);
  const before = table.get(after.stored.encoded);
  const failed = !holds(condition, before, b);
  return { kind: "put", table, encoded: after.stored.encoded, before, after: failed ? undefined : after, failed, returnOldOnFailure: returnOld(input) };
}

export function planDelete(ctx: Context, input: Expressions & { TableName?: string; Key?: Record<string, unknown> }, kind: "delete" | "check" = "delete"): WritePlan {
  const table = tableOf(ctx, input.TableName);
  const key = readKey(table.schema, itemFromNative(input.Key ?? {}));
  const { condition, b } = conditionOf(input, []);
  if (kind === "check" && !condition) throw validation("The ConditionCheck operation requires a ConditionExpression");
  const before = table.get(key.encoded);
  const failed = !holds(condition, before, b);
  return { kind, table, encoded: key.encoded, before, failed, returnOldOnFailure: returnOld(input) };
}

export function planUpdate(ctx: Context, input: Expressions & { TableName?: string; Key?: Record<string, unknown>; UpdateExpression?: string }): WritePlan {
  const table = tableOf(ctx, input.TableName);
  const keyItem = itemFromNative(input.Key ?? {});
  const key = readKey(table.schema, keyItem);
  const parsed = input.UpdateExpression !== undefined ? parseUpdate(input.UpdateExpression) : undefined;
  const { condition, b } = conditionOf(input, parsed ? [{ kind: "UpdateExpression", parsed }] : [], ["UpdateExpression", "ConditionExpression"]);
  const compiled = parsed && compileUpdate(parsed.ast, b, table.schema.keyNames);
  const before = table.get(key.encoded);
  const base: Map<string, Value> = before ? new Map(before.stored.item) : keyItem;
  if (!holds(condition, before, b)) {
    return { kind: "update", table, encoded: key.encoded, before, failed: true, returnOldOnFailure: returnOld(input) };
  }
  const result = compiled ? applyUpdate(base, compiled, b).item : base;
  itemKey(table.schema, result);
  const after = table.prepare(result, "update");
  return { kind: "update", table, encoded: key.encoded, before, after, failed: false, returnOldOnFailure: returnOld(input), touched: compiled?.touched ?? [] };
}

/** The error for a failed condition, with the old item in wire form when ALL_OLD was asked. */
export function conditionError(plan: WritePlan): Error {
  return conditionalCheckFailed(plan.returnOldOnFailure && plan.before ? itemToWire(plan.before.stored.item) : undefined);
}
