/**
 * Orderings and equality of values (HowItWorks.CoreComponents, Query sort order):
 * strings by UTF-8 bytes, binary by unsigned bytes, numbers numerically.
 *
 * UTF-8 byte order equals code point order. JavaScript's `<` compares UTF-16 code units
 * and puts "😀" (surrogates 0xD83D…) before "\uFFFF"; measured on Local, "\uFFFF" < "😀"
 * (guide/dynamodb-local-observed.md). The fix-up below maps surrogates above the rest of
 * the BMP at the first differing code unit, which yields code point order.
 */
import { compareDecimal } from "./decimal";
import type { Value } from "./value";

export function compareStrings(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) {
      // Only when exactly one side is a surrogate and the other is U+E000..U+FFFF does
      // code-unit order disagree with code-point order.
      if (x >= 0xd800 && y >= 0xd800) {
        const xs = x <= 0xdfff;
        const ys = y <= 0xdfff;
        if (xs !== ys) return xs ? 1 : -1;
      }
      return x < y ? -1 : 1;
    }
  }
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}

export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x !== y) return x < y ? -1 : 1;
  }
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}

/** Order of two scalars of the same type S, N or B; NaN for anything else (not comparable). */
export function compareScalars(a: Value, b: Value): number {
  if (a.t === "S" && b.t === "S") return compareStrings(a.v, b.v);
  if (a.t === "N" && b.t === "N") return compareDecimal(a.v, b.v);
  if (a.t === "B" && b.t === "B") return compareBytes(a.v, b.v);
  return NaN;
}

export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function sameMembers<T>(a: readonly T[], b: readonly T[], eq: (x: T, y: T) => boolean): boolean {
  if (a.length !== b.length) return false;
  return a.every((x) => b.some((y) => eq(x, y)));
}

/** Deep equality as DynamoDB's `=` sees it: same type, same content; sets ignore order. */
export function valuesEqual(a: Value, b: Value): boolean {
  switch (a.t) {
    case "S":
      return b.t === "S" && a.v === b.v;
    case "N":
      return b.t === "N" && compareDecimal(a.v, b.v) === 0;
    case "B":
      return b.t === "B" && bytesEqual(a.v, b.v);
    case "BOOL":
      return b.t === "BOOL" && a.v === b.v;
    case "NULL":
      return b.t === "NULL";
    case "L":
      return b.t === "L" && a.v.length === b.v.length && a.v.every((x, i) => valuesEqual(x, b.v[i]!));
    case "M": {
      if (b.t !== "M" || a.v.size !== b.v.size) return false;
      for (const [k, x] of a.v) {
        const y = b.v.get(k);
        if (!y || !valuesEqual(x, y)) return false;
      }
      return true;
    }
    case "SS":
      return b.t === "SS" && a.v.length === b.v.length && new Set(a.v).size === new Set([...a.v, ...b.v]).size;
    case "NS":
      return b.t === "NS" && sameMembers(a.v, b.v, (x, y) => compareDecimal(x, y) === 0);
    case "BS":
      return b.t === "BS" && sameMembers(a.v, b.v, bytesEqual);
  }
}

export function itemsEqual(a: ReadonlyMap<string, Value>, b: ReadonlyMap<string, Value>): boolean {
  return valuesEqual({ t: "M", v: a }, { t: "M", v: b });
}
