/** Names for new things that do not clash with what is there (R2: names and ids are unique). */
export function freshName(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}${n}`)) return `${base}${n}`;
}

/** Access pattern ids AP1, AP2, … : the first number after the highest in use. */
export function freshPatternId(taken: Iterable<string>): string {
  const used = new Set(taken);
  let n = 1;
  for (const id of used) {
    const m = /^AP(\d+)$/.exec(id);
    if (m) n = Math.max(n, Number(m[1]) + 1);
  }
  return freshName(`AP${n}`, used);
}
