/**
 * The hash of the illustrative partition placement. DynamoDB's own hash is not published
 * (dynamodb-facts.md, "Partitions"): any uniform hash draws an equally honest picture, so
 * this is FNV-1a over the key's UTF-8 bytes, finished with murmur3's fmix32 so that every
 * input bit moves the high bits (which pick the partition). It encodes UTF-8 on the fly
 * from the UTF-16 string: no allocation per key, as the 1,000,000-key bench requires.
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

export function keyHash(text: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      h = Math.imul(h ^ c, FNV_PRIME);
    } else if (c < 0x800) {
      h = Math.imul(h ^ (0xc0 | (c >> 6)), FNV_PRIME);
      h = Math.imul(h ^ (0x80 | (c & 0x3f)), FNV_PRIME);
    } else {
      let cp = c;
      const d = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
      if (c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
        cp = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
        h = Math.imul(h ^ (0xf0 | (cp >> 18)), FNV_PRIME);
        h = Math.imul(h ^ (0x80 | ((cp >> 12) & 0x3f)), FNV_PRIME);
      } else {
        // A lone surrogate is encoded as U+FFFD's three bytes would be, like TextEncoder.
        if (c >= 0xd800 && c <= 0xdfff) cp = 0xfffd;
        h = Math.imul(h ^ (0xe0 | (cp >> 12)), FNV_PRIME);
      }
      h = Math.imul(h ^ (0x80 | ((cp >> 6) & 0x3f)), FNV_PRIME);
      h = Math.imul(h ^ (0x80 | (cp & 0x3f)), FNV_PRIME);
    }
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Partition of a hash: partitions own equal ranges of the hash space, as DynamoDB's do. */
export function partitionOf(hash: number, partitions: number): number {
  return Math.floor((hash * partitions) / 4294967296);
}
