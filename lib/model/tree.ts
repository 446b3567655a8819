/**
 * parseModel accepts any JS value. Before checking, it is copied into a fresh JSON tree:
 * the model must not share objects with the caller, must not be able to hold things JSON
 * cannot (functions, Dates, NaN, cycles), and every object must be built safely
 * (Object.fromEntries keeps "__proto__" an ordinary own key).
 * An own property whose value is undefined is treated as absent, as JSON.stringify does.
 */
import { MAX_DEPTH } from "./json";
import type { PathSegment } from "./path";
import type { ProblemList } from "./problems";
import { isPlainObject } from "./safe";
import type { JsonValue } from "./types";

export function toJsonTree(value: unknown, problems: ProblemList): JsonValue | undefined {
  return copy(value, [], problems, new Set());
}

/**
 * The copy of a value found at `path` inside `ancestors` (root first), checked as the whole
 * tree's copy would check it there: same paths, same depth limit, same cycle detection.
 */
export function toJsonSubtree(value: unknown, path: PathSegment[], ancestors: object[], problems: ProblemList): JsonValue | undefined {
  return copy(value, path, problems, new Set(ancestors));
}

function copy(value: unknown, path: PathSegment[], problems: ProblemList, ancestors: Set<object>): JsonValue | undefined {
  if (value === null || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") {
    if (Number.isFinite(value)) return value;
    problems.error(path, `expected a finite number, found ${String(value)}`);
    return undefined;
  }
  if (typeof value !== "object") {
    problems.error(path, `expected JSON data, found ${value === undefined ? "undefined" : `a ${typeof value}`}`);
    return undefined;
  }
  if (ancestors.has(value)) {
    problems.error(path, "expected JSON data, found a cycle (an object that contains itself)");
    return undefined;
  }
  if (ancestors.size >= MAX_DEPTH) {
    problems.error(path, `nesting deeper than ${MAX_DEPTH} levels`);
    return undefined;
  }
  ancestors.add(value);
  try {
    if (Array.isArray(value)) {
      const out: JsonValue[] = [];
      for (let i = 0; i < value.length; i++) {
        if (!(i in value)) {
          problems.error([...path, i], "expected JSON data, found an empty array slot");
          continue;
        }
        const item = copy(value[i], [...path, i], problems, ancestors);
        if (item !== undefined) out.push(item);
      }
      return out;
    }
    if (!isPlainObject(value)) {
      const kind = (value as { constructor?: { name?: unknown } }).constructor?.name;
      problems.error(path, `expected a plain JSON object, found ${typeof kind === "string" && kind ? `a ${kind}` : "an object with a prototype"}`);
      return undefined;
    }
    const entries: Array<[string, JsonValue]> = [];
    for (const key of Object.keys(value)) {
      const child = value[key];
      if (child === undefined) continue;
      const item = copy(child, [...path, key], problems, ancestors);
      if (item !== undefined) entries.push([key, item]);
    }
    return Object.fromEntries(entries) as { [key: string]: JsonValue };
  } finally {
    ancestors.delete(value);
  }
}
