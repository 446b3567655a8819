/**
 * Own-property helpers. Model maps (`where`, sample items, unknown fields) are plain
 * objects whose keys are user data: `__proto__`, `constructor` or `toString` are valid
 * attribute names. `obj[key]` would read inherited members, and `obj[key] = v` with
 * `__proto__` would replace the prototype instead of storing a value. These helpers only
 * ever touch own data properties.
 */

export function hasOwn(obj: object, key: string): boolean {
  return Object.hasOwn(obj, key);
}

/** The own property `key`, or undefined when there is none (never an inherited member). */
export function getOwn<T>(obj: { readonly [key: string]: T }, key: string): T | undefined {
  return Object.hasOwn(obj, key) ? obj[key] : undefined;
}

/** A copy of `obj` with `key` set to `value`, keeping key order (new keys go last). */
export function withOwn<T>(obj: { readonly [key: string]: T }, key: string, value: T): { [key: string]: T } {
  const entries = Object.entries(obj);
  const at = entries.findIndex(([k]) => k === key);
  if (at >= 0) entries[at] = [key, value];
  else entries.push([key, value]);
  // Object.fromEntries defines data properties, so "__proto__" stays an ordinary key.
  return Object.fromEntries(entries);
}

/** A copy of `obj` without the own property `key`. */
export function withoutOwn<T>(obj: { readonly [key: string]: T }, key: string): { [key: string]: T } {
  return Object.fromEntries(Object.entries(obj).filter(([k]) => k !== key));
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
