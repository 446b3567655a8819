/**
 * The exact size of a DynamoDB item, by the rules of the Developer Guide page
 * CapacityUnitCalculations ("Item sizes and formats") as measured on DynamoDB Local
 * (guide/dynamodb-local-observed.md, "Item size"):
 * - an attribute counts the UTF-8 bytes of its name plus the size of its value;
 * - String: UTF-8 bytes; Binary: raw bytes; Boolean and Null: 1 byte;
 * - Number: 1 byte per two significant digits plus 1 (see numberBytes), at most 21;
 * - List and Map: 3 bytes plus, per element, its size and 1 byte (a map element also
 *   counts its key name); Sets: the sum of their elements.
 * Values are in lib-dynamodb terms: string, number, boolean, null, Uint8Array, Set, arrays
 * and plain objects (what generateItems and itemKeys produce).
 */

/** UTF-8 bytes of a JS string, without allocating (surrogate pairs are 4 bytes). */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 4;
        i++;
      } else n += 3;
    } else n += 3;
  }
  return n;
}

/** The largest size of a number (38 digits of precision): CapacityUnitCalculations. */
export const MAX_NUMBER_BYTES = 21;

/**
 * Bytes of a number given as decimal text or a JS number. Digits are grouped in pairs
 * around the decimal point (the integer part padded on the left, the fraction on the
 * right), leading and trailing "00" pairs are dropped, and the size is the pairs left plus
 * one byte, plus one more for a negative number. Zero is 1 byte. This reproduces every
 * measurement in dynamodb-local-observed.md ("1" → 2, "111" → 3, "1111111" → 5).
 */
export function numberBytes(value: number | string): number {
  const text = typeof value === "number" ? expandNumber(value) : value.trim();
  const negative = text.startsWith("-");
  const [rawInt = "", rawFrac = ""] = expandExponent(text.replace(/^[-+]/, "")).split(".");
  const intPart = rawInt.replace(/^0+/, "");
  const fracPart = rawFrac.replace(/0+$/, "");
  if (intPart === "" && fracPart === "") return 1;
  const digits = (intPart.length % 2 ? "0" : "") + intPart + fracPart + (fracPart.length % 2 ? "0" : "");
  let first = 0, last = digits.length / 2 - 1;
  while (first <= last && digits.slice(first * 2, first * 2 + 2) === "00") first++;
  while (last >= first && digits.slice(last * 2, last * 2 + 2) === "00") last--;
  const pairs = last - first + 1;
  return Math.min(MAX_NUMBER_BYTES, pairs + 1 + (negative ? 1 : 0));
}

function expandNumber(n: number): string {
  if (!Number.isFinite(n)) return "0";
  return expandExponent(String(n));
}

/** `1.5e3` → `1500`, `2e-7` → `0.0000002` (decimal text without an exponent). */
function expandExponent(text: string): string {
  const m = /^(-?)(\d*)(?:\.(\d*))?[eE]([-+]?\d+)$/.exec(text);
  if (!m) return text;
  const [, sign = "", int = "", frac = "", exp = "0"] = m;
  const digits = int + frac;
  const point = int.length + Number(exp);
  if (point <= 0) return `${sign}0.${"0".repeat(-point)}${digits}`;
  if (point >= digits.length) return sign + digits + "0".repeat(point - digits.length);
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** Bytes of one attribute value (without its name). */
export function valueBytes(value: unknown): number {
  if (typeof value === "string") return utf8Length(value);
  if (typeof value === "number") return numberBytes(value);
  if (typeof value === "bigint") return numberBytes(value.toString());
  if (typeof value === "boolean" || value === null || value === undefined) return 1;
  if (value instanceof Uint8Array) return value.length;
  if (value instanceof Set) {
    let n = 0;
    for (const v of value) n += valueBytes(v);
    return n;
  }
  if (Array.isArray(value)) {
    let n = 3;
    for (const v of value) n += valueBytes(v) + 1;
    return n;
  }
  if (typeof value === "object") {
    let n = 3;
    for (const [k, v] of Object.entries(value)) n += utf8Length(k) + valueBytes(v) + 1;
    return n;
  }
  return 0;
}

/** Bytes of an item: every attribute's name and value (undefined attributes are absent). */
export function itemBytes(item: Readonly<Record<string, unknown>>): number {
  let n = 0;
  for (const [name, value] of Object.entries(item)) {
    if (value === undefined) continue;
    n += utf8Length(name) + valueBytes(value);
  }
  return n;
}
