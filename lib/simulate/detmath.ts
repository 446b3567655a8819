/**
 * Logarithm, exponential and power built only from + − × ÷, which IEEE 754 rounds exactly
 * on every machine. `Math.log`, `Math.exp` and `Math.pow` are not required to be exact, and
 * engines have changed them between versions: a last-bit difference could move a value
 * across a rounding boundary and change generated data. Precision is about 1e-15, ample
 * for shaping distributions.
 */

const LN2 = 0.6931471805599453;

/** Natural logarithm of x > 0. */
export function detLog(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) throw new RangeError(`detLog of ${x}`);
  let e = 0;
  // Scale into [1, 2) by exact powers of two.
  while (x >= 4294967296) { x /= 4294967296; e += 32; }
  while (x >= 2) { x /= 2; e += 1; }
  while (x < 2.3283064365386963e-10) { x *= 4294967296; e -= 32; }
  while (x < 1) { x *= 2; e -= 1; }
  // ln x = 2 atanh(s), s = (x - 1) / (x + 1) in [0, 1/3).
  const s = (x - 1) / (x + 1);
  const s2 = s * s;
  let term = s, sum = 0;
  for (let k = 1; k < 60; k += 2) {
    const next = sum + term / k;
    if (next === sum) break;
    sum = next;
    term *= s2;
  }
  return e * LN2 + 2 * sum;
}

/** e^x, for |x| < 700. */
export function detExp(x: number): number {
  if (!Number.isFinite(x) || Math.abs(x) > 700) throw new RangeError(`detExp of ${x}`);
  const k = Math.round(x / LN2);
  const r = x - k * LN2; // |r| <= ~0.35
  let term = 1, sum = 1;
  for (let n = 1; n < 40; n++) {
    term = (term * r) / n;
    const next = sum + term;
    if (next === sum) break;
    sum = next;
  }
  let scaled = sum;
  for (let i = 0; i < Math.abs(k); i++) scaled = k > 0 ? scaled * 2 : scaled / 2;
  return scaled;
}

/** base^exponent for base > 0. */
export function detPow(base: number, exponent: number): number {
  return detExp(exponent * detLog(base));
}
