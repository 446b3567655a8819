/**
 * Value-level facts shared by the rules: datetime and base64 shapes, UTF-8 lengths and
 * ordering, canonical decimal text, and how a found value is described in messages.
 * Pure functions, no Node or browser globals.
 */

/** `2026-11-27T10:00:00.000Z`: UTC, exactly three fraction digits, so values sort as text. */
const DATETIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\.(\d{3})Z$/;

export function isDatetime(value: unknown): value is string {
  if (typeof value !== "string") return false;
  const m = DATETIME.exec(value);
  if (!m) return false;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return false;
  return day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Why a string is not a datetime in the model's form, for messages. */
export function datetimeProblem(value: string): string {
  return DATETIME.test(value) ? "not a real date and time" : 'expected the form "2026-11-27T10:00:00.000Z"';
}

/** Standard base64 with padding (RFC 4648 section 4), the encoding of binary values. */
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

export function isBase64(value: unknown): value is string {
  return typeof value === "string" && BASE64.test(value);
}

const BASE64_DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** Bytes of a string that passed isBase64. */
export function decodeBase64(value: string): Uint8Array {
  const clean = value.replace(/=+$/, "");
  const out = new Uint8Array(Math.floor((clean.length * 6) / 8));
  let bits = 0, acc = 0, o = 0;
  for (const ch of clean) {
    acc = (acc << 6) | BASE64_DIGITS.indexOf(ch);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return out;
}

export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return a.length - b.length;
}

/**
 * Compares strings by their UTF-8 bytes, DynamoDB's order. UTF-8 byte order equals code
 * point order, which differs from JS's UTF-16 `<` for characters above U+FFFF.
 */
export function compareUtf8(a: string, b: string): number {
  let i = 0, j = 0;
  while (i < a.length && j < b.length) {
    const ca = a.codePointAt(i) ?? 0;
    const cb = b.codePointAt(j) ?? 0;
    if (ca !== cb) return ca - cb;
    i += ca > 0xffff ? 2 : 1;
    j += cb > 0xffff ? 2 : 1;
  }
  return (a.length - i) - (b.length - j);
}

export function utf8ByteLength(s: string): number {
  let bytes = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const CONTROL = /\p{Cc}/u;

/** Why a name is not "UTF-8 text of 1..255 bytes without control characters", or undefined. */
export function attributeNameProblem(name: string): string | undefined {
  if (name.length === 0) return "expected a name of 1 to 255 UTF-8 bytes, found an empty string";
  if (LONE_SURROGATE.test(name)) return `expected UTF-8 text, found ${describe(name)} with an unpaired surrogate`;
  const control = CONTROL.exec(name);
  if (control) {
    const code = (control[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0");
    return `expected a name without control characters, found U+${code} in ${describe(name)}`;
  }
  const bytes = utf8ByteLength(name);
  if (bytes > 255) return `expected a name of 1 to 255 UTF-8 bytes, found ${bytes} bytes`;
  return undefined;
}

/** Canonical decimal text of a DynamoDB number: `"12.5"`, never `"12.50"`, `"+1"`, `"1e3"`, `"-0"`. */
const CANONICAL_DECIMAL = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*[1-9])?$/;

/** Why a string is not the canonical decimal text of a DynamoDB number, or undefined. */
export function decimalTextProblem(text: string): string | undefined {
  if (!CANONICAL_DECIMAL.test(text) || text === "-0") {
    const n = Number(text);
    const hint = text.trim() !== "" && Number.isFinite(n) ? ` (write ${JSON.stringify(String(n))})` : "";
    return `expected a number as canonical decimal text like "12.5", found ${describe(text)}${hint}`;
  }
  const unsigned = text.replace(/^-/, "");
  const [intPart = "", fracPart = ""] = unsigned.split(".");
  const digits = (intPart + fracPart).replace(/^0+/, "").replace(/0+$/, "");
  // DynamoDB numbers: up to 38 significant digits, magnitude 1E-130 to below 1E+126.
  if (digits.length > 38) return `expected at most 38 significant digits, found ${digits.length} in ${describe(text)}`;
  if (digits.length > 0) {
    const leadingFracZeros = intPart === "0" ? (/^0*/.exec(fracPart)?.[0].length ?? 0) : 0;
    const exponent = intPart === "0" ? -(leadingFracZeros + 1) : intPart.length - 1;
    if (exponent > 125 || exponent < -130) return `expected a number between 1E-130 and 1E+126 in magnitude, found ${describe(text)}`;
  }
  return undefined;
}

/** Numeric order of two canonical decimal strings (exact, no floating point). */
export function compareDecimal(a: string, b: string): number {
  const negA = a.startsWith("-"), negB = b.startsWith("-");
  if (negA !== negB) return negA ? -1 : 1;
  const m = compareMagnitude(negA ? a.slice(1) : a, negB ? b.slice(1) : b);
  return negA ? -m : m;
}

function compareMagnitude(a: string, b: string): number {
  const [ai = "", af = ""] = a.split(".");
  const [bi = "", bf = ""] = b.split(".");
  if (ai.length !== bi.length) return ai.length - bi.length;
  if (ai !== bi) return ai < bi ? -1 : 1;
  const len = Math.max(af.length, bf.length);
  const pa = af.padEnd(len, "0"), pb = bf.padEnd(len, "0");
  return pa === pb ? 0 : pa < pb ? -1 : 1;
}

/** A short description of a found value for messages: `"strng"`, `12`, `an array`, `nothing`. */
export function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (typeof value === "string") {
    const text = value.length > 60 ? `${value.slice(0, 57)}…` : value;
    return JSON.stringify(text);
  }
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return value.length === 0 ? "an empty array" : "an array";
  if (typeof value === "object") return "an object";
  return `a ${typeof value}`;
}

/** "a string", "an object": the article for an expected JSON type. */
export function withArticle(noun: string): string {
  return /^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`;
}

export const REGION = /^[a-z]{2}(-[a-z]+)+-\d$/;
export const TABLE_OR_INDEX_NAME = /^[a-zA-Z0-9_.-]{3,255}$/;

/** Standard base64 with padding, the inverse of decodeBase64. */
export function encodeBase64(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0, b = bytes[i + 1], c = bytes[i + 2];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out += BASE64_DIGITS[(n >> 18) & 63];
    out += BASE64_DIGITS[(n >> 12) & 63];
    out += b === undefined ? "=" : BASE64_DIGITS[(n >> 6) & 63];
    out += c === undefined ? "=" : BASE64_DIGITS[n & 63];
  }
  return out;
}

/**
 * JSON number literals become JS doubles. A literal whose decimal value the double cannot
 * hold (integers beyond 2^53, more than ~17 significant digits, 1e400) would silently
 * change when the model is saved, so the parser reports it.
 */
/** Why a number literal cannot be kept exactly, or undefined when it can. */
export function numberProblem(literal: string, value: number): string | undefined {
  if (!Number.isFinite(value)) return `number ${literal} is out of range`;
  if (/^-?(?:0|[1-9][0-9]{0,14})$/.test(literal)) return undefined; // below 2^53: exact
  if (normalizeDecimal(literal) === normalizeDecimal(String(value))) return undefined;
  return `number ${literal} cannot be represented exactly (it would be read and saved as ${String(value)}); use fewer digits`;
}

/** A canonical form of a decimal literal (sign, significant digits, exponent) for comparison. */
function normalizeDecimal(text: string): string {
  const negative = text.startsWith("-");
  const body = negative ? text.slice(1) : text;
  const [mantissa = "", exponentText = "0"] = body.toLowerCase().split("e");
  const [intPart = "", fracPart = ""] = mantissa.split(".");
  let digits = (intPart + fracPart).replace(/^0+/, "");
  let exponent = Number(exponentText) - fracPart.length;
  if (digits === "") return "0";
  const trimmed = digits.replace(/0+$/, "");
  exponent += digits.length - trimmed.length;
  digits = trimmed;
  return `${negative ? "-" : ""}${digits}e${exponent}`;
}
