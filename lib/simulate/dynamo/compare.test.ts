import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareBytes, compareStrings } from "./compare";

const utf8 = (s: string) => new TextEncoder().encode(s);
const sign = (n: number) => (n < 0 ? -1 : n > 0 ? 1 : 0);

describe("compareStrings: UTF-8 byte order", () => {
  it("puts astral characters after \\uFFFF (JavaScript's < does not)", () => {
    expect("😀" < "\uFFFF").toBe(true);
    expect(compareStrings("😀", "\uFFFF")).toBe(1);
    const observed = ["B", "Z", "a", "z", "é", "é\u0301", "\uFFFF", "😀"];
    expect([...observed].reverse().sort(compareStrings)).toEqual(observed);
  });

  it("agrees with comparing UTF-8 bytes, for any well-formed strings", () => {
    const text = fc.string({ unit: fc.oneof(fc.constantFrom("a", "é", "\uE000", "\uFFFF", "😀", "𐀀", "\u0800"), fc.string({ unit: "grapheme", maxLength: 1 })), maxLength: 6 });
    fc.assert(
      fc.property(text, text, (a, b) => sign(compareStrings(a, b)) === sign(compareBytes(utf8(a), utf8(b)))),
      { numRuns: 2000 },
    );
  });

  it("is a total order consistent with equality", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme" }), (a) => compareStrings(a, a) === 0 && compareStrings(a, a + "x") === -1));
  });
});

describe("compareBytes", () => {
  it("orders unsigned bytes, shorter prefix first", () => {
    const b = (...x: number[]) => new Uint8Array(x);
    expect(compareBytes(b(0x7f), b(0x80))).toBe(-1);
    expect(compareBytes(b(0xff), b(0xff, 0))).toBe(-1);
    expect(compareBytes(b(1, 2), b(1, 2))).toBe(0);
  });
});
