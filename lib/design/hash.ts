/**
 * FNV-1a (32-bit) over UTF-8 bytes: a small, fixed, well-spread hash for shard suffixes.
 * The suffix is a pure function of the item's identity, so a retried write lands on the
 * same shard (idempotent) and items spread evenly (guide §5).
 */
import { utf8Bytes } from "./encode";

export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (const b of utf8Bytes(text)) {
    h ^= b;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export function shardOf(identity: string, shards: number): number {
  return shards <= 1 ? 0 : fnv1a(identity) % shards;
}
