/**
 * DynamoDB numbers as exact decimals (DataModel "Number": up to 38 significant digits,
 * magnitude 1E-130 to 9.9999999999999999999999999999999999999E+125). JavaScript numbers
 * lose precision past 2^53, so numbers are kept as digit strings and compared, added and
 * sized as decimals, never as doubles.
 *
 * Representation: value = sign × 0.d1d2…dn × 10^exp, digits without leading or trailing
 * zeros; zero has digits "" and exp 0.
 */
import { validation } from "./errors";
import { javaText, plainText, textScale, type NumberStyle } from "./number-text";

export interface Decimal {
  readonly neg: boolean;
  readonly digits: string;
  readonly exp: number;
  /** The text DynamoDB Local returns (number-text.ts). Compare and encode by value, never by text. */
  readonly text: string;
}

const MAX_DIGITS = 38;
/** 9.99…E+125 is 0.999…E+126; 1E-130 is 0.1E-129 (DataModel, measured on Local). */
const MAX_EXP = 126;
const MIN_EXP = -129;
const NUMBER_SYNTAX = /^([+-])?(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

export const ZERO: Decimal = { neg: false, digits: "", exp: 0, text: "0" };

/** Builds a normalized decimal and applies DynamoDB's precision and range limits. */
function make(neg: boolean, rawDigits: string, exp: number, text: (neg: boolean, digits: string, exp: number) => string): Decimal {
  let start = 0;
  while (start < rawDigits.length && rawDigits.charCodeAt(start) === 48) start++;
  let end = rawDigits.length;
  while (end > start && rawDigits.charCodeAt(end - 1) === 48) end--;
  if (start === end) return { ...ZERO, text: text(false, "", 0) };
  const digits = rawDigits.slice(start, end);
  const e = exp - start;
  if (digits.length > MAX_DIGITS) throw validation("DynamoDB only supports precision up to 38 digits");
  if (e > MAX_EXP) throw validation("Number overflow. Attempting to store a number with magnitude larger than supported range");
  if (e < MIN_EXP) throw validation("Number underflow. Attempting to store a number with magnitude smaller than supported range");
  return { neg, digits, exp: e, text: text(neg, digits, e) };
}

/** A value-only identity for key encoding: equal numbers give equal strings, whatever their text. */
export function decimalKey(d: Decimal): string {
  return d.digits === "" ? "0" : `${d.neg ? "-" : ""}${d.digits}e${d.exp}`;
}

/**
 * Parses DynamoDB number text ("1.50", "-1e3", ".5", "+5"); throws ValidationException like
 * DynamoDB. `style` says how Local will print it back (number-text.ts).
 */
export function parseDecimal(text: string, style: NumberStyle = "canonical"): Decimal {
  const m = NUMBER_SYNTAX.exec(text);
  const intPart = m?.[2] ?? "";
  const fracPart = m?.[3] ?? "";
  if (!m || intPart.length + fracPart.length === 0) {
    throw validation("A value provided cannot be converted into a number");
  }
  const expText = m[4] ?? "0";
  // An absurd exponent is out of range anyway; keep the arithmetic in safe integers.
  const expValue = expText.replace(/^[+-]?0*/, "").length > 9 ? (expText.startsWith("-") ? -1e9 : 1e9) : Number(expText);
  const printer =
    style === "verbatim" ? () => text
    : style === "java" ? (n: boolean, d: string, e: number) => javaText(n, d, e, textScale(text))
    : (n: boolean, d: string, e: number) => plainText(n, d, e, d.length - e);
  return make(m[1] === "-", intPart + fracPart, intPart.length + expValue, printer);
}

export function compareDecimal(a: Decimal, b: Decimal): number {
  const sa = a.digits === "" ? 0 : a.neg ? -1 : 1;
  const sb = b.digits === "" ? 0 : b.neg ? -1 : 1;
  if (sa !== sb) return sa < sb ? -1 : 1;
  if (sa === 0) return 0;
  let c: number;
  if (a.exp !== b.exp) c = a.exp < b.exp ? -1 : 1;
  else c = a.digits === b.digits ? 0 : a.digits < b.digits ? -1 : 1;
  return sa < 0 ? -c : c;
}

/** The value as an integer at `scale` fraction digits (exact: scale is at least the value's own). */
function scaledTo(d: Decimal, scale: number): bigint {
  if (d.digits === "") return 0n;
  const m = BigInt(d.digits) * 10n ** BigInt(scale - (d.digits.length - d.exp));
  return d.neg ? -m : m;
}

/**
 * Exact a + b (or a - b) for UpdateExpression SET x = a + b and ADD. Local prints the result
 * at the larger BigDecimal scale of the operands' texts (1.5 + 1.5 → "3.0", measured); the
 * result obeys the same precision and range limits as any number.
 */
export function addDecimal(a: Decimal, b: Decimal, negateB = false): Decimal {
  const scale = Math.max(textScale(a.text), textScale(b.text));
  const s = Math.max(scale, a.digits.length - a.exp, b.digits.length - b.exp, 0);
  const sum = scaledTo(a, s) + (negateB ? -scaledTo(b, s) : scaledTo(b, s));
  const neg = sum < 0n;
  const abs = (neg ? -sum : sum).toString();
  return make(neg, abs, abs.length - s, (n, d, e) => plainText(n, d, e, scale));
}

/**
 * Bytes a number takes in an item (CapacityUnitCalculations; rule measured on Local, see
 * guide/dynamodb-local-observed.md): digits are grouped in pairs aligned on the decimal
 * point, leading and trailing zero pairs dropped; size = pairs + 1, plus 1 if negative.
 * Zero is 1 byte.
 */
export function decimalSize(d: Decimal): number {
  if (d.digits === "") return 1;
  // Digit i has weight 10^(exp-1-i); its pair is floor((exp-1-i)/2).
  const firstPair = Math.floor((d.exp - 1) / 2);
  const lastPair = Math.floor((d.exp - d.digits.length) / 2);
  return firstPair - lastPair + 1 + 1 + (d.neg ? 1 : 0);
}
