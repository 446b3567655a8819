import type { AttributeType, Condition, ConstantValue } from "@/lib/model";

/** The editor's view of one `where` condition: run time (`"eq"`) or a design-time constant (`{ "eq": V }`). */
export type Mode = "run time" | "constant";

export const modeOf = (c: Condition): Mode => (typeof c === "object" && c !== null ? "constant" : "run time");

export function operatorOf(c: Condition): string {
  if (typeof c === "string") return c;
  if (typeof c === "object" && c !== null) return Object.keys(c)[0] ?? "";
  return "";
}

/** The constant's value(s) as text: one for most operators, two for between. */
export function valuesOf(c: Condition): [string, string] {
  if (typeof c !== "object" || c === null) return ["", ""];
  const v: unknown = Object.values(c)[0];
  if (Array.isArray(v)) return [text(v[0]), text(v[1])];
  return [text(v), ""];
}

const text = (v: unknown) => (v === undefined || v === null ? "" : String(v));

/**
 * Typed text as a constant of the attribute's type (R6). What cannot be read as that type
 * is kept as the text the user wrote: the checks then say what is expected, at its path.
 */
export function constantFromText(t: string, type: AttributeType | undefined): ConstantValue {
  if (type === "number") {
    const n = Number(t.trim());
    return t.trim() !== "" && Number.isFinite(n) ? n : t;
  }
  if (type === "boolean") return t === "true" ? true : t === "false" ? false : t;
  return t;
}

/** A condition with its operator or mode changed, keeping the value when it still fits. */
export function withOperator(c: Condition, mode: Mode, op: string, type: AttributeType | undefined): Condition {
  if (mode === "run time" || op === "exists" || op === "notExists") return op as Condition;
  const [a, b] = valuesOf(c);
  if (op === "between") return { between: [constantFromText(a, type), constantFromText(b, type)] };
  return { [op]: constantFromText(a, type) } as Condition;
}

/** A condition with constant value number `which` (0, or 1 for between's upper bound) set to typed text. */
export function withValue(c: Condition, which: 0 | 1, t: string, type: AttributeType | undefined): Condition {
  const op = operatorOf(c);
  const value = constantFromText(t, type);
  if (op === "between") {
    const [a, b] = valuesOf(c);
    const pair: [ConstantValue, ConstantValue] = which === 0 ? [value, constantFromText(b, type)] : [constantFromText(a, type), value];
    return { between: pair };
  }
  return { [op]: value } as Condition;
}
