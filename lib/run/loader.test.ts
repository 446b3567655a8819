/** The loader against a fake DynamoDB that hands items back as UnprocessedItems or throttles. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { backoffMs, countItems, LoadError, loadItems, type LoadProgress } from "./loader";
import type { Target } from "./target";

type Item = Record<string, unknown>;

/** A target whose batchWrite accepts a random part of each request (seeded), and counts what it holds. */
function flakyTarget(seed: number, options: { throttleEvery?: number; never?: boolean } = {}): { target: Target; stored: Map<string, Item>; inFlight: { max: number } } {
  const stored = new Map<string, Item>();
  const inFlight = { now: 0, max: 0 };
  let s = seed >>> 0, calls = 0;
  const random = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  const unsupported = () => Promise.reject(new Error("not used"));
  const target: Target = {
    kind: "memory",
    async batchWrite(input) {
      inFlight.now++;
      inFlight.max = Math.max(inFlight.max, inFlight.now);
      await new Promise((r) => setTimeout(r, 0));
      inFlight.now--;
      const [table, requests = []] = Object.entries(input.RequestItems ?? {})[0] ?? ["", []];
      if (requests.length > 25) throw Object.assign(new Error("too many"), { name: "ValidationException" });
      if (options.throttleEvery && ++calls % options.throttleEvery === 0) throw Object.assign(new Error("slow down"), { name: "ProvisionedThroughputExceededException" });
      const back = requests.filter(() => options.never || random() < 0.3);
      for (const r of requests) if (!back.includes(r)) stored.set(String(r.PutRequest?.Item?.["id"]), r.PutRequest?.Item as Item);
      return back.length ? { UnprocessedItems: { [table]: back } } : {};
    },
    async scan(input) {
      const all = [...stored.values()];
      const start = input.ExclusiveStartKey ? Number(input.ExclusiveStartKey["at"]) : 0;
      const page = all.slice(start, start + 100);
      return { Count: page.length, ...(start + 100 < all.length ? { LastEvaluatedKey: { at: start + 100 } } : {}) };
    },
    createTable: unsupported, deleteTable: unsupported, put: unsupported, update: unsupported, delete: unsupported,
    get: unsupported, query: unsupported, transactWrite: unsupported,
  };
  return { target, stored, inFlight };
}

const noSleep = () => Promise.resolve();
const items = (n: number): Item[] => Array.from({ length: n }, (_, i) => ({ id: `item-${i}`, n: i }));

describe("loader", () => {
  it("writes every item despite UnprocessedItems and throttling, with bounded concurrency and monotone progress", async () => {
    await fc.assert(fc.asyncProperty(fc.integer({ min: 0, max: 400 }), fc.integer(), fc.integer({ min: 1, max: 20 }), async (n, seed, concurrency) => {
      const { target, stored, inFlight } = flakyTarget(seed, { throttleEvery: 7 });
      const progress: LoadProgress[] = [];
      const result = await loadItems(target, "t", items(n), { concurrency, sleep: noSleep, onProgress: (p) => progress.push(p), maxAttempts: 50 });
      expect(result.written).toBe(n);
      expect(stored.size).toBe(n);
      expect(await countItems(target, "t")).toBe(n);
      expect(inFlight.max).toBeLessThanOrEqual(concurrency);
      for (let i = 1; i < progress.length; i++) expect(progress[i]?.written).toBeGreaterThan(progress[i - 1]?.written ?? 0);
      if (n > 0) expect(progress[progress.length - 1]).toEqual({ written: n, total: n });
    }), { numRuns: 40 });
  });

  it("fails, naming the count, when items keep coming back", async () => {
    const { target } = flakyTarget(1, { never: true });
    await expect(loadItems(target, "t", items(30), { sleep: noSleep, maxAttempts: 4 })).rejects.toThrow(LoadError);
  });

  it("does not retry errors that are not throttling", async () => {
    const { target } = flakyTarget(1);
    const broken: Target = { ...target, batchWrite: () => Promise.reject(Object.assign(new Error("bad item"), { name: "ValidationException" })) };
    await expect(loadItems(broken, "t", items(3), { sleep: noSleep })).rejects.toThrow("bad item");
  });

  it("backs off exponentially, with jitter, capped", () => {
    expect(backoffMs(1, 0)).toBe(20);
    expect(backoffMs(1, 1)).toBe(40);
    expect(backoffMs(3, 0.5)).toBe(120);
    expect(backoffMs(30, 1)).toBe(2000);
  });
});
