/**
 * Ids built from the generator's own random numbers (faker's would tie ids to its internals).
 *
 * An id that must be unique (a key's distinguishing attribute, a `unique` attribute) carries
 * `embedded`: a 40-bit number that differs for every item of the entity (a shuffled item
 * index, permute.ts). Distinct embedded numbers give distinct ids, whatever the rest is.
 */
import type { Rng } from "./rng";

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const HEX = "0123456789abcdef";
export const EMBED_BITS = 40;
export const EMBED_LIMIT = 2 ** EMBED_BITS;

function base32(value: number, chars: number): string {
  let out = "";
  let x = value;
  for (let i = 0; i < chars; i++) {
    out = (CROCKFORD[x % 32] ?? "0") + out;
    x = Math.floor(x / 32);
  }
  return out;
}

function hex(value: number, digits: number): string {
  let out = "";
  let x = value;
  for (let i = 0; i < digits; i++) {
    out = (HEX[x % 16] ?? "0") + out;
    x = Math.floor(x / 16);
  }
  return out;
}

function random40(rng: Rng): number {
  return (rng.uint32() >>> 24) * 4294967296 + rng.uint32();
}

/**
 * A ULID: 26 Crockford base-32 characters, 48 bits of milliseconds then 80 random bits, so
 * ULIDs sort by their time. The time is the item's main datetime when it has one.
 */
export function ulid(rng: Rng, timeMs: number, embedded?: number): string {
  const first = embedded ?? random40(rng);
  return base32(Math.max(0, Math.floor(timeMs)), 10) + base32(first, 8) + base32(random40(rng), 8);
}

/** A version 4 (random) UUID in its canonical lower-case form. */
export function uuid(rng: Rng, embedded?: number): string {
  const a = hex(rng.uint32(), 8);
  const b = hex(rng.uint32() >>> 16, 4);
  const c = "4" + hex(rng.uint32() >>> 20, 3);
  const d = (HEX[8 + (rng.uint32() >>> 30)] ?? "8") + hex(rng.uint32() >>> 20, 3);
  const e = hex(rng.uint32() >>> 24, 2) + hex(embedded ?? random40(rng), 10);
  return `${a}-${b}-${c}-${d}-${e}`;
}

/** Random bytes. */
export function randomBytes(rng: Rng, length: number): Uint8Array {
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i += 4) {
    let word = rng.uint32();
    for (let j = i; j < Math.min(length, i + 4); j++) {
      out[j] = word & 0xff;
      word >>>= 8;
    }
  }
  return out;
}

/** Bytes whose first five hold `embedded` (big-endian), the rest random: unique by construction. */
export function uniqueBytes(rng: Rng, length: number, embedded: number): Uint8Array {
  const out = randomBytes(rng, Math.max(5, length));
  let x = embedded;
  for (let j = 4; j >= 0; j--) {
    out[j] = x % 256;
    x = Math.floor(x / 256);
  }
  return out;
}
