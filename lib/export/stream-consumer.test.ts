/**
 * The Streams consumer skeleton, run on stream events: each entity change reaches the
 * handler's logic once (a redelivered record is skipped: idempotent), uniqueness items and
 * unknown items are skipped, and on the first failure the handler stops and reports that
 * record's sequence number, so Lambda retries from it (ReportBatchItemFailures).
 */
import { describe, expect, it } from "vitest";
import { designModel } from "../design";
import { streamConsumer } from "./stream-consumer";
import { example } from "./testing/examples";
import { load, workspace, writeFiles } from "./testing/generated";
import { typescriptFiles } from "./typescript";

type Change = { entity: string; event: string; newItem?: Record<string, unknown>; oldItem?: Record<string, unknown>; eventId: string };
type Consumer = {
  handler: (event: unknown, store: unknown, apply: (c: Change) => Promise<void>) => Promise<{ batchItemFailures: Array<{ itemIdentifier: string }> }>;
};

const store = () => {
  const seen = new Set<string>();
  return { has: async (id: string) => seen.has(id), add: async (id: string) => void seen.add(id) };
};

function record(id: string, seq: string, event: string, image: Record<string, unknown>) {
  return { eventID: id, eventName: event, dynamodb: { SequenceNumber: seq, Keys: { PK: image["PK"] }, NewImage: image } };
}

describe("the Streams consumer skeleton", () => {
  it("exists only when the model enables a stream", () => {
    const game = example("game-leaderboard");
    expect(streamConsumer(game, designModel(game))).toBeUndefined();
    const payments = example("multi-tenant-payments");
    expect(streamConsumer(payments, designModel(payments))?.path).toBe("stream-consumer.ts");
  });

  it("processes each change once, skips uniqueness items, and reports the first failure", async () => {
    const model = example("multi-tenant-payments");
    const dir = workspace();
    writeFiles(dir, typescriptFiles(model, designModel(model)));
    const { handler } = await load<Consumer>(dir, "stream-consumer.ts");
    const payment = { PK: { S: "TENANT#t1#PAYMENT#p1" }, _type: { S: "Payment" }, tenantId: { S: "t1" }, paymentId: { S: "p1" }, amount: { N: "12.5" } };
    const unique = { PK: { S: "_UNIQUE#PAYMENT#idempotencyKey#k" }, _type: { S: "_unique" } };
    const events = { Records: [record("e1", "1", "INSERT", payment), record("e2", "2", "INSERT", unique), record("e1", "1", "INSERT", payment), record("e3", "3", "MODIFY", payment)] };
    const seen: Change[] = [];
    const s = store();
    expect(await handler(events, s, async (c) => void seen.push(c))).toEqual({ batchItemFailures: [] });
    expect(seen.map((c) => [c.entity, c.event, c.eventId])).toEqual([["Payment", "INSERT", "e1"], ["Payment", "MODIFY", "e3"]]);
    expect(seen[0]?.newItem).toMatchObject({ tenantId: "t1", amount: 12.5 });
    // Redelivered as a whole: nothing is applied twice.
    expect(await handler(events, s, async (c) => void seen.push(c))).toEqual({ batchItemFailures: [] });
    expect(seen).toHaveLength(2);
    // A failure stops the batch at that record.
    const later: string[] = [];
    const failing = { Records: [record("f1", "10", "INSERT", payment), record("f2", "11", "INSERT", payment), record("f3", "12", "INSERT", payment)] };
    const out = await handler(failing, store(), async (c) => {
      if (c.eventId === "f2") throw new Error("downstream unavailable");
      later.push(c.eventId);
    });
    expect(out).toEqual({ batchItemFailures: [{ itemIdentifier: "11" }] });
    expect(later).toEqual(["f1"]);
  }, 60_000);
});
