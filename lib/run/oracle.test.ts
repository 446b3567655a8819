/** The oracle and the tie-tolerant comparison (model-format.md, "What a read pattern means"). */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseModel, type AccessPattern, type Model } from "@/lib/model";
import { compareResult } from "./verify/compare";
import { compareValues, ModelTypes, type EntityItem } from "./verify/values";
import { expectedCount, oracle } from "./verify/oracle";
import { decimalText } from "@/lib/simulate";

function model(accessPatterns: AccessPattern[]): Model {
  const parsed = parseModel({
    format: "tablewright.model/1", name: "Oracle test",
    entities: [
      { name: "Score", key: ["board", "player"], attributes: [
        { name: "board", type: "string" }, { name: "player", type: "string" }, { name: "points", type: "number" },
        { name: "at", type: "datetime" }, { name: "tag", type: "string", optional: true }, { name: "blob", type: "binary", optional: true }] },
      { name: "Badge", key: ["board", "player"], attributes: [
        { name: "board", type: "string" }, { name: "player", type: "string" }, { name: "points", type: "number" }, { name: "at", type: "datetime" }] },
    ],
    accessPatterns,
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.model;
}

const top: AccessPattern = { id: "top", name: "top", kind: "query", entity: ["Score", "Badge"], where: { board: "eq", points: "gte" }, order: { by: "points", dir: "desc" }, limit: 4 };
const tagged: AccessPattern = { id: "tagged", name: "tagged", kind: "query", entity: "Score", where: { board: "eq", tag: "exists" } };
const untagged: AccessPattern = { id: "untagged", name: "untagged", kind: "query", entity: "Score", where: { board: "eq", tag: "notExists" }, order: { by: "at" } };
const prefix: AccessPattern = { id: "prefix", name: "prefix", kind: "query", entity: "Score", where: { board: "eq", player: "beginsWith" } };
const types = new ModelTypes(model([top, tagged, untagged, prefix]));

const itemArb = fc.record({
  entity: fc.constantFrom("Score", "Badge"),
  board: fc.constantFrom("a", "b"),
  player: fc.string({ unit: "binary", minLength: 1, maxLength: 4 }),
  points: fc.integer({ min: 0, max: 4 }), // few values: many ties
  at: fc.integer({ min: 0, max: 5 }).map((s) => `2026-01-01T00:00:0${s}.000Z`),
  tag: fc.option(fc.constantFrom("x", "y"), { nil: undefined }),
}).map(({ entity, tag, ...rest }): EntityItem => ({ entity, item: entity === "Score" && tag !== undefined ? { ...rest, tag } : rest }));
const itemsArb = fc.uniqueArray(itemArb, { selector: (x) => `${x.entity}\u0000${String(x.item["board"])}\u0000${String(x.item["player"])}`, maxLength: 30 });

const utf8Sign = (a: string, b: string) => Math.sign(Buffer.compare(Buffer.from(a, "utf8"), Buffer.from(b, "utf8")));

describe("value order", () => {
  it("strings compare by UTF-8 bytes (not by UTF-16 code units)", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme" }), fc.string({ unit: "grapheme" }), (a, b) => {
      expect(compareValues("string", a, b)).toBe(utf8Sign(a, b));
    }));
    expect(compareValues("string", "\uFFFF", "😀")).toBe(-1);
  });

  it("numbers compare numerically, as JS numbers or as decimal text", () => {
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.double({ noNaN: true, noDefaultInfinity: true }), (a, b) => {
      const want = a < b ? -1 : a > b ? 1 : 0;
      expect(compareValues("number", a, b)).toBe(want);
      expect(compareValues("number", decimalText(a), decimalText(b))).toBe(want);
    }));
    expect(compareValues("number", "99999999999999999999999999999999999999", "99999999999999999999999999999999999998")).toBe(1);
  });

  it("binary compares by bytes, given as bytes or base64", () => {
    expect(compareValues("binary", Uint8Array.of(1, 2), "AQM=")).toBe(-1);
    expect(compareValues("binary", Uint8Array.of(1), Uint8Array.of(1, 0))).toBe(-1);
  });
});

describe("oracle", () => {
  it("selects exactly the items whose conditions hold, in order, whatever the input order", () => {
    fc.assert(fc.property(itemsArb, fc.integer({ min: 0, max: 4 }), fc.constantFrom("a", "b"), (items, min, board) => {
      const binding = { board, points: min };
      const got = oracle(types, top, items, binding);
      const want = items.filter((x) => x.item["board"] === board && (x.item["points"] as number) >= min);
      expect(got).toHaveLength(want.length);
      for (let i = 1; i < got.length; i++) expect((got[i - 1]?.item["points"] as number) >= (got[i]?.item["points"] as number)).toBe(true);
      expect(oracle(types, top, [...items].reverse(), binding)).toEqual(got);
    }));
  });

  it("exists and notExists read presence; ties fall back to entity, then key (ascending)", () => {
    const items: EntityItem[] = [
      { entity: "Score", item: { board: "a", player: "p2", points: 1, at: "2026-01-01T00:00:01.000Z", tag: "x" } },
      { entity: "Score", item: { board: "a", player: "p1", points: 1, at: "2026-01-01T00:00:01.000Z" } },
      { entity: "Badge", item: { board: "a", player: "p3", points: 1, at: "2026-01-01T00:00:01.000Z" } },
    ];
    expect(oracle(types, tagged, items, { board: "a" }).map((x) => x.item["player"])).toEqual(["p2"]);
    expect(oracle(types, untagged, items, { board: "a" }).map((x) => x.item["player"])).toEqual(["p1"]);
    expect(oracle(types, top, items, { board: "a", points: 0 }).map((x) => `${x.entity}:${String(x.item["player"])}`)).toEqual(["Badge:p3", "Score:p1", "Score:p2"]);
  });

  it("beginsWith is a prefix by characters (= UTF-8 bytes)", () => {
    const items: EntityItem[] = ["ab", "abc", "b", "a😀"].map((player) => ({ entity: "Score", item: { board: "a", player, points: 0, at: "2026-01-01T00:00:00.000Z" } }));
    expect(oracle(types, prefix, items, { board: "a", player: "ab" }).map((x) => x.item["player"])).toEqual(["ab", "abc"]);
  });
});

/** Shuffles each run of equal `points` (a tie group) with the given order. */
function shuffleTies(list: EntityItem[], reverse: boolean): EntityItem[] {
  const out: EntityItem[] = [];
  for (let i = 0; i < list.length;) {
    let j = i;
    while (j < list.length && list[j]?.item["points"] === list[i]?.item["points"]) j++;
    const group = list.slice(i, j);
    out.push(...(reverse ? group.reverse() : group));
    i = j;
  }
  return out;
}

describe("comparison with the oracle", () => {
  it("accepts the oracle's result, ties in any order (DynamoDB returns desc ties in descending key order)", () => {
    fc.assert(fc.property(itemsArb, fc.boolean(), (items, reverse) => {
      const expected = oracle(types, top, items, { board: "a", points: 0 });
      const noLimit = { ...top, limit: undefined };
      expect(compareResult(types, noLimit, expected, shuffleTies(expected, reverse))).toEqual([]);
    }));
  });

  it("at the limit, accepts any subset of the boundary tie group, and nothing else", () => {
    fc.assert(fc.property(itemsArb, (items) => {
      const expected = oracle(types, top, items, { board: "b", points: 0 });
      const n = expectedCount(top, expected.length);
      const boundary = expected[n - 1]?.item["points"];
      // The boundary group's last members instead of its first: still right.
      const group = expected.filter((x) => x.item["points"] === boundary);
      const before = expected.slice(0, n).filter((x) => x.item["points"] !== boundary);
      const alt = [...before, ...group.slice(group.length - (n - before.length))];
      expect(compareResult(types, top, expected, alt)).toEqual([]);
      if (expected.length > n) {
        const beyond = expected[n] as EntityItem;
        const wrong = [...expected.slice(0, n - 1), beyond];
        expect(compareResult(types, top, expected, wrong).length > 0).toBe(beyond.item["points"] !== expected[n - 1]?.item["points"]);
      }
    }));
  });

  it("rejects a missing, an extra, a duplicated, a changed and a misordered item", () => {
    fc.assert(fc.property(itemsArb.filter((xs) => xs.filter((x) => x.item["board"] === "a").length >= 3), (items) => {
      const p = { ...top, limit: undefined };
      const expected = oracle(types, p, items, { board: "a", points: 0 });
      const other: EntityItem = { entity: "Score", item: { board: "z", player: "q", points: 1, at: "2026-01-01T00:00:00.000Z" } };
      expect(compareResult(types, p, expected, expected.slice(1))).not.toEqual([]);
      expect(compareResult(types, p, expected, [...expected, other])).not.toEqual([]);
      expect(compareResult(types, p, expected, [...expected, expected[0] as EntityItem])).not.toEqual([]);
      const changed = expected.map((x, i) => (i === 0 ? { ...x, item: { ...x.item, at: "1999-01-01T00:00:00.000Z" } } : x));
      expect(compareResult(types, p, expected, changed)).not.toEqual([]);
      const first = expected[0] as EntityItem, last = expected[expected.length - 1] as EntityItem;
      if (first.item["points"] !== last.item["points"]) {
        expect(compareResult(types, p, expected, [last, ...expected.slice(1, -1), first])).not.toEqual([]);
      }
    }));
  });

  it("unordered with a limit: any `limit` of the matching items", () => {
    const p: AccessPattern = { ...tagged, limit: 2 };
    const items: EntityItem[] = ["p1", "p2", "p3"].map((player) => ({ entity: "Score", item: { board: "a", player, points: 0, at: "2026-01-01T00:00:00.000Z", tag: "x" } }));
    const expected = oracle(types, p, items, { board: "a" });
    expect(compareResult(types, p, expected, [items[2] as EntityItem, items[0] as EntityItem])).toEqual([]);
    expect(compareResult(types, p, expected, [items[2] as EntityItem])).not.toEqual([]);
  });
});
