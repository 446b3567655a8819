/**
 * How DynamoDB Local 3.3 prints a number back: it depends on where the number came from
 * (all measured in lib/run/conformance/ordering.test.ts and expressions.test.ts):
 * - "canonical": top-level numbers and number sets of a written item, and keys: plain
 *   notation without trailing zeros ("1e3" → "1000", "1.50" → "1.5");
 * - "verbatim": numbers nested in lists and maps, and ExpressionAttributeValues numbers
 *   written by UpdateExpression: the text exactly as sent ("1e3", "+5", "1.50");
 * - "java": number sets written by UpdateExpression: Java's BigDecimal.toString
 *   ("1e3" → "1E+3", "1.500e1" → "15.00", "-1.50E-3" → "-0.00150");
 * - arithmetic results: plain notation at the larger scale of the operands (1.5 + 1.5 → "3.0").
 * The value is the same in every case; only the text differs. AWS itself is documented to
 * normalize numbers; see docs/dynamodb-local-differences.md.
 */
export type NumberStyle = "canonical" | "verbatim" | "java";

const SYNTAX = /^[+-]?(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/** Java BigDecimal's scale of a number text: digits after the point minus the exponent. */
export function textScale(text: string): number {
  const m = SYNTAX.exec(text);
  if (!m) return 0;
  return (m[2] ?? "").length - Number(m[3] ?? "0");
}

/** The unscaled digits of value 0.digits × 10^exp at `scale` (scale ≥ the value's own). */
function unscaled(digits: string, exp: number, scale: number): string {
  if (digits === "") return "0";
  return digits + "0".repeat(Math.max(0, scale - (digits.length - exp)));
}

/** Plain notation with max(scale, 0) digits after the point (BigDecimal.toPlainString). */
export function plainText(neg: boolean, digits: string, exp: number, scale: number): string {
  const s = Math.max(scale, 0);
  const u = unscaled(digits, exp, s).padStart(s + 1, "0");
  const body = s > 0 ? `${u.slice(0, u.length - s)}.${u.slice(u.length - s)}` : u;
  return neg && digits !== "" ? "-" + body : body;
}

/** BigDecimal.toString: plain when scale ≥ 0 and the adjusted exponent ≥ -6, else scientific. */
export function javaText(neg: boolean, digits: string, exp: number, scale: number): string {
  const u = digits === "" ? "0" : scale >= digits.length - exp ? unscaled(digits, exp, scale) : digits;
  const s = digits === "" || scale >= digits.length - exp ? scale : digits.length - exp;
  const adjusted = -s + (u.length - 1);
  if (s >= 0 && adjusted >= -6) return plainText(neg, digits, exp, s);
  const mantissa = u.length > 1 ? `${u[0]}.${u.slice(1)}` : u;
  return `${neg && digits !== "" ? "-" : ""}${mantissa}E${adjusted >= 0 ? "+" : ""}${adjusted}`;
}
