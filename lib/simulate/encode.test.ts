import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseModel, type Entity, type Model } from "../model";
import { decodeBase64, decimalText, decodeItem, encodeBase64, encodeItem } from "./encode";
import { generateItems } from "./generate";
import { validModelArb } from "./testing/models";

const entity: Entity = {
  name: "Thing", key: ["id"],
  attributes: [
    { name: "id", type: "string" },
    { name: "amount", type: "number" },
    { name: "paid", type: "boolean" },
    { name: "at", type: "datetime" },
    { name: "blob", type: "binary" },
    { name: "tags", type: "stringSet" },
    { name: "scores", type: "numberSet" },
    { name: "lines", type: "list" },
    { name: "meta", type: "map" },
    { name: "note", type: "string", optional: true },
    { name: "__proto__", type: "number", optional: true },
  ],
};

describe("encodeItem / decodeItem", () => {
  it("write the dump encodings of cli.md", () => {
    const item = {
      id: "t1", amount: 12.5, paid: true, at: "2026-01-01T00:00:00.000Z", blob: new Uint8Array([0, 1, 255]),
      tags: new Set(["😀", "b", "｡", "a"]), scores: new Set([10, -2.5, 3, 1e21]), lines: [1, "x", new Uint8Array([1])],
      meta: { a: 1, nested: { s: new Set(["y", "x"]) } },
    };
    expect(encodeItem(entity, item)).toEqual({
      id: "t1", amount: "12.5", paid: true, at: "2026-01-01T00:00:00.000Z", blob: "AAH/",
      // UTF-8 byte order: U+FF61 (3 bytes, EF BD A1) before U+1F600 (4 bytes, F0 …), unlike UTF-16 order.
      tags: ["a", "b", "｡", "😀"], scores: ["-2.5", "3", "10", "1000000000000000000000"], lines: [1, "x", "AQ=="],
      meta: { a: 1, nested: { s: ["x", "y"] } },
    });
  });

  it("leave absent attributes out and keep __proto__ as an ordinary attribute", () => {
    const item: Record<string, unknown> = { id: "t1", note: undefined };
    Object.defineProperty(item, "__proto__", { value: 7, enumerable: true });
    const encoded = encodeItem(entity, item);
    expect(Object.keys(encoded)).toEqual(["id", "__proto__"]);
    expect(Object.getPrototypeOf(encoded)).toBe(Object.prototype);
    expect(decodeItem(entity, encoded)["__proto__"]).toBe(7);
  });

  it("read numbers, binary and sets back into model terms", () => {
    const decoded = decodeItem(entity, { id: "t1", amount: "12.5", blob: "AAH/", tags: ["a"], scores: ["1", "2.5"], lines: [1, { a: [2] }] });
    expect(decoded).toEqual({ id: "t1", amount: 12.5, blob: new Uint8Array([0, 1, 255]), tags: new Set(["a"]), scores: new Set([1, 2.5]), lines: [1, { a: [2] }] });
  });

  it("round-trip every generated item (property, over random valid models and seeds)", () => {
    fc.assert(
      fc.property(validModelArb, fc.integer(), fc.integer({ min: 1, max: 60 }), (model: Model, seed, items) => {
        const entities = new Map(model.entities.map((e) => [e.name, e]));
        for (const { entity: name, item } of generateItems(model, { items, seed })) {
          const e = entities.get(name);
          if (!e) throw new Error(name);
          const encoded = encodeItem(e, item);
          const decoded = decodeItem(e, encoded);
          expect(decoded).toEqual(item);
          expect(encodeItem(e, decoded)).toEqual(encoded);
          expect(JSON.parse(JSON.stringify(encoded))).toEqual(encoded);
        }
      }),
      { numRuns: 40 },
    );
  }, 30_000);
});

describe("decimalText", () => {
  it("writes canonical decimal text", () => {
    expect([12.5, 12.50, 0, -0, 1, -1.25, 1e21, 1.5e-7, 123456789012345680000, 0.1 + 0.2].map(decimalText)).toEqual([
      "12.5", "12.5", "0", "0", "1", "-1.25", "1000000000000000000000", "0.00000015", "123456789012345680000", "0.30000000000000004",
    ]);
  });

  it("reads back as the same number and is accepted by the model's sample rules (property)", () => {
    const model: Model = {
      format: "tablewright.model/1", name: "n", accessPatterns: [],
      entities: [{ name: "N", key: ["k"], attributes: [{ name: "k", type: "string" }, { name: "x", type: "number" }] }],
    };
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -9.99e125, max: 9.99e125 }).filter((x) => x === 0 || Math.abs(x) >= 1e-129), (x) => {
        const text = decimalText(x);
        expect(Number(text)).toBe(x === 0 ? 0 : x);
        const result = parseModel({ ...model, samples: [{ entity: "N", item: { k: "a", x: text } }] });
        expect(result.problems).toEqual([]);
      }),
    );
  });
});

describe("base64", () => {
  it("matches RFC 4648 test vectors and round-trips", () => {
    const vectors: Array<[string, string]> = [["", ""], ["f", "Zg=="], ["fo", "Zm8="], ["foo", "Zm9v"], ["foob", "Zm9vYg=="], ["fooba", "Zm9vYmE="], ["foobar", "Zm9vYmFy"]];
    for (const [plain, encoded] of vectors) {
      const bytes = new TextEncoder().encode(plain);
      expect(encodeBase64(bytes)).toBe(encoded);
      expect(decodeBase64(encoded)).toEqual(bytes);
    }
    fc.assert(fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
      expect(decodeBase64(encodeBase64(bytes))).toEqual(bytes);
    }));
  });
});
