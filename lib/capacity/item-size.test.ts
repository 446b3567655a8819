import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { itemBytes, numberBytes, utf8Length, valueBytes } from "./item-size";

// Every expectation is a size DynamoDB Local 3.3.0 reported at the 1 KB write-unit
// boundary (guide/dynamodb-local-observed.md, "Item size"), or the AWS rule of
// CapacityUnitCalculations ("Item sizes and formats") worked by hand.
describe("item size (CapacityUnitCalculations)", () => {
  it("counts strings in UTF-8 bytes, binary raw, booleans and null as 1", () => {
    expect(valueBytes("12345")).toBe(5); // measured: String "12345" → 5
    expect(valueBytes("é")).toBe(2); // U+00E9 is two UTF-8 bytes
    expect(valueBytes("😀")).toBe(4); // a surrogate pair is one 4-byte code point
    expect(valueBytes(new Uint8Array(3))).toBe(3); // measured: Binary of 3 bytes → 3
    expect(valueBytes(true)).toBe(1);
    expect(valueBytes(null)).toBe(1);
  });

  it("sizes numbers by significant digit pairs plus one byte, as measured", () => {
    // measured: "1" → 2, "11" → 2, "111" → 3, "1111" → 3, "11111" → 4, "1111111" → 5
    expect([1, 11, 111, 1111, 11111, 1111111].map(numberBytes)).toEqual([2, 2, 3, 3, 4, 5]);
    expect(numberBytes(0)).toBe(1); // zero is 1 byte
    expect(numberBytes(100)).toBe(2); // "01 00": the trailing 00 pair is dropped → 1 pair + 1
    expect(numberBytes(-5)).toBe(3); // 1 pair + 1, + 1 for the sign
    expect(numberBytes("12.50")).toBe(3); // "12" "50" → 2 pairs + 1
    expect(numberBytes(1e21)).toBe(2); // "1" followed by 20 zeros: one pair "10", the zero pairs dropped
    expect(numberBytes("99999999999999999999999999999999999999")).toBe(20); // 38 digits: 19 pairs + 1
    expect(numberBytes("-99999999999999999999999999999999999999")).toBe(21); // capped at 21
  });

  it("sizes lists and maps with 3 bytes plus 1 per element, sets as their elements", () => {
    expect(valueBytes([])).toBe(3); // measured: empty list → 3
    expect(valueBytes({})).toBe(3); // measured: empty map → 3
    expect(valueBytes(["ab"])).toBe(6); // measured: 3 + 2 + 1
    expect(valueBytes({ k: "ab" })).toBe(7); // measured: 3 + 1 (key) + 2 + 1
    expect(valueBytes(new Set(["ab", "cd"]))).toBe(4); // measured: string set → 4
  });

  it("adds attribute names to values for an item", () => {
    // "PK"(2) + "TENANT#t1"(9) + "v"(1) + number 12.5 ("12" "50" → 3) = 15
    expect(itemBytes({ PK: "TENANT#t1", v: 12.5 })).toBe(15);
    expect(itemBytes({ a: undefined, b: "x" })).toBe(2); // an undefined attribute is absent
  });

  it("counts UTF-8 bytes exactly as TextEncoder does", () => {
    const encoder = new TextEncoder();
    fc.assert(fc.property(fc.string({ unit: "binary" }), (s) => utf8Length(s) === encoder.encode(s).length), { numRuns: 500 });
  });
});
