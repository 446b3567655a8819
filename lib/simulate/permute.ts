/**
 * A keyed bijection on [0, n): item i of an entity gets the i-th value of a shuffled domain,
 * so `unique` values and embedded ids never repeat, without remembering the values used.
 *
 * A four-round Feistel network over 2h bits (2^2h >= n, h <= 26 so every number stays an
 * exact double), restricted to [0, n) by cycle walking: a value that lands outside is
 * permuted again until it lands inside. Expected walks: below 4.
 */
import { fmix32, type Seed } from "./rng";

/** The largest domain handled exactly; bigger domains use their first 2^52 values. */
export const MAX_PERMUTATION_DOMAIN = 2 ** 52;

export interface Permutation {
  readonly size: number;
  /** The image of i, for 0 <= i < size. */
  at(i: number): number;
}

export function createPermutation(size: number, key: Seed): Permutation {
  const n = Math.min(Math.max(1, Math.floor(size)), MAX_PERMUTATION_DOMAIN);
  let bits = 2;
  while (2 ** bits < n) bits += 2;
  const half = bits / 2;
  const halfSize = 2 ** half;
  const mask = halfSize - 1;
  const round = (value: number, r: number): number => {
    const k = key[r] ?? 0;
    return fmix32(value ^ k ^ Math.imul(r + 1, 0x9e3779b1)) & mask;
  };
  const once = (x: number): number => {
    let left = Math.floor(x / halfSize);
    let right = x - left * halfSize;
    for (let r = 0; r < 4; r++) {
      const next = left ^ round(right, r);
      left = right;
      right = next;
    }
    // `^` and `&` work on 32 bits; halves are at most 26 bits, so no bits are lost.
    return (left >>> 0) * halfSize + (right >>> 0);
  };
  return {
    size: n,
    at(i: number): number {
      if (!(i >= 0 && i < n)) throw new RangeError(`permutation index ${i} outside [0, ${n})`);
      let y = once(i);
      while (y >= n) y = once(y);
      return y;
    },
  };
}
