import { readFileSync } from "node:fs";
import { join } from "node:path";
import { designModel, type Design } from "@/lib/design";
import { parseModelText, type Model } from "@/lib/model";
import { javaAvailable, localClients, startDynamoLocal, type DynamoLocal } from "@/lib/run/local";
import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";

/** An example model and its design; by default the payments example (GSIs, uniqueness items, sparse indexes). */
export function benchModel(name = "multi-tenant-payments.json"): { model: Model; design: Design } {
  const file = join(process.cwd(), "public", "examples", name);
  const parsed = parseModelText(readFileSync(file, "utf8"));
  if (!parsed.ok) throw new Error(`${file} is not a valid model`);
  return { model: parsed.model, design: designModel(parsed.model) };
}

export interface LocalSession {
  local: DynamoLocal;
  client: DynamoDBClient;
  doc: DynamoDBDocumentClient;
}

/**
 * Runs `work` with a DynamoDB Local started for it and stopped afterwards (also on error),
 * or returns the reason it cannot run here (no Java): the entry then reports `skipped`.
 */
export async function withLocal<T>(work: (session: LocalSession) => Promise<T>): Promise<T | { skipped: string }> {
  process.env["AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED"] ??= "true";
  const java = await javaAvailable();
  if (java !== true) return { skipped: `DynamoDB Local needs Java 17+ (${java})` };
  const local = await startDynamoLocal();
  const { client, doc } = localClients(local.endpoint);
  try {
    return await work({ local, client, doc });
  } finally {
    client.destroy();
    await local.stop();
  }
}

/** The median of some numbers. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}
