/**
 * The generator's own pseudo-random numbers, so sample data never depends on a library's
 * internals, a JavaScript engine or a machine (docs/sample-data.md).
 *
 * - `hashText` turns text (the seed, an entity name, an attribute name) into 128 bits.
 * - `Rng` is sfc32 (Chris Doty-Humphrey's Small Fast Counting generator, 32-bit variant):
 *   four 32-bit words of state, one of them a counter, so no seed can fall into a short
 *   cycle. Every step is 32-bit integer arithmetic (`Math.imul`, shifts, `| 0`), which
 *   JavaScript defines exactly, so the same seed gives the same numbers everywhere.
 * - `reseed(stream, index, attempt)` jumps to the numbers of one value: the stream of an
 *   (entity, attribute) pair at item `index`. Values are random-access: an item's values
 *   never depend on how many numbers other items or attributes drew.
 */

/** 128 bits as four unsigned 32-bit words. */
export type Seed = readonly [number, number, number, number];

/** MurmurHash3's 32-bit finalizer: a bijection that spreads every input bit over the output. */
export function fmix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function rotl(x: number, r: number): number {
  return (x << r) | (x >>> (32 - r));
}

/**
 * 128-bit hash of a text (UTF-16 code units): four multiply-rotate lanes with different odd
 * multipliers, then cross-mixed and finalized. Good spreading for seeds, not cryptographic.
 */
export function hashText(text: string): Seed {
  let h1 = 0x6a09e667, h2 = 0xbb67ae85, h3 = 0x3c6ef372, h4 = 0xa54ff53a;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = rotl(Math.imul(h1 ^ c, 0x9e3779b1), 13);
    h2 = rotl(Math.imul(h2 ^ c, 0x85ebca77), 17);
    h3 = rotl(Math.imul(h3 ^ c, 0xc2b2ae3d), 11);
    h4 = rotl(Math.imul(h4 ^ c, 0x27d4eb2f), 7);
  }
  h1 ^= text.length;
  for (let round = 0; round < 2; round++) {
    h1 = (h1 + h2 + h3 + h4) | 0;
    h2 = (h2 + h1) | 0;
    h3 = (h3 + h1) | 0;
    h4 = (h4 + h1) | 0;
    h1 = fmix32(h1); h2 = fmix32(h2); h3 = fmix32(h3); h4 = fmix32(h4);
  }
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

/** The seed of a named stream: the parts joined by NUL, which no entity or attribute name contains. */
export function streamSeed(...parts: ReadonlyArray<string | number>): Seed {
  return hashText(parts.map(String).join("\u0000"));
}

const TWO_POW_32 = 4294967296;
const TWO_POW_53 = 9007199254740992;
/** Rounds discarded after seeding, so similar seeds give unrelated numbers. */
const WARM_UP = 12;

/** sfc32. Create one with `createRng`; the generator reuses one per attribute via `reseed`. */
export class Rng {
  private a = 0;
  private b = 0;
  private c = 0;
  private d = 1;

  constructor(seed: Seed) {
    this.setState(seed[0], seed[1], seed[2], seed[3]);
  }

  private setState(a: number, b: number, c: number, d: number): void {
    this.a = a | 0;
    this.b = b | 0;
    this.c = c | 0;
    this.d = d | 0;
    for (let i = 0; i < WARM_UP; i++) this.uint32();
  }

  /**
   * Jumps to position (index, attempt) of the stream `seed`. Distinct (index, attempt)
   * pairs give distinct states: word a is a bijection of the index's low 32 bits, b of its
   * high bits, d of the attempt.
   */
  reseed(seed: Seed, index: number, attempt = 0): this {
    const lo = index >>> 0;
    const hi = Math.floor(index / TWO_POW_32) >>> 0;
    this.setState(
      seed[0] ^ fmix32(lo ^ 0x9e3779b9),
      seed[1] ^ fmix32(hi ^ 0x7f4a7c15),
      seed[2] ^ fmix32((lo + 0x6c8e9cf5) ^ Math.imul(hi, 0xc2b2ae35)),
      seed[3] ^ fmix32(attempt ^ 0x2545f491),
    );
    return this;
  }

  /** The next 32 random bits as an unsigned integer. */
  uint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = rotl(this.c, 21);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** A float in [0, 1) with 53 random bits (two steps). */
  next(): number {
    const high = this.uint32() >>> 11; // 21 bits
    const low = this.uint32(); // 32 bits
    return (high * TWO_POW_32 + low) / TWO_POW_53;
  }

  /** An integer in [0, n) for 1 <= n <= 2^53 (bias below 2^-53 per value: none in practice). */
  below(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** An integer in [lo, hi], both integers, hi - lo < 2^53. */
  int(lo: number, hi: number): number {
    return lo + this.below(hi - lo + 1);
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[this.below(items.length)];
    if (item === undefined && items.length === 0) throw new Error("pick from an empty list");
    return item as T;
  }
}

/**
 * A generator seeded from text: `createRng(1)`, `createRng("1")` (the same: a seed is taken
 * as its text), or several parts, `createRng(seed, "Payment", "amount")`, joined by NUL.
 */
export function createRng(...seed: ReadonlyArray<string | number>): Rng {
  return new Rng(streamSeed(...seed));
}
