/**
 * Field-level comparison of two lists of named things (entities, attributes, access
 * patterns, indexes, key templates). Values compare by canonical JSON (object keys sorted),
 * so the order fields were written in never counts as a change.
 */

/** One field that differs; `before`/`after` are undefined where the field is absent. */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface Changed {
  key: string;
  changes: FieldChange[];
}

export interface ListDiff {
  added: string[];
  removed: string[];
  changed: Changed[];
}

export const emptyListDiff = (): ListDiff => ({ added: [], removed: [], changed: [] });

export function isEmptyListDiff(d: ListDiff): boolean {
  return d.added.length === 0 && d.removed.length === 0 && d.changed.length === 0;
}

/** JSON with object keys sorted, so equal values always give equal text. */
export function canonical(value: unknown): string {
  return JSON.stringify(sortKeys(value)) ?? "undefined";
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value instanceof Uint8Array) return Array.from(value);
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = sortKeys(v);
    }
    return out;
  }
  return value;
}

export function sameValue(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

/** The fields of `before` and `after` (the same record shape) that differ, in field order. */
export function fieldChanges(before: Record<string, unknown>, after: Record<string, unknown>): FieldChange[] {
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return fields
    .filter((field) => !sameValue(before[field], after[field]))
    .map((field) => ({ field, before: before[field], after: after[field] }));
}

/**
 * Items matched by `key`: added (only in `after`), removed (only in `before`), and changed
 * (in both, with the fields `fields` picks differing). Output follows the lists' order:
 * removed and changed in `before` order, added in `after` order.
 */
export function diffList<T>(
  before: readonly T[],
  after: readonly T[],
  key: (item: T) => string,
  fields: (item: T) => Record<string, unknown>,
): ListDiff {
  const afterByKey = new Map(after.map((item) => [key(item), item] as const));
  const beforeKeys = new Set(before.map(key));
  const diff = emptyListDiff();
  for (const item of before) {
    const k = key(item);
    const other = afterByKey.get(k);
    if (other === undefined) {
      diff.removed.push(k);
      continue;
    }
    const changes = fieldChanges(fields(item), fields(other));
    if (changes.length > 0) diff.changed.push({ key: k, changes });
  }
  for (const item of after) if (!beforeKeys.has(key(item))) diff.added.push(key(item));
  return diff;
}
