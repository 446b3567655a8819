/**
 * A sorted sequence with O(log n) search and cheap inserts: elements live in chunks of at
 * most CHUNK entries (a two-level "sorted list"). One flat array would make every insert
 * into a large item collection move half of it; chunks bound that to CHUNK elements.
 *
 * Positions are plain numbers, chunk × STRIDE + offset, ordered like the elements, so a
 * range is a pair of numbers. Chunks are never empty; `end()` is one past the last chunk.
 * A position is valid until the next insert or remove.
 */
const CHUNK = 512;
const STRIDE = 1 << 12; // > 2 × CHUNK: a chunk holds at most 2 × CHUNK before it splits

export class SortedList<T> {
  private chunks: T[][] = [];
  private count = 0;

  constructor(private readonly compare: (a: T, b: T) => number) {}

  get size(): number {
    return this.count;
  }

  begin(): number {
    return 0;
  }

  end(): number {
    return this.chunks.length * STRIDE;
  }

  at(pos: number): T | undefined {
    return this.chunks[Math.floor(pos / STRIDE)]?.[pos % STRIDE];
  }

  next(pos: number): number {
    const c = Math.floor(pos / STRIDE);
    const i = pos % STRIDE;
    const chunk = this.chunks[c];
    return chunk && i + 1 < chunk.length ? pos + 1 : (c + 1) * STRIDE;
  }

  /** The position before `pos`, or -1 at the start. */
  prev(pos: number): number {
    const c = Math.floor(pos / STRIDE);
    const i = pos % STRIDE;
    if (i > 0) return pos - 1;
    if (c === 0) return -1;
    return (c - 1) * STRIDE + this.chunks[c - 1]!.length - 1;
  }

  /**
   * First position whose element e has probe(e) >= 0 (strict: > 0), where probe(e) tells
   * how e compares with the target. `end()` when there is none.
   */
  seek(probe: (e: T) => number, strict = false): number {
    // Strict: first element with probe > 0; else first with probe >= 0. (No closures: hot path.)
    const limit = strict ? 0 : -1;
    const chunks = this.chunks;
    let lo = 0;
    let hi = chunks.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const chunk = chunks[mid]!;
      if (probe(chunk[chunk.length - 1]!) > limit) hi = mid;
      else lo = mid + 1;
    }
    if (lo === chunks.length) return this.end();
    const chunk = chunks[lo]!;
    let a = 0;
    let b = chunk.length - 1;
    while (a < b) {
      const mid = (a + b) >>> 1;
      if (probe(chunk[mid]!) > limit) b = mid;
      else a = mid + 1;
    }
    return lo * STRIDE + a;
  }

  /** Inserts x after any equal elements. */
  insert(x: T): void {
    this.count++;
    const chunks = this.chunks;
    if (chunks.length === 0) {
      chunks.push([x]);
      return;
    }
    let pos = this.seek((e) => this.compare(e, x), true);
    if (pos === this.end()) pos = (chunks.length - 1) * STRIDE + chunks[chunks.length - 1]!.length;
    const c = Math.floor(pos / STRIDE);
    const chunk = chunks[c]!;
    chunk.splice(pos % STRIDE, 0, x);
    if (chunk.length > 2 * CHUNK) chunks.splice(c + 1, 0, chunk.splice(CHUNK));
  }

  /** Removes the element comparing equal to x for which `same` holds; false if absent. */
  remove(x: T, same: (e: T) => boolean = () => true): boolean {
    let pos = this.seek((e) => this.compare(e, x));
    for (; pos < this.end(); pos = this.next(pos)) {
      const e = this.at(pos)!;
      if (this.compare(e, x) !== 0) return false;
      if (same(e)) {
        const c = Math.floor(pos / STRIDE);
        const chunk = this.chunks[c]!;
        chunk.splice(pos % STRIDE, 1);
        if (chunk.length === 0) this.chunks.splice(c, 1);
        this.count--;
        return true;
      }
    }
    return false;
  }

  /** The elements in [from, to), or backwards from the one before `to` down to `from` (tests, small reads). */
  *range(from: number, to: number, reverse = false): Generator<T> {
    if (!reverse) {
      for (let p = from; p < to; p = this.next(p)) yield this.at(p)!;
    } else {
      for (let p = this.prev(to); p >= from && p >= 0; p = this.prev(p)) yield this.at(p)!;
    }
  }
}
