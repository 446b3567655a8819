/**
 * How many items each entity gets (cli.md, `verify --items N`): in proportion to the
 * entities' `count`, at least one each, exactly `total` in all when total >= the number of
 * entities (largest-remainder rounding; ties go to the entity declared first).
 */
import { entityCount, type Model } from "../model";

export type EntityCounts = { [entity: string]: number };

export function allocateCounts(model: Model, total: number): EntityCounts {
  const entities = model.entities;
  const n = entities.length;
  const result: EntityCounts = {};
  for (const e of entities) result[e.name] = 1;
  const want = Math.max(0, Math.floor(total));
  if (want <= n) return result;
  const weights = entities.map((e) => Math.max(0, entityCount(e)));
  distribute(want, weights, new Set<number>(), (i, count) => {
    const e = entities[i];
    if (e) result[e.name] = count;
  });
  return result;
}

/**
 * Splits `total` over the entries not in `fixed` in proportion to `weights`, each getting at
 * least one. An entry whose share is below one gets exactly one and leaves the split; the
 * rest is split again until every share is at least one.
 */
export function distribute(total: number, weights: readonly number[], fixed: ReadonlySet<number>, set: (index: number, count: number) => void): void {
  const ones = new Set<number>();
  let open: number[] = [];
  for (;;) {
    open = weights.map((_, i) => i).filter((i) => !fixed.has(i) && !ones.has(i));
    const room = total - ones.size;
    const weightSum = open.reduce((sum, i) => sum + (weights[i] ?? 0), 0);
    const small = open.filter((i) => weightSum <= 0 || room * ((weights[i] ?? 0) / weightSum) < 1);
    if (small.length === 0 || small.length === open.length) {
      if (small.length === open.length) for (const i of small) ones.add(i);
      break;
    }
    for (const i of small) ones.add(i);
  }
  for (const i of ones) set(i, 1);
  if (open.every((i) => ones.has(i))) return;
  const room = total - ones.size;
  const counts = shares(room, open.map((i) => weights[i] ?? 0));
  open.forEach((i, k) => set(i, counts[k] ?? 0));
}

/**
 * `total` split in proportion to `weights` by largest remainder (ties to the first), no
 * minimum: the counts add up to `total` exactly.
 */
export function shares(total: number, weights: readonly number[]): number[] {
  const weightSum = weights.reduce((sum, w) => sum + w, 0);
  if (weights.length === 0) return [];
  const quotas = weights.map((w) => (weightSum > 0 ? total * (w / weightSum) : total / weights.length));
  const counts = quotas.map((q) => Math.floor(q));
  let given = counts.reduce((sum, c) => sum + c, 0);
  const byRemainder = quotas.map((q, i) => ({ i, remainder: q - Math.floor(q) })).sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  // Floating-point quotas could leave the floors more than one short per entry: wrap around.
  for (let k = 0; given < total; k++, given++) {
    const entry = byRemainder[k % byRemainder.length];
    if (entry) counts[entry.i] = (counts[entry.i] ?? 0) + 1;
  }
  return counts;
}
