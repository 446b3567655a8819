/**
 * The loader: items into a table by parallel BatchWriteItem (25 items per request, the
 * DynamoDB limit; 16 requests in flight by default). BatchWriteItem may accept only part
 * of a request and hand the rest back as UnprocessedItems (throttling, or a partition
 * busy); those are sent again after an exponential backoff with jitter (AWS "Error
 * retries and exponential backoff"), so no item is dropped. Throttling errors of a whole
 * request are retried the same way. Items that still fail after `maxAttempts` make the
 * load fail: a loader that drops items silently would make verify check the wrong data.
 */
import { MAX_BATCH_WRITE_ITEMS } from "@/lib/dynamo/limits";
import { createRng } from "@/lib/simulate";
import type { Target } from "./target";

export interface LoadProgress {
  written: number;
  total: number;
}

export interface LoadOptions {
  /** Requests in flight at once (default 16). */
  concurrency?: number;
  /** Attempts per item before the load fails (default 12). */
  maxAttempts?: number;
  /** Called after every accepted request. */
  onProgress?: (progress: LoadProgress) => void;
  /** Seeds the backoff jitter, so a run's timing choices are reproducible. */
  seed?: string | number;
  /** Waits between attempts; tests pass a fake. */
  sleep?: (ms: number) => Promise<void>;
}

export interface LoadResult {
  written: number;
  requests: number;
  /** Requests sent again (UnprocessedItems or throttling). */
  retries: number;
}

export class LoadError extends Error {
  override name = "LoadError";
}

export const DEFAULT_CONCURRENCY = 16;
const BASE_DELAY_MS = 20;
const MAX_DELAY_MS = 2000;
const RETRYABLE = new Set(["ProvisionedThroughputExceededException", "ThrottlingException", "RequestLimitExceeded", "InternalServerError", "ServiceUnavailable"]);

const realSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Exponential backoff with "equal jitter": half the capped delay, plus up to half again at random. */
export function backoffMs(attempt: number, random: number): number {
  const cap = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** attempt);
  return cap / 2 + random * (cap / 2);
}

type WriteRequest = { PutRequest: { Item: Record<string, unknown> } };

export async function loadItems(target: Target, tableName: string, items: ReadonlyArray<Record<string, unknown>>, options: LoadOptions = {}): Promise<LoadResult> {
  const concurrency = Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY);
  const maxAttempts = options.maxAttempts ?? 12;
  const sleep = options.sleep ?? realSleep;
  const rng = createRng(options.seed ?? 1, "loader-backoff");
  const total = items.length;
  const result: LoadResult = { written: 0, requests: 0, retries: 0 };
  let next = 0;

  const writeBatch = async (batch: WriteRequest[]) => {
    let pending = batch;
    for (let attempt = 0; pending.length > 0; attempt++) {
      if (attempt >= maxAttempts) throw new LoadError(`${pending.length} items were not written after ${maxAttempts} attempts (BatchWriteItem kept returning them as UnprocessedItems)`);
      if (attempt > 0) {
        result.retries++;
        await sleep(backoffMs(attempt, rng.next()));
      }
      result.requests++;
      let unprocessed: WriteRequest[];
      try {
        const out = await target.batchWrite({ RequestItems: { [tableName]: pending } });
        unprocessed = (out.UnprocessedItems?.[tableName] ?? []) as WriteRequest[];
      } catch (error) {
        if (!RETRYABLE.has((error as Error).name)) throw error;
        unprocessed = pending;
      }
      result.written += pending.length - unprocessed.length;
      if (unprocessed.length < pending.length) options.onProgress?.({ written: result.written, total });
      pending = unprocessed;
    }
  };

  const worker = async () => {
    while (next < total) {
      const start = next;
      next = Math.min(total, next + MAX_BATCH_WRITE_ITEMS);
      await writeBatch(items.slice(start, next).map((Item) => ({ PutRequest: { Item } })));
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, Math.ceil(total / MAX_BATCH_WRITE_ITEMS)) }, worker));
  if (result.written !== total) throw new LoadError(`wrote ${result.written} of ${total} items`);
  return result;
}

/**
 * How many items the table holds (a COUNT Scan, every page): what a load must be checked
 * against. Strongly consistent, so on AWS it sees every write that was acknowledged.
 */
export async function countItems(target: Target, tableName: string): Promise<number> {
  let count = 0;
  let ExclusiveStartKey: Record<string, unknown> | undefined;
  do {
    const out = await target.scan({ TableName: tableName, Select: "COUNT", ConsistentRead: true, ...(ExclusiveStartKey ? { ExclusiveStartKey } : {}) });
    count += out.Count ?? 0;
    ExclusiveStartKey = out.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return count;
}
