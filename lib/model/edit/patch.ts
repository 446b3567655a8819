/**
 * Field updates that keep everything else: key order and unknown fields stay, and a field
 * set to `undefined` is removed (the format writes no defaults, docs/model-format.md).
 * Values are `unknown` on purpose: the editor keeps what the user typed (a count of "12a")
 * in a draft, and lib/model's checks then name the problem at its path.
 */
export type Patch<T> = { [K in keyof T]?: unknown };

export function patched<T extends object>(obj: T, patch: Patch<T>): T {
  const entries = Object.entries(obj);
  for (const [key, value] of Object.entries(patch)) {
    const at = entries.findIndex(([k]) => k === key);
    if (value === undefined) {
      if (at >= 0) entries.splice(at, 1);
    } else if (at >= 0) entries[at] = [key, value];
    else entries.push([key, value]);
  }
  // fromEntries defines own data properties, so no key is ever treated as a prototype.
  return Object.fromEntries(entries) as T;
}

/** A copy of a map with key `from` renamed to `to`, at the same position (no-op when `to` is taken). */
export function renameKey<V>(obj: { readonly [key: string]: V }, from: string, to: string): { [key: string]: V } {
  if (!Object.hasOwn(obj, from) || from === to || Object.hasOwn(obj, to)) return { ...entriesCopy(obj) };
  return Object.fromEntries(Object.entries(obj).map(([k, v]) => [k === from ? to : k, v]));
}

function entriesCopy<V>(obj: { readonly [key: string]: V }): { [key: string]: V } {
  return Object.fromEntries(Object.entries(obj));
}
