/**
 * Emitted into the generated TypeScript module: expression placeholders and the write requests (write-requests.ts), and the error classes of conditional writes.
 * It mirrors lib/design exactly: keys the generated code writes must be the keys the
 * design reads, and typescript.test.ts checks the equivalence on sample items and
 * bindings. Change both sides together.
 *
 * Kept as text (no backticks, no dollar-brace) because the exporter emits it, never runs it.
 */
export const RUNTIME_WRITES = String.raw`// ---------------------------------------------------------------------------
// Expressions: every attribute goes through ExpressionAttributeNames (reserved
// words and any attribute name are safe), every value through a placeholder.
// ---------------------------------------------------------------------------

interface ExpressionParts {
  ConditionExpression?: string;
  ExpressionAttributeNames?: Record<string, string>;
  ExpressionAttributeValues?: Record<string, unknown>;
}

class Expression {
  names: Record<string, string> = {};
  values: Record<string, unknown> = {};
  private n = 0;
  name(attribute: string): string {
    const found = Object.entries(this.names).find(([, v]) => v === attribute);
    if (found) return found[0];
    const ref = "#n" + this.n++;
    this.names[ref] = attribute;
    return ref;
  }
  value(v: unknown): string {
    const ref = ":v" + this.n++;
    this.values[ref] = v;
    return ref;
  }
  parts(condition: string[]): ExpressionParts {
    return {
      ...(condition.length ? { ConditionExpression: condition.join(" AND ") } : {}),
      ...(Object.keys(this.names).length ? { ExpressionAttributeNames: this.names } : {}),
      ...(Object.keys(this.values).length ? { ExpressionAttributeValues: this.values } : {}),
    };
  }
}

export type PutRequest = { TableName: string; Item: Record<string, unknown> } & ExpressionParts;
export type UpdateRequest = { TableName: string; Key: Record<string, unknown>; UpdateExpression: string } & ExpressionParts;
export type DeleteRequest = { TableName: string; Key: Record<string, unknown> } & ExpressionParts;
export type WriteRequest =
  | ({ operation: "PutItem" } & PutRequest)
  | ({ operation: "UpdateItem" } & UpdateRequest)
  | ({ operation: "DeleteItem" } & DeleteRequest)
  | { operation: "TransactWriteItems"; TransactItems: Array<{ Put?: PutRequest; Update?: UpdateRequest; Delete?: DeleteRequest }> };

// ---------------------------------------------------------------------------
// Conditional failures, one class per reason, so callers can tell them apart.
// ---------------------------------------------------------------------------

export class ConditionalWriteError extends Error {
  constructor(readonly accessPattern: string, message: string) {
    super(accessPattern + ": " + message);
    this.name = "ConditionalWriteError";
  }
}
/** A create met an item with the same key (an idempotent create delivered twice). */
export class ItemAlreadyExistsError extends ConditionalWriteError {
  override name = "ItemAlreadyExistsError";
}
/** An update or delete found no item with this key. */
export class ItemNotFoundError extends ConditionalWriteError {
  override name = "ItemNotFoundError";
}
/** Optimistic locking: the item's version is no longer the one the caller read. */
export class VersionConflictError extends ConditionalWriteError {
  override name = "VersionConflictError";
  constructor(accessPattern: string, readonly currentVersion: number | undefined) {
    super(accessPattern, "the item's version is " + String(currentVersion) + ", not the one read");
  }
}
/** A signed change would take a number below zero. */
export class BelowZeroError extends ConditionalWriteError {
  override name = "BelowZeroError";
  constructor(accessPattern: string, readonly attribute: string) {
    super(accessPattern, attribute + " would go below zero");
  }
}
/** Another item already holds a unique value. */
export class UniqueValueTakenError extends ConditionalWriteError {
  override name = "UniqueValueTakenError";
  constructor(accessPattern: string, readonly attribute: string) {
    super(accessPattern, "another item already has this " + attribute);
  }
}
/** The item changed since the caller read it (compare-and-set, or a unique value moved). */
export class StaleItemError extends ConditionalWriteError {
  override name = "StaleItemError";
}

/** What each action of a write guards, to name the reason when its condition fails. */
type Role =
  | { kind: "entity"; create: boolean; versioned: boolean; deltas: Record<string, number> }
  | { kind: "claim"; attribute: string }
  | { kind: "release"; attribute: string };

function numberOf(av: unknown): number | undefined {
  const n = (av as { N?: unknown } | undefined)?.N;
  return typeof n === "string" ? Number(n) : undefined;
}

async function failure(db: Db, pattern: string, role: Role, key: Record<string, unknown> | undefined, old: Record<string, unknown> | undefined): Promise<Error> {
  if (role.kind === "claim") return new UniqueValueTakenError(pattern, role.attribute);
  if (role.kind === "release") return new StaleItemError(pattern, "the " + role.attribute + " value is no longer held by this item");
  if (role.create) return new ItemAlreadyExistsError(pattern, "an item with this key already exists");
  let item: Record<string, unknown> | undefined = old;
  if (!item && key) {
    // No old image in the error (ReturnValuesOnConditionCheckFailure unsupported): read it.
    let got: { Item?: Record<string, unknown> };
    try {
      got = await db.client.send(new GetCommand({ TableName: db.tableName ?? TABLE_NAME, Key: key, ConsistentRead: true }));
    } catch {
      return new ConditionalWriteError(pattern, "the write's condition failed"); // e.g. no permission to read
    }
    if (!got.Item) return new ItemNotFoundError(pattern, "no item with this key");
    const current = got.Item;
    item = Object.fromEntries(Object.entries(current).map(([k, v]) => [k, typeof v === "number" ? { N: String(v) } : v]));
  }
  if (!item) return new ItemNotFoundError(pattern, "no item with this key");
  if (role.versioned) return new VersionConflictError(pattern, numberOf(item["version"]));
  for (const [attribute, delta] of Object.entries(role.deltas)) {
    const now = numberOf(item[attribute]);
    if (now !== undefined && now + delta < 0) return new BelowZeroError(pattern, attribute);
  }
  return new StaleItemError(pattern, "the item changed since it was read");
}

function keyOfRequest(action: { Key?: Record<string, unknown>; Item?: Record<string, unknown> }, keyNames: readonly string[]): Record<string, unknown> | undefined {
  if (action.Key) return action.Key;
  if (!action.Item) return undefined;
  const item = action.Item;
  return Object.fromEntries(keyNames.filter((k) => k in item).map((k) => [k, item[k]]));
}

/** Sends a write; a failed condition becomes the error class that names its reason. */
async function sendWrite(db: Db, pattern: string, request: WriteRequest, roles: Role[]): Promise<void> {
  const ask = { ReturnValuesOnConditionCheckFailure: "ALL_OLD" as const };
  try {
    switch (request.operation) {
      case "PutItem": {
        const { operation: _op, ...input } = request;
        await db.client.send(new PutCommand({ ...input, ...(input.ConditionExpression ? ask : {}) } as PutCommandInput));
        return;
      }
      case "UpdateItem": {
        const { operation: _op, ...input } = request;
        await db.client.send(new UpdateCommand({ ...input, ...(input.ConditionExpression ? ask : {}) } as UpdateCommandInput));
        return;
      }
      case "DeleteItem": {
        const { operation: _op, ...input } = request;
        await db.client.send(new DeleteCommand({ ...input, ...(input.ConditionExpression ? ask : {}) } as DeleteCommandInput));
        return;
      }
      case "TransactWriteItems": {
        const TransactItems = request.TransactItems.map((a) => {
          const out: Record<string, unknown> = {};
          for (const [kind, action] of Object.entries(a)) out[kind] = action.ConditionExpression ? { ...action, ...ask } : action;
          return out;
        });
        await db.client.send(new TransactWriteCommand({ TransactItems } as TransactWriteCommandInput));
        return;
      }
    }
  } catch (error) {
    const e = error as { name?: string; Item?: Record<string, unknown>; CancellationReasons?: Array<{ Code?: string; Item?: Record<string, unknown> }> };
    if (e.name === "ConditionalCheckFailedException" && request.operation !== "TransactWriteItems") {
      const role = roles[0];
      if (role) throw await failure(db, pattern, role, keyOfRequest(request as { Key?: Record<string, unknown>; Item?: Record<string, unknown> }, TABLE_KEY_NAMES), e.Item);
    }
    if (e.name === "TransactionCanceledException" && request.operation === "TransactWriteItems") {
      const reasons = e.CancellationReasons ?? [];
      const at = reasons.findIndex((r) => r.Code === "ConditionalCheckFailed");
      const role = roles[at];
      const action = request.TransactItems[at];
      if (role && action) {
        const inner = action.Put ?? action.Update ?? action.Delete;
        throw await failure(db, pattern, role, inner ? keyOfRequest(inner as { Key?: Record<string, unknown>; Item?: Record<string, unknown> }, TABLE_KEY_NAMES) : undefined, reasons[at]?.Item);
      }
    }
    throw error;
  }
}
`;
