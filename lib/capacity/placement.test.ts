import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { designModel } from "../design";
import { capacityOf } from "./capacity";
import { keyHash, partitionOf } from "./hash";
import { keyHeat } from "./heat";
import { keyLoads, placeKeys, placeTarget, standInKeys } from "./placement";
import { shopModel } from "./testing/shop";

/** FNV-1a over TextEncoder's bytes, then fmix32: the hash written the slow, obvious way. */
function referenceHash(text: string): number {
  let h = 0x811c9dc5;
  for (const b of new TextEncoder().encode(text)) h = Math.imul(h ^ b, 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

// The placement is illustrative (DynamoDB's hash is unpublished, dynamodb-facts.md): what
// must hold is that the hash is uniform, deterministic, over UTF-8, and that placing keys
// neither loses nor invents load.
describe("the placement hash", () => {
  it("is FNV-1a over the UTF-8 bytes, for any string", () => {
    fc.assert(fc.property(fc.string({ unit: "binary" }), (s) => keyHash(s) === referenceHash(s)), { numRuns: 1000 });
    expect(keyHash("TENANT#t1")).toBe(referenceHash("TENANT#t1"));
  });

  it("spreads keys evenly over equal hash ranges (chi-square, 64 partitions)", () => {
    const n = 64_000, p = 64;
    const counts = new Array<number>(p).fill(0);
    for (let i = 0; i < n; i++) {
      const at = partitionOf(keyHash(`DEVICE#{deviceId=${i}}`), p);
      counts[at] = (counts[at] ?? 0) + 1;
    }
    const expected = n / p;
    const chi = counts.reduce((s, c) => s + (c - expected) ** 2 / expected, 0);
    expect(chi).toBeLessThan(110); // 63 degrees of freedom: p < 0.001 above ~103
  });
});

describe("placing keys", () => {
  const model = shopModel();
  const c = capacityOf(model, designModel(model), { distribution: "skewed" });
  const heats = keyHeat(c);
  const customers = heats.find((h) => h.index === null && h.key === "CUSTOMER#{customerId}");
  if (!customers) throw new Error("no customer key");

  it("gives every value a distinct stand-in key, shard suffixes included", () => {
    const keys = standInKeys(customers, 1000);
    expect(new Set(keys).size).toBe(1000);
    expect(keys[0]).toBe("CUSTOMER#{customerId=1}");
    expect(standInKeys({ ...customers, key: "OPEN", shards: 3 }, 1)).toEqual(["OPEN#0", "OPEN#1", "OPEN#2"]);
  });

  it("keeps every unit of load: the partitions sum to the keys' loads", () => {
    const loads = keyLoads(customers, 1000);
    const p = placeKeys({ keys: standInKeys(customers, 1000), partitions: 7, ...loads });
    const sum = (a: Float64Array) => a.reduce((s, x) => s + x, 0);
    expect(sum(p.writeUnitsPerSecond)).toBeCloseTo(sum(loads.writeUnitsPerSecond), 9);
    expect(sum(p.writeUnitsPerSecond)).toBeCloseTo(customers.total.writeUnitsPerSecond, 9);
    expect(sum(p.sizeBytes)).toBeCloseTo(customers.total.sizeBytes, 3);
    expect(p.keys.reduce((s, x) => s + x, 0)).toBe(1000);
    expect(p.hashedKeys).toBe(1000);
  });

  it("puts the busiest (Zipf rank 1) customer in the hottest partition's top key", () => {
    const t = placeTarget(c, heats, null);
    const keysOfRankOne = t.keys.indexOf("CUSTOMER#{customerId=1}");
    const at = partitionOf(keyHash("CUSTOMER#{customerId=1}"), t.placement.partitions);
    expect(t.placement.hottestKey[at]).toBe(keysOfRankOne);
  });

  it("is deterministic", () => {
    const a = placeTarget(c, heats, "GSI1"), b = placeTarget(c, keyHeat(capacityOf(model, designModel(model), { distribution: "skewed" })), "GSI1");
    expect([...a.placement.writeUnitsPerSecond]).toEqual([...b.placement.writeUnitsPerSecond]);
  });
});
