import { describe, expect, it } from "vitest";
import { designModel } from "../design";
import type { Model } from "../model";
import { capacityOf } from "./capacity";
import { capacityFindings } from "./findings";
import { keyHeat } from "./heat";
import { partitionsJson, partitionsReport } from "./json";
import { shardAdvice } from "./shards";
import { shopModel, singletonModel } from "./testing/shop";
import { harmonic, zipfShare } from "./zipf";

// Per-partition limits (bp-partition-key-design, burst-adaptive-capacity): 3,000 read
// units/s, 1,000 write units/s, 10 GB. A single item never exceeds them, so a key value
// is checked against them on its own (dynamodb-facts.md, "Partitions and throughput").
const heatOf = (model: Model, options = {}) => {
  const c = capacityOf(model, designModel(model), options);
  return { c, heats: keyHeat(c) };
};

describe("one hot item", () => {
  it("flags one item read past 3,000 RCU/s as over the limit", () => {
    // A 133-byte item read strongly: 1 unit per read (one 4 KB block), 3,001 reads/s → 3,001 RCU/s.
    const { heats } = heatOf(singletonModel(3001));
    const item = heats.find((h) => h.index === null);
    expect(item?.values).toBe(1);
    expect(item?.busiest.readUnitsPerSecond).toBe(3001);
    expect(item?.over.reads).toBe(true);
    expect(item?.overLimit).toBe(true);
    const json = partitionsJson(partitionsReport(singletonModel(3001), designModel(singletonModel(3001))));
    expect(json.hotKeys[0]).toMatchObject({ index: null, key: "SETTING#{settingId}", readUnitsPerSecond: 3001, writeUnitsPerSecond: 0, overLimit: true });
  });

  it("does not flag it at 2,999 RCU/s, nor eventually consistent reads at 6,000/s (½ unit each)", () => {
    expect(heatOf(singletonModel(2999)).heats[0]?.overLimit).toBe(false);
    expect(heatOf(singletonModel(6000, "eventual")).heats[0]?.busiest.readUnitsPerSecond).toBe(3000);
    expect(heatOf(singletonModel(6000, "eventual")).heats[0]?.overLimit).toBe(false);
    expect(heatOf(singletonModel(6002, "eventual")).heats[0]?.overLimit).toBe(true);
  });

  it("reports it as a HOT_KEY and advises a cache, since a suffix cannot split one item", () => {
    const model = singletonModel(3001);
    const findings = capacityFindings(model, designModel(model));
    const hot = findings.find((f) => f.code === "HOT_KEY");
    expect(hot?.message).toMatch(/^Over the limit/);
    expect(hot?.message).toContain("3,001 read units/s");
    const { c, heats } = heatOf(model);
    expect(shardAdvice(c, heats[0] as (typeof heats)[number]).kind).toBe("cache-item");
  });
});

describe("a hot GSI key", () => {
  // Shop at 3× its rps: GSI1's constant key OPEN takes every OPEN order's writes:
  // createOrder 600 rps × ½ (OPEN) × 2 units + shipOrder 300 rps × 2 (key change) × ½ × 2 = 1,200 WCU/s.
  const model = shopModel({ rps: { createOrder: 600, shipOrder: 300, openOrders: 15 } });
  const { c, heats } = heatOf(model);
  const open = heats.find((h) => h.index === "GSI1");

  it("loads the constant key with every write of the index", () => {
    expect(open?.key).toBe("OPEN");
    expect(open?.busiest.writeUnitsPerSecond).toBe(600 * 0.5 * 2 + 300 * 2 * 0.5 * 2);
    expect(open?.over.writes).toBe(true);
  });

  it("says the GSI throttles the table's writes (GSI back-pressure)", () => {
    const codes = capacityFindings(model, designModel(model)).map((f) => f.code);
    expect(codes).toContain("HOT_KEY");
    expect(codes).toContain("GSI_THROTTLES_TABLE");
  });

  it("advises N = ceil(load / (1,000 × 0.8)) suffixes and prices the read fan-out", () => {
    const advice = shardAdvice(c, open as NonNullable<typeof open>);
    expect(advice.kind).toBe("shard");
    expect(advice.suffixes).toBe(Math.ceil(1200 / 800)); // 2
    // openOrders then reads 2 shards of 25,000 entries, 100 each: 2 × 19 units instead of 19,
    // at 15 rps: 15 × (38 − 19) = 285 more read units/s.
    expect(advice.fanOut).toEqual([{ accessPattern: "openOrders", queries: 2, readUnitsPerRequest: 38, extraReadUnitsPerSecond: 285 }]);
  });
});

describe("children per parent", () => {
  it("spreads a customer's orders evenly, or by Zipf (s = 1.1) when skewed", () => {
    // Uniform: the busiest customer holds 1 / 1,000 of the orders: 100 of 100,000.
    const uniform = heatOf(shopModel()).heats.find((h) => h.index === null && h.key === "CUSTOMER#{customerId}");
    expect(uniform?.busiest.items).toBeCloseTo(1 + 100, 9); // its own item and its orders
    // Skewed: rank 1 holds 1 / H(1,000, 1.1) of the orders; H summed here term by term.
    let h = 0;
    for (let k = 1; k <= 1000; k++) h += k ** -1.1;
    const skewed = heatOf(shopModel(), { distribution: "skewed" }).heats.find((x) => x.index === null && x.key === "CUSTOMER#{customerId}");
    // The customer's own item is keyed by its identity: one item per value whatever the skew.
    expect(skewed?.busiest.items).toBeCloseTo(1 + 100000 / h, 6);
  });

  it("sums the Zipf series exactly to 1,000 terms and by Euler–Maclaurin beyond", () => {
    let direct = 0;
    for (let k = 1; k <= 2_000_000; k++) direct += k ** -1.1;
    expect(harmonic(2_000_000) / direct).toBeCloseTo(1, 10);
    expect(zipfShare(1, 3)).toBeCloseTo(1 / (1 + 2 ** -1.1 + 3 ** -1.1), 12);
  });
});

describe("item collections", () => {
  // A pinned LSI: every Post of a Blog shares PK = BLOG#{blogId}. 10,000,000 posts of about
  // 1.5 KB each (+ 100 bytes of overhead + a keys-only LSI entry): with 1 blog the collection
  // passes 10 GB, the item-collection limit of a table with an LSI (LSI.ItemCollections.SizeLimit);
  // with 100 blogs each holds about 160 MB.
  const lsiModel = (blogs: number): Model => ({
    format: "tablewright.model/1", name: "Blogs",
    entities: [
      { name: "Blog", count: blogs, key: ["blogId"], attributes: [{ name: "blogId", type: "string", size: 8 }] },
      { name: "Post", count: 10_000_000, key: ["blogId", "postId"], attributes: [
        { name: "blogId", type: "string", ref: "Blog" }, { name: "postId", type: "string", size: 10 },
        { name: "publishedAt", type: "datetime" }, { name: "body", type: "string", size: 1400 }] },
    ],
    accessPatterns: [{ id: "posts", name: "A blog's posts by date", kind: "query", entity: "Post", where: { blogId: "eq", publishedAt: "between" }, order: { by: "publishedAt" }, limit: 20, rps: 5 }],
    design: {
      table: { partitionKey: { name: "PK", type: "S" }, sortKey: { name: "SK", type: "S" } },
      indexes: [{ name: "LSI1", type: "local", partitionKey: { name: "PK", type: "S" }, sortKey: { name: "LSI1SK", type: "S" }, projection: "KEYS_ONLY" }],
      entities: [
        { entity: "Blog", keys: [{ index: null, partitionKey: "BLOG#{blogId}", sortKey: "BLOG#" }] },
        { entity: "Post", keys: [{ index: null, partitionKey: "BLOG#{blogId}", sortKey: "POST#{postId}" }, { index: "LSI1", partitionKey: "BLOG#{blogId}", sortKey: "POST#{publishedAt}#{postId}" }] },
      ],
    },
  });

  it("warns when an item collection nears 10 GB on a table with an LSI", () => {
    const model = lsiModel(1);
    const { c, heats } = heatOf(model);
    expect(c.hasLsi).toBe(true);
    const blog = heats.find((h) => h.index === null);
    expect(blog?.logical.sizeBytes).toBeGreaterThan(10 * 1024 ** 3);
    expect(blog?.over.itemCollection).toBe(true);
    const finding = capacityFindings(model, designModel(model)).find((f) => f.code === "LARGE_ITEM_COLLECTION");
    expect(finding?.severity).toBe("warning");
    expect(finding?.message).toContain("local secondary index");
  });

  it("is quiet when the collections are small", () => {
    const model = lsiModel(100);
    expect(capacityFindings(model, designModel(model)).filter((f) => f.code === "LARGE_ITEM_COLLECTION")).toEqual([]);
  });
});
