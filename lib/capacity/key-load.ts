/**
 * The per-key-value load formula, the one place it is written (guide/key-design.md §5):
 * for every pattern that touches a key value, rps × units per request × the share of the
 * pattern's requests (or items) on that value, summed. Units come from requests.ts, the
 * shares from selectivity.ts (1 for a constant key, 1/values when uniform, Zipf when
 * skewed). The design engine's lib/design/load.ts computes the same product for its
 * sharding decision with its own simpler sizes (docs/capacity.md, "Two estimates").
 */

export interface KeyLoad {
  readUnitsPerSecond: number;
  writeUnitsPerSecond: number;
  sizeBytes: number;
  items: number;
}

export interface LoadTerm {
  /** Requests per second of the pattern. */
  rps: number;
  /** Units one request lands on this key value (per shard for a fanned-out read). */
  units: number;
  /** Share of the pattern's requests on this key value. */
  share: number;
}

export function keyValueLoad(terms: ReadonlyArray<LoadTerm>): number {
  let total = 0;
  for (const t of terms) total += t.rps * t.units * t.share;
  return total;
}
