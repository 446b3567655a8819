import { describe, expect, it } from "vitest";
import type { AccessPattern } from "@/lib/model";
import { bindingOf, parameterFields, parseValue, textsOf } from "./parameters";

const pattern: AccessPattern = {
  id: "recent",
  name: "Recent",
  kind: "query",
  entity: "Payment",
  where: { tenantId: "eq", createdAt: "between", status: { eq: "PENDING" } },
};
const types: Record<string, "string" | "datetime"> = { tenantId: "string", createdAt: "datetime", status: "string" };
const typeOf = (a: string) => types[a];

describe("query parameters", () => {
  it("has one field per run-time value and two for BETWEEN, none for constants", () => {
    expect(parameterFields(pattern, typeOf).map((f) => f.label)).toEqual(["tenantId", "createdAt from", "createdAt to"]);
  });

  it("turns the fields into the binding buildReadRequests takes, and back", () => {
    const fields = parameterFields(pattern, typeOf);
    const texts = ["t1", "2026-01-01T00:00:00.000Z", "2026-02-01T00:00:00.000Z"];
    const result = bindingOf(fields, texts);
    expect(result).toEqual({ ok: true, binding: { tenantId: "t1", createdAt: ["2026-01-01T00:00:00.000Z", "2026-02-01T00:00:00.000Z"] } });
    if (result.ok) expect(textsOf(fields, result.binding)).toEqual(texts);
  });

  it("keeps an attribute named __proto__ as a plain field", () => {
    const odd: AccessPattern = { ...pattern, where: JSON.parse('{"__proto__": "eq"}') };
    const fields = parameterFields(odd, () => "string");
    const result = bindingOf(fields, ["x"]);
    expect(result.ok && Object.hasOwn(result.binding, "__proto__")).toBe(true);
    expect(Object.getPrototypeOf(result.ok ? result.binding : {})).toBe(Object.prototype);
  });

  it("parses typed values and says what was expected", () => {
    expect(parseValue("12.5", "number")).toEqual({ ok: true, value: 12.5 });
    expect(parseValue("twelve", "number")).toEqual({ ok: false, message: 'expected a number, found "twelve"' });
    expect(parseValue("true", "boolean")).toEqual({ ok: true, value: true });
    expect(parseValue("AAE=", "binary")).toEqual({ ok: true, value: new Uint8Array([0, 1]) });
    expect(parseValue("", "string").ok).toBe(false);
  });
});
