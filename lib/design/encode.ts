/**
 * Encodings of attribute values inside string keys (docs/design-rules.md, "Encodings").
 *
 * DynamoDB compares S keys by UTF-8 bytes (HowItWorks.NamingRulesDataTypes, Query's
 * KeyConditionExpression). A composite key `PREFIX#{a}#{b}` sorts by a, then b, and
 * `begins_with` on a prefix matches exactly the items with that prefix, only if:
 *   1. each value's encoding preserves the value's order, is prefix-preserving, and
 *   2. the delimiter `#` (0x23) sorts below every character an encoded value can contain.
 * Every encoding here emits only characters above `$` (0x24), except the escape pair of
 * strings, which starts with `$` itself. So `#` never occurs inside an encoded value: it
 * ends a value, sorts below its continuation, and a bound key part cannot run into the next.
 */
import { compareUtf8 } from "../model";

/** The delimiter after each value in generated templates. */
export const DELIMITER = "#";
/** The character just after the delimiter: closes upper bounds and opens strict lower bounds. */
export const AFTER_DELIMITER = "$";
const ESCAPE = "$";
/** Terminator of reversed encodings and negative numbers: above every digit and hex digit. */
const HIGH = "~";

/**
 * Strings: every code point at or below `$` (U+0000..U+0024) becomes `$` plus the
 * character 0x40 higher (`#` → `$c`, space → `` $` ``, `$` → `$d`); others stay. The code is
 * prefix-free and order-preserving per character, so the encoding keeps order and prefixes,
 * and no output contains `#` or a character below it.
 */
export function escapeString(value: string): string {
  let out = "";
  for (const ch of value) {
    const code = ch.codePointAt(0) ?? 0;
    out += code <= 0x24 ? ESCAPE + String.fromCharCode(0x40 + code) : ch;
  }
  return out;
}

/** The inverse of escapeString (for tests and for reading keys back). */
export function unescapeString(encoded: string): string {
  let out = "";
  for (let i = 0; i < encoded.length; i++) {
    const ch = encoded[i] ?? "";
    if (ch === ESCAPE) {
      out += String.fromCharCode((encoded.charCodeAt(i + 1) || 0x40) - 0x40);
      i++;
    } else out += ch;
  }
  return out;
}

/** Decimal digits and exponent of a number: value = 0.DIGITS × 10^exponent, digits without trailing zeros. */
interface Decimal {
  negative: boolean;
  digits: string;
  exponent: number;
}

/** Parses a JS number or decimal text ("12.50", "-1e3") exactly, without floating point. */
export function toDecimal(value: number | string): Decimal | undefined {
  const text = typeof value === "number" ? (Number.isFinite(value) ? value.toExponential() : "") : value.trim();
  const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (!m || (m[2] === "" && (m[3] ?? "") === "")) return undefined;
  const intPart = m[2] ?? "", fracPart = m[3] ?? "";
  let digits = intPart + fracPart;
  let exponent = intPart.length + Number(m[4] ?? "0");
  const lead = /^0*/.exec(digits)?.[0].length ?? 0;
  digits = digits.slice(lead).replace(/0+$/, "");
  exponent -= lead;
  if (digits === "") return { negative: false, digits: "", exponent: 0 };
  return { negative: m[1] === "-", digits, exponent };
}

/**
 * Numbers, order-preserving for negatives, zero and decimals of any DynamoDB magnitude
 * (1E-130..1E+126, 38 digits): `2` for zero; `3` + biased exponent (3 digits) + digits for
 * positives; `1` + complemented exponent + nines' complement of the digits + `~` for
 * negatives (the `~` makes a shorter negative mantissa, which is the larger number, sort
 * after a longer one that shares its digits). 12.5 → `3502125`; -12.5 → `1497874~`.
 */
export function encodeNumber(value: number | string): string {
  const d = toDecimal(value);
  if (!d) return escapeString(String(value));
  if (d.digits === "") return "2";
  const biased = Math.min(999, Math.max(0, d.exponent + 500));
  if (!d.negative) return `3${String(biased).padStart(3, "0")}${d.digits}`;
  const complement = [...d.digits].map((c) => String(9 - Number(c))).join("");
  return `1${String(999 - biased).padStart(3, "0")}${complement}${HIGH}`;
}

const HEX = "0123456789abcdef";

/** Binary: lowercase hex, which keeps byte order and prefixes. */
export function encodeBinary(bytes: Uint8Array): string {
  let out = "";
  for (const b of bytes) out += (HEX[b >> 4] ?? "0") + (HEX[b & 15] ?? "0");
  return out;
}

/** Datetimes are fixed-width ISO text (model-format.md), already ordered as text; escaping is the identity on them. */
export function encodeDatetime(value: string): string {
  return escapeString(value);
}

export function encodeBoolean(value: boolean): string {
  return value ? "true" : "false";
}

export function utf8Bytes(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/**
 * The order-reversing encoding of an already encoded value: each UTF-8 byte b as the hex
 * of 255 − b, then `~`. A larger value gives a smaller string, a prefix gives a larger one
 * (`~` sorts above every hex digit), and the result is self-terminating. Descending
 * queries use it for tie-breaking key attributes so ties come back in ascending key order,
 * the oracle's tie order (docs/design-rules.md, "Descending order and ties").
 */
export function reverseEncoded(encoded: string): string {
  let out = "";
  for (const b of utf8Bytes(encoded)) {
    const c = 255 - b;
    out += (HEX[c >> 4] ?? "0") + (HEX[c & 15] ?? "0");
  }
  return out + HIGH;
}

/** The datetime 1 ms earlier, or undefined below year 0000 (strict `<` on a final key part). */
export function previousDatetime(value: string): string | undefined {
  const ms = Date.parse(value);
  if (!Number.isFinite(ms)) return undefined;
  const prev = new Date(ms - 1).toISOString();
  return /^\d{4}-/.test(prev) ? prev : undefined;
}

/** The smallest string above every string that starts with `prefix` (its last code point + 1). */
export function prefixSuccessor(prefix: string): string {
  const points = [...prefix];
  while (points.length > 0) {
    const last = points.pop() ?? "";
    const code = last.codePointAt(0) ?? 0;
    if (code < 0x10ffff) {
      let next = code + 1;
      if (next >= 0xd800 && next <= 0xdfff) next = 0xe000;
      return points.join("") + String.fromCodePoint(next);
    }
  }
  return "\u{10FFFF}".repeat(256);
}

/** Byte order of UTF-8 strings, DynamoDB's order for S keys. */
export function compareKeyStrings(a: string, b: string): number {
  return compareUtf8(a, b);
}

/** Standard base64 (RFC 4648) to bytes; binary constants and sample values use it. */
export function base64ToBytes(text: string): Uint8Array {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  const clean = text.replace(/=+$/, "");
  const out = new Uint8Array(Math.floor((clean.length * 6) / 8));
  let bits = 0, acc = 0, o = 0;
  for (const ch of clean) {
    const v = alphabet.indexOf(ch);
    if (v < 0) continue;
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return out.slice(0, o);
}
