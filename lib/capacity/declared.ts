/**
 * Declared sizes: what one attribute value weighs, from the model alone (its type, `size`,
 * `values`, `min`/`max` and `gen`), by the item-size rules of CapacityUnitCalculations.
 * These are estimates, used where no sample data is measured (sizes.ts); the typical
 * lengths per generator follow docs/sample-data.md.
 */
import type { Attribute, Model } from "../model";
import { numberBytes, utf8Length } from "./item-size";

/** Typical text lengths of the sample-data generators (docs/sample-data.md). */
export const GENERATOR_TEXT_BYTES: Readonly<Record<string, number>> = { uuid: 36, ulid: 26, email: 24, name: 14, word: 8, text: 120 };
/** A string with no size, values or generator. */
export const DEFAULT_STRING_BYTES = 20;
/** ISO-8601 UTC with milliseconds: `2026-11-27T10:00:00.000Z` (model-format.md). */
export const DATETIME_BYTES = 24;
export const DEFAULT_BINARY_BYTES = 16;
/** A list or map without `size`: its 3-byte overhead plus about 60 bytes of content. */
export const DEFAULT_DOCUMENT_BYTES = 63;
export const DEFAULT_SET_BYTES = 30;
/** The generator's range for a number without bounds (docs/sample-data.md: 0..1000). */
export const DEFAULT_NUMBER_MAX = 1000;
/** An optional attribute is present in this share of generated items (docs/sample-data.md). */
export const OPTIONAL_PRESENT = 0.7;

/**
 * The attribute whose declaration sizes this one's values: a `ref` without its own `size`
 * holds its parent's key (model-format.md R4), so it is sized like that key attribute.
 */
export function sizingAttribute(model: Model, a: Attribute): Attribute {
  if (!a.ref || a.size !== undefined) return a;
  const parent = model.entities.find((e) => e.name === a.ref);
  const key = parent && parent.key.length === 1 ? parent.attributes.find((x) => x.name === parent.key[0]) : undefined;
  return key && key !== a ? { ...key, name: a.name, optional: a.optional ?? false } : a;
}

/** Expected bytes of the attribute's value when present (not counting its name). */
export function declaredValueBytes(a: Attribute): number {
  switch (a.type) {
    case "string":
      if (a.size !== undefined) return a.size;
      if (a.values && a.values.length > 0) return a.values.reduce((s, v) => s + utf8Length(v), 0) / a.values.length;
      return GENERATOR_TEXT_BYTES[a.gen ?? ""] ?? DEFAULT_STRING_BYTES;
    case "number":
      return a.size ?? numberBytes(largestNumberText(a));
    case "boolean":
      return 1;
    case "datetime":
      return DATETIME_BYTES;
    case "binary":
      return a.size ?? DEFAULT_BINARY_BYTES;
    case "list":
    case "map":
      return a.size ?? DEFAULT_DOCUMENT_BYTES;
    case "stringSet":
    case "numberSet":
      return a.size ?? DEFAULT_SET_BYTES;
  }
}

/**
 * The widest value the bounds allow, as decimal text: money has two decimals (the cents),
 * other numbers are integers (docs/sample-data.md). Sizing by the widest value is
 * conservative by at most one byte per attribute.
 */
function largestNumberText(a: Attribute): string {
  const lo = a.min ?? (a.max !== undefined ? Math.min(0, a.max - DEFAULT_NUMBER_MAX) : 0);
  const hi = a.max ?? (a.min !== undefined ? a.min + DEFAULT_NUMBER_MAX : DEFAULT_NUMBER_MAX);
  const widest = Math.max(Math.abs(Math.trunc(lo)), Math.abs(Math.trunc(hi)));
  const sign = lo < 0 && Math.abs(lo) >= Math.abs(hi) ? "-" : "";
  return a.gen === "money" ? `${sign}${widest}.99` : `${sign}${widest === 0 ? 1 : widest}`;
}

/** Share of items that carry the attribute. */
export function presentShare(a: Attribute): number {
  return a.optional ? OPTIONAL_PRESENT : 1;
}

/**
 * Characters of the value as it appears inside a composite string key (lib/design's
 * encodings: numbers as `3` + a 3-digit exponent + their digits, binary as hex, text
 * escaped, which rarely lengthens it).
 */
export function declaredKeyTextBytes(a: Attribute): number {
  switch (a.type) {
    case "number":
      return 4 + significantDigits(largestNumberText(a));
    case "binary":
      return 2 * (a.size ?? DEFAULT_BINARY_BYTES);
    case "boolean":
      return 5;
    default:
      return declaredValueBytes(a);
  }
}

function significantDigits(text: string): number {
  return Math.max(1, text.replace(/[-.]/g, "").replace(/^0+/, "").replace(/0+$/, "").length);
}
