/** Immutable list steps shared by every edit: each returns a new array, never mutates. */

/** `list` with the item at `from` moved to `to` (both clamped to the list). */
export function moveItem<T>(list: ReadonlyArray<T>, from: number, to: number): T[] {
  const out = [...list];
  if (from < 0 || from >= out.length) return out;
  const target = Math.max(0, Math.min(out.length - 1, to));
  const [item] = out.splice(from, 1);
  out.splice(target, 0, item as T);
  return out;
}

export function replaceAt<T>(list: ReadonlyArray<T>, index: number, item: T): T[] {
  return list.map((x, i) => (i === index ? item : x));
}

export function removeAt<T>(list: ReadonlyArray<T>, index: number): T[] {
  return list.filter((_, i) => i !== index);
}

export function insertAt<T>(list: ReadonlyArray<T>, index: number, item: T): T[] {
  const out = [...list];
  out.splice(Math.max(0, Math.min(out.length, index)), 0, item);
  return out;
}

/** `list` with every `from` replaced by `to`; if `to` is already there, `from` is dropped instead (no duplicates). */
export function renameInList(list: ReadonlyArray<string>, from: string, to: string): string[] {
  if (!list.includes(from) || from === to) return [...list];
  if (list.includes(to)) return list.filter((x) => x !== from);
  return list.map((x) => (x === from ? to : x));
}
