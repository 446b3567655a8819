/**
 * Values just outside, or spanning, the values the data has, for bindings whose ranges
 * must take everything or nothing. Each keeps the attribute's type (a datetime stays a
 * datetime in the model's form), so a binding is always a valid one.
 */
import type { AttributeType } from "@/lib/model";
import { beginsWith, bytesOf, compareValues } from "./values";

/** A value greater than `v` (not necessarily the next one). */
export function above(type: AttributeType | undefined, v: unknown): unknown {
  if (typeof v === "number") return v + 1;
  if (type === "datetime" && typeof v === "string") return shiftMs(v, 1);
  if (type === "binary") {
    const b = bytesOf(v) ?? new Uint8Array();
    const out = new Uint8Array(b.length + 1);
    out.set(b);
    return out; // a proper extension sorts after its prefix
  }
  return `${String(v)}~`;
}

/** A value smaller than `v`, or undefined when the type has none (the empty string). */
export function below(type: AttributeType | undefined, v: unknown): unknown {
  if (typeof v === "number") return v - 1;
  if (type === "datetime" && typeof v === "string") return shiftMs(v, -1);
  if (type === "binary") {
    const b = bytesOf(v);
    return b && b.length > 1 ? b.slice(0, b.length - 1) : undefined;
  }
  const chars = [...String(v)];
  // A proper prefix sorts before the text; an empty one would be an invalid key value.
  return chars.length > 1 ? chars.slice(0, -1).join("") : undefined;
}

function shiftMs(iso: string, ms: number): string {
  const t = Date.parse(iso);
  return Number.isFinite(t) ? new Date(t + ms).toISOString() : iso;
}

/** The first `n` characters (code points) of text, or bytes of binary. */
export function prefixOf(type: AttributeType | undefined, v: unknown, n: number): unknown {
  if (type === "binary") return (bytesOf(v) ?? new Uint8Array()).slice(0, n);
  return [...String(v)].slice(0, n).join("");
}

/** How many characters (or bytes) a value has. */
export function lengthOf(type: AttributeType | undefined, v: unknown): number {
  return type === "binary" ? (bytesOf(v)?.length ?? 0) : [...String(v)].length;
}

/** The longest prefix every value shares (possibly empty). */
export function commonPrefix(type: AttributeType | undefined, values: readonly unknown[]): unknown {
  const first = values[0];
  let n = first === undefined ? 0 : lengthOf(type, first);
  for (const v of values) {
    while (n > 0 && !beginsWith(type, v, prefixOf(type, first, n))) n--;
  }
  return prefixOf(type, first, n);
}

/** A prefix no value has, of the attribute's type. */
export function missingPrefix(type: AttributeType | undefined, values: readonly unknown[]): unknown {
  const candidates: unknown[] = type === "binary"
    ? [Uint8Array.of(0xff, 0xfe, 0xfd), Uint8Array.of(0x00, 0x01, 0x02)]
    : type === "datetime" ? ["1970-", "2999-"] : ["~~no-such-prefix", "\u00ff\u00fe"];
  return candidates.find((p) => values.every((v) => !beginsWith(type, v, p)));
}

/** The smallest and largest of some values of one type. */
export function extremes(type: AttributeType | undefined, values: readonly unknown[]): { min: unknown; max: unknown } {
  let min = values[0], max = values[0];
  for (const v of values) {
    if ((compareValues(type, v, min) ?? 0) < 0) min = v;
    if ((compareValues(type, v, max) ?? 0) > 0) max = v;
  }
  return { min, max };
}
