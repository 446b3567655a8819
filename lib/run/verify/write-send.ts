/**
 * Sends a design's write request (lib/design buildWriteRequest) to a target and says how
 * it ended: written, refused by its condition, or something else. A transaction that
 * lost a conflict (TransactionConflict, or throttling) is retried after a short backoff,
 * as an SDK client would: the question a write scenario asks is what the write's
 * *condition* decides, not who won a lock race inside DynamoDB.
 */
import type { WriteRequest } from "@/lib/design";
import type { Target } from "../target";

export type Outcome = "written" | "refused" | "failed";

export interface Sent {
  outcome: Outcome;
  /** The error, when not written. */
  error?: string;
  attempts: number;
}

const CONFLICT_RETRIES = 10;

function send(target: Target, tableName: string, request: WriteRequest): Promise<unknown> {
  switch (request.operation) {
    case "PutItem": {
      const { operation: _o, ...input } = request;
      return target.put({ ...input, TableName: tableName });
    }
    case "UpdateItem": {
      const { operation: _o, ...input } = request;
      return target.update({ ...input, TableName: tableName });
    }
    case "DeleteItem": {
      const { operation: _o, ...input } = request;
      return target.delete({ ...input, TableName: tableName });
    }
    case "TransactWriteItems":
      return target.transactWrite({
        TransactItems: request.TransactItems.map((t) => ({
          ...(t.Put ? { Put: { ...t.Put, TableName: tableName } } : {}),
          ...(t.Update ? { Update: { ...t.Update, TableName: tableName } } : {}),
          ...(t.Delete ? { Delete: { ...t.Delete, TableName: tableName } } : {}),
        })),
      });
  }
}

/** How an error ends a write: refused by a condition, a conflict to retry, or a failure. */
export function classify(error: unknown): "refused" | "conflict" | "failed" {
  const name = (error as { name?: string }).name ?? "";
  if (name === "ConditionalCheckFailedException") return "refused";
  if (name === "TransactionConflictException" || name === "ThrottlingException" || name === "ProvisionedThroughputExceededException") return "conflict";
  if (name === "TransactionCanceledException") {
    const codes = ((error as { CancellationReasons?: Array<{ Code?: string }> }).CancellationReasons ?? []).map((r) => r.Code ?? "None");
    if (codes.includes("ConditionalCheckFailed")) return "refused";
    if (codes.some((c) => c === "TransactionConflict" || c === "ThrottlingError" || c === "ProvisionedThroughputExceeded")) return "conflict";
    // Without reasons (some clients drop them), the message names them: "[ConditionalCheckFailed, None]".
    const message = (error as Error).message ?? "";
    if (message.includes("ConditionalCheckFailed")) return "refused";
    if (message.includes("TransactionConflict")) return "conflict";
  }
  return "failed";
}

export async function sendWrite(target: Target, tableName: string, request: WriteRequest): Promise<Sent> {
  for (let attempt = 1; ; attempt++) {
    try {
      await send(target, tableName, request);
      return { outcome: "written", attempts: attempt };
    } catch (error) {
      const kind = classify(error);
      const text = `${(error as Error).name}: ${(error as Error).message}`;
      if (kind !== "conflict" || attempt >= CONFLICT_RETRIES) return { outcome: kind === "refused" ? "refused" : "failed", error: text, attempts: attempt };
      await new Promise((r) => setTimeout(r, 5 * attempt));
    }
  }
}

/** Runs tasks with at most `limit` in flight, keeping their order in the result. */
export async function bounded<T>(tasks: ReadonlyArray<() => Promise<T>>, limit: number): Promise<T[]> {
  const out: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      out[i] = await (tasks[i] as () => Promise<T>)();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return out;
}
