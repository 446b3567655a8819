/**
 * The encodings keep order inside composite keys (docs/design-rules.md, "Encodings"): for
 * any values a, b and any continuations, `enc(a)#x` and `enc(b)#y` compare as a and b do
 * (UTF-8 byte order, DynamoDB's), prefixes are kept, and no encoded value contains the
 * delimiter or a character below it.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareUtf8 } from "../model";
import { encodeBinary, encodeNumber, escapeString, prefixSuccessor, previousDatetime, reverseEncoded, unescapeString } from "./encode";

const sign = (n: number) => Math.sign(n);
const tail = fc.string({ maxLength: 4 });
const noLowChars = (s: string) => [...s].every((c) => (c.codePointAt(0) ?? 0) > 0x23);

describe("encodings", () => {
  it("strings: order, prefixes and round trip survive escaping", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme" }), fc.string({ unit: "grapheme" }), tail, tail, (a, b, x, y) => {
      const ea = escapeString(a), eb = escapeString(b);
      expect(noLowChars(ea)).toBe(true);
      expect(unescapeString(ea)).toBe(a);
      if (a !== b) expect(sign(compareUtf8(`${ea}#${x}`, `${eb}#${y}`))).toBe(sign(compareUtf8(a, b)));
      expect(ea.startsWith(eb)).toBe(a.startsWith(b));
    }), { numRuns: 2000 });
  });

  it("strings with delimiters and low bytes sort as the raw strings do", () => {
    const tricky = ["", "a", "a\u0000", "a ", "a!", "a#", "a$", "a%", "a#b", "ab", "b", "😀", "\uFFFF"];
    const sorted = [...tricky].sort(compareUtf8);
    expect([...tricky].map((s) => `${escapeString(s)}#z`).sort(compareUtf8)).toEqual(sorted.map((s) => `${escapeString(s)}#z`));
  });

  it("numbers: numeric order, negatives and decimals, in any composite", () => {
    const num = fc.double({ noNaN: true, noDefaultInfinity: true });
    fc.assert(fc.property(num, num, tail, tail, (a, b, x, y) => {
      const ea = encodeNumber(a), eb = encodeNumber(b);
      expect(noLowChars(ea)).toBe(true);
      if (a === b) expect(ea).toBe(eb);
      else expect(sign(compareUtf8(`${ea}#${x}`, `${eb}#${y}`))).toBe(sign(a - b));
    }), { numRuns: 3000 });
  });

  it("numbers as decimal text are exact beyond double precision", () => {
    expect(compareUtf8(encodeNumber("12345678901234567890123456789.5"), encodeNumber("12345678901234567890123456789.25"))).toBeGreaterThan(0);
    expect(encodeNumber("1e3")).toBe(encodeNumber(1000));
    expect(encodeNumber("-0.00")).toBe(encodeNumber(0));
  });

  it("binary: hex keeps byte order and prefixes", () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 6 }), fc.uint8Array({ maxLength: 6 }), (a, b) => {
      const cmp = (() => {
        for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return (a[i] ?? 0) - (b[i] ?? 0);
        return a.length - b.length;
      })();
      expect(sign(compareUtf8(`${encodeBinary(a)}#`, `${encodeBinary(b)}#`))).toBe(sign(cmp));
    }));
  });

  it("the reversed encoding reverses order and terminates itself", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme" }), fc.string({ unit: "grapheme" }), tail, tail, (a, b, x, y) => {
      const ra = reverseEncoded(escapeString(a)), rb = reverseEncoded(escapeString(b));
      expect(noLowChars(ra)).toBe(true);
      if (a !== b) expect(sign(compareUtf8(`${ra}${x}`, `${rb}${y}`))).toBe(-sign(compareUtf8(a, b)));
    }), { numRuns: 2000 });
  });

  it("prefix successors and datetime predecessors", () => {
    expect(prefixSuccessor("ORDER#")).toBe("ORDER$");
    expect(compareUtf8("ORDER#\u{10FFFF}\u{10FFFF}", prefixSuccessor("ORDER#"))).toBeLessThan(0);
    expect(previousDatetime("2026-01-01T00:00:00.000Z")).toBe("2025-12-31T23:59:59.999Z");
  });
});
