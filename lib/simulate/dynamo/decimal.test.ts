import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDecimal, compareDecimal, decimalSize, parseDecimal } from "./decimal";
import { isDynamoError } from "./errors";

/** Reference: compare two decimal texts exactly with BigInt at a common scale. */
function reference(a: string, b: string): number {
  const scaled = (t: string) => {
    const [m, e = "0"] = t.toLowerCase().split("e");
    const [i, f = ""] = m!.split(".");
    return { n: BigInt((i === "-" || i === "" ? i + "0" : i) + f), scale: f.length - Number(e) };
  };
  const x = scaled(a);
  const y = scaled(b);
  const s = Math.max(x.scale, y.scale, 0) + 200;
  const xa = x.n * 10n ** BigInt(s - x.scale);
  const ya = y.n * 10n ** BigInt(s - y.scale);
  return xa < ya ? -1 : xa > ya ? 1 : 0;
}

const decimalText = fc
  .tuple(fc.boolean(), fc.stringMatching(/^[1-9][0-9]{0,18}$/), fc.stringMatching(/^[0-9]{0,18}$/), fc.integer({ min: -60, max: 60 }))
  .map(([neg, i, f, e]) => `${neg ? "-" : ""}${i}${f ? "." + f : ""}e${e}`);

describe("decimals", () => {
  it("compare exactly, including numbers doubles confuse", () => {
    fc.assert(fc.property(decimalText, decimalText, (a, b) => compareDecimal(parseDecimal(a), parseDecimal(b)) === reference(a, b)), { numRuns: 3000 });
    expect(compareDecimal(parseDecimal("99999999999999999999999999999999999999"), parseDecimal("99999999999999999999999999999999999998"))).toBe(1);
  });

  it("print like Local: canonical, verbatim and Java styles", () => {
    expect(parseDecimal("1e3").text).toBe("1000");
    expect(parseDecimal("1.50").text).toBe("1.5");
    expect(parseDecimal("-0").text).toBe("0");
    expect(parseDecimal(".5").text).toBe("0.5");
    expect(parseDecimal("1e3", "verbatim").text).toBe("1e3");
    expect(parseDecimal("1e3", "java").text).toBe("1E+3");
    expect(parseDecimal("1.500e1", "java").text).toBe("15.00");
    expect(parseDecimal("-1.50E-3", "java").text).toBe("-0.00150");
    expect(parseDecimal("0.0", "java").text).toBe("0.0");
  });

  it("add exactly at the larger scale (1.5 + 1.5 = 3.0)", () => {
    expect(addDecimal(parseDecimal("1.5"), parseDecimal("1.5")).text).toBe("3.0");
    expect(addDecimal(parseDecimal("1.5"), parseDecimal("1.5"), true).text).toBe("0.0");
    expect(addDecimal(parseDecimal("1e20"), parseDecimal("0.5")).text).toBe("100000000000000000000.5");
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), (a, b) =>
        compareDecimal(addDecimal(parseDecimal(a.toString()), parseDecimal(b.toString())), parseDecimal((a + b).toString())) === 0),
    );
  });

  it("enforce 38 digits and the range 1E-130 .. 9.99E+125", () => {
    for (const bad of ["123456789012345678901234567890123456789", "1e126", "1e-131", "0x10", "1e", " 5", "", "."]) {
      expect(() => parseDecimal(bad), bad).toThrow();
      try {
        parseDecimal(bad);
      } catch (e) {
        expect(isDynamoError(e, "ValidationException")).toBe(true);
      }
    }
    expect(parseDecimal("1234567890123456789012345678901234567800").digits).toHaveLength(38);
  });

  it("size: ceil(pairs) + 1, +1 when negative (measured on Local)", () => {
    const cases: [string, number][] = [["1", 2], ["11", 2], ["111", 3], ["1111", 3], ["11111", 4], ["1111111", 5], ["0", 1], ["-1", 3], ["100", 2], ["0.001", 2], ["10.01", 3]];
    for (const [t, n] of cases) expect(decimalSize(parseDecimal(t)), t).toBe(n);
  });
});
