/**
 * Zipf shares for skewed children per parent: the sample-data generator picks the parent
 * of rank k with weight 1/k^s, s = ZIPF_EXPONENT (docs/sample-data.md), so the heat model
 * uses the same law. Powers come from lib/simulate's exactly-rounded detPow, so the
 * numbers are the same on every machine (architecture.md: deterministic output).
 */
import { ZIPF_EXPONENT } from "../simulate";
import { detPow } from "../simulate/detmath";

/** Terms summed exactly; the rest of the series by Euler–Maclaurin (error below 1e-12). */
const EXACT_TERMS = 1000;
const prefix = new Float64Array(EXACT_TERMS + 1);
for (let k = 1; k <= EXACT_TERMS; k++) prefix[k] = (prefix[k - 1] ?? 0) + detPow(k, -ZIPF_EXPONENT);

const cache = new Map<number, number>();

/** H(n, s) = Σ_{k=1..n} k^-s. */
export function harmonic(n: number): number {
  const whole = Math.max(1, Math.floor(n));
  if (whole <= EXACT_TERMS) return prefix[whole] ?? 1;
  const hit = cache.get(whole);
  if (hit !== undefined) return hit;
  const s = ZIPF_EXPONENT;
  const N = EXACT_TERMS;
  const f = (x: number) => detPow(x, -s);
  const df = (x: number) => -s * detPow(x, -s - 1);
  // Σ_{k=N..n} f(k) ≈ ∫_N^n f + (f(N) + f(n)) / 2 + (f'(n) - f'(N)) / 12, then drop f(N).
  const integral = (detPow(N, 1 - s) - detPow(whole, 1 - s)) / (s - 1);
  const tail = integral + (f(N) + f(whole)) / 2 + (df(whole) - df(N)) / 12 - f(N);
  const value = (prefix[N] ?? 0) + tail;
  if (cache.size > 1000) cache.clear();
  cache.set(whole, value);
  return value;
}

/** Share of all children that the parent of rank k (1 = busiest) holds, among n parents. */
export function zipfShare(k: number, n: number): number {
  if (n <= 1) return 1;
  return detPow(Math.max(1, k), -ZIPF_EXPONENT) / harmonic(n);
}
