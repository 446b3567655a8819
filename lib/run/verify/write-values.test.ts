/** newValue: the value an update's racer writes keeps the attribute's type, its enum and its min/max, and differs where it can. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Attribute } from "@/lib/model";
import { newValue } from "./write-values";

describe("newValue", () => {
  it("an enum value from the list, other than the old one when there is another", () => {
    fc.assert(fc.property(fc.uniqueArray(fc.string({ minLength: 1 }), { minLength: 1, maxLength: 5 }), fc.nat(20), fc.nat(), (values, pick, tag) => {
      const old = values[pick % values.length];
      const v = newValue({ name: "s", type: "string", values }, old, tag);
      expect(values).toContain(v);
      if (values.length > 1) expect(v).not.toBe(old);
    }));
  });

  it("a number within min and max, an integer", () => {
    fc.assert(fc.property(fc.integer({ min: -1000, max: 1000 }), fc.nat(500), fc.integer(), fc.nat(), (min, span, old, tag) => {
      const v = newValue({ name: "n", type: "number", min, max: min + span }, old, tag) as number;
      expect(Number.isInteger(v)).toBe(true);
      expect(v).toBeGreaterThanOrEqual(min);
      expect(v).toBeLessThanOrEqual(min + span);
    }));
  });

  it("text, datetimes, booleans and bytes of their type, different from the old value", () => {
    const cases: Array<[Attribute, unknown, (v: unknown) => boolean]> = [
      [{ name: "t", type: "string" }, "hello", (v) => typeof v === "string"],
      [{ name: "d", type: "datetime" }, "2026-01-01T00:00:00.000Z", (v) => typeof v === "string" && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/.test(v)],
      [{ name: "b", type: "boolean" }, true, (v) => typeof v === "boolean"],
      [{ name: "x", type: "binary" }, new Uint8Array([1, 2]), (v) => v instanceof Uint8Array],
    ];
    fc.assert(fc.property(fc.nat(1000).map((n) => n * 2), (tag) => {
      for (const [a, old, ok] of cases) {
        const v = newValue(a, old, tag);
        expect(ok(v), a.type).toBe(true);
        expect(v, a.type).not.toEqual(old);
      }
    }));
  });
});
