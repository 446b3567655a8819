/**
 * TransactWriteItems (transaction-apis): all conditions are checked first; if any fails,
 * nothing is written and TransactionCanceledException lists one reason per action.
 *
 * Capacity, as DynamoDB Local 3.3 reports it (measured, see docs/dynamodb-local-differences.md):
 * - each action is priced like its single-item form (a delete of a missing item 0.5, a
 *   ConditionCheck one strong read), then everything is doubled, table and indexes alike;
 * - Local collects the per-action ConsumedCapacity objects in a set, so actions whose
 *   capacity objects are equal are counted once (two new small puts cost 2, not 4).
 */
import type { CancellationReason, ConsumedCapacity, ReturnConsumedCapacity } from "@aws-sdk/client-dynamodb";
import type { TransactWriteCommandInput, TransactWriteCommandOutput } from "@aws-sdk/lib-dynamodb";
import { MAX_TRANSACT_ITEMS, TRANSACTION_WRITE_FACTOR } from "../../../dynamo/limits";
import { addUnits, emptyUnits, readUnits, type Units } from "../capacity";
import { capacity, optional, type Context } from "../context";
import { itemToWire } from "../convert";
import { CONDITIONAL_CHECK_FAILED, DynamoDbError, validation } from "../errors";
import type { Table } from "../table";
import { planDelete, planPut, planUpdate, type WritePlan } from "./plan";

const DELETE_MISSING_UNITS = 0.5;

function plan(ctx: Context, action: NonNullable<TransactWriteCommandInput["TransactItems"]>[number]): WritePlan {
  const given = [action.Put, action.Update, action.Delete, action.ConditionCheck].filter((x) => x !== undefined).length;
  if (given !== 1) throw validation("TransactItems can only contain one of Check, Put, Update or Delete");
  if (action.Put) return planPut(ctx, action.Put);
  if (action.Update) return planUpdate(ctx, action.Update);
  if (action.Delete) return planDelete(ctx, action.Delete);
  return planDelete(ctx, action.ConditionCheck!, "check");
}

/** The identity Local's set of per-action capacity objects uses (TOTAL: one number; INDEXES: the breakdown). */
function capacityIdentity(table: Table, units: Units, mode: ReturnConsumedCapacity | undefined): string {
  let total = units.table;
  const parts = [`T${units.table}`];
  for (const [name, n] of [...units.indexes].sort(([a], [b]) => (a < b ? -1 : 1))) {
    total += n;
    if (n) parts.push(`${name}=${n}`);
  }
  return table.schema.name + "\u0000" + (mode === "INDEXES" ? parts.join(",") : String(total));
}

export function transactWrite(ctx: Context, input: TransactWriteCommandInput): TransactWriteCommandOutput {
  const actions = input.TransactItems ?? [];
  if (actions.length === 0 || actions.length > MAX_TRANSACT_ITEMS) {
    throw validation(`1 validation error detected: Value at 'transactItems' failed to satisfy constraint: Member must have length less than or equal to ${MAX_TRANSACT_ITEMS}, Member must have length greater than or equal to 1`);
  }
  const plans = actions.map((a) => plan(ctx, a));
  const targets = new Set<string>();
  for (const p of plans) {
    const id = p.table.schema.name + "\u0000" + p.encoded;
    if (targets.has(id)) throw validation("Transaction request cannot include multiple operations on one item");
    targets.add(id);
  }
  if (plans.some((p) => p.failed)) {
    const reasons: CancellationReason[] = plans.map((p) => {
      if (!p.failed) return { Code: "None" };
      // Local ends a ConditionCheck's message with a period, not a Put's (measured).
      const reason: CancellationReason = { Code: "ConditionalCheckFailed", Message: CONDITIONAL_CHECK_FAILED + (p.kind === "check" ? "." : "") };
      if (p.returnOldOnFailure && p.before) reason.Item = itemToWire(p.before.stored.item);
      return reason;
    });
    const error = new DynamoDbError(
      "TransactionCanceledException",
      `Transaction cancelled, please refer cancellation reasons for specific reasons [${reasons.map((r) => r.Code).join(", ")}]`,
    );
    error.CancellationReasons = reasons;
    throw error;
  }
  const mode = input.ReturnConsumedCapacity;
  const seen = new Set<string>();
  const byTable = new Map<Table, Units>();
  for (const p of plans) {
    let units: Units;
    if (p.kind === "check") {
      units = emptyUnits();
      units.table = readUnits(p.before?.stored.size ?? 0, true);
    } else {
      units = p.table.commit(p.before, p.after);
      if (!p.before && !p.after) units.table = DELETE_MISSING_UNITS;
    }
    const identity = capacityIdentity(p.table, units, mode);
    if (seen.has(identity)) continue;
    seen.add(identity);
    const sum = byTable.get(p.table) ?? emptyUnits();
    addUnits(sum, units, TRANSACTION_WRITE_FACTOR);
    byTable.set(p.table, sum);
  }
  for (const p of plans) if (!byTable.has(p.table)) byTable.set(p.table, emptyUnits());
  const consumed = [...byTable].map(([t, u]) => capacity(t, mode, u)).filter((c): c is ConsumedCapacity => !!c);
  return { $metadata: {}, ...optional("ConsumedCapacity", consumed.length ? consumed : undefined) };
}
