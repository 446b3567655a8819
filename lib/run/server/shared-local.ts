/**
 * One DynamoDB Local per server process, started on first use and reused: it takes
 * seconds to start, and each run uses a table of its own, so runs never meet.
 */
import { startDynamoLocal, type DynamoLocal } from "../local";

let instance: Promise<DynamoLocal> | null = null;

export function sharedDynamoLocal(): Promise<DynamoLocal> {
  instance ??= startDynamoLocal().catch((error: unknown) => {
    // A failed start (no Java) is retried by the next request, after the user fixes it.
    instance = null;
    throw error;
  });
  return instance;
}
