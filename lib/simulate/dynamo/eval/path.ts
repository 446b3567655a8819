/**
 * Document paths (Expressions.Attributes): reading a.b[0].c from an item, and the
 * copy-on-write SET / REMOVE that UpdateExpression needs. Values are immutable, so a write
 * copies only the containers along the path.
 */
import type { Path } from "../expr/ast";
import type { Bindings } from "../expr/placeholders";
import { validation } from "../errors";
import type { Item, Value } from "../value";

/** A path with its #placeholders resolved: strings are map keys, numbers list indexes. */
export type ResolvedPath = readonly (string | number)[];

export function resolvePath(path: Path, b: Bindings): ResolvedPath {
  return path.map((e) => (e.kind === "index" ? e.index : e.name.charCodeAt(0) === 35 ? b.names[e.name]! : e.name));
}

export function resolveName(name: string, b: Bindings): string {
  return name.charCodeAt(0) === 35 ? b.names[name]! : name;
}

export function getPath(item: Item, path: Path, b: Bindings): Value | undefined {
  const first = path[0]!;
  let v: Value | undefined = first.kind === "name" ? item.get(resolveName(first.name, b)) : undefined;
  for (let i = 1; i < path.length && v; i++) {
    const e = path[i]!;
    if (e.kind === "index") v = v.t === "L" ? v.v[e.index] : undefined;
    else v = v.t === "M" ? v.v.get(resolveName(e.name, b)) : undefined;
  }
  return v;
}

export function getResolved(item: Item, path: ResolvedPath): Value | undefined {
  let v: Value | undefined = typeof path[0] === "string" ? item.get(path[0]) : undefined;
  for (let i = 1; i < path.length && v; i++) {
    const e = path[i]!;
    if (typeof e === "number") v = v.t === "L" ? v.v[e] : undefined;
    else v = v.t === "M" ? v.v.get(e) : undefined;
  }
  return v;
}

export function invalidUpdatePath(): Error {
  return validation("The document path provided in the update expression is invalid for update");
}

/**
 * Sets `path` to `value` (UpdateExpression SET/ADD/DELETE results). The parent must exist
 * with the right type; an index past the end of a list appends (measured on Local).
 */
function setIn(container: Value, path: ResolvedPath, depth: number, value: Value): Value {
  const key = path[depth]!;
  const last = depth === path.length - 1;
  if (typeof key === "number") {
    if (container.t !== "L") throw invalidUpdatePath();
    const list = container.v.slice();
    if (last) {
      if (key >= list.length) list.push(value);
      else list[key] = value;
    } else {
      const child = list[key];
      if (!child) throw invalidUpdatePath();
      list[key] = setIn(child, path, depth + 1, value);
    }
    return { t: "L", v: list };
  }
  if (container.t !== "M") throw invalidUpdatePath();
  const map = new Map(container.v);
  if (last) map.set(key, value);
  else {
    const child = map.get(key);
    if (!child) throw invalidUpdatePath();
    map.set(key, setIn(child, path, depth + 1, value));
  }
  return { t: "M", v: map };
}

export function setPath(item: Map<string, Value>, path: ResolvedPath, value: Value): void {
  const top = path[0] as string;
  if (path.length === 1) {
    item.set(top, value);
    return;
  }
  const child = item.get(top);
  if (!child) throw invalidUpdatePath();
  item.set(top, setIn(child, path, 1, value));
}

/** REMOVE: a missing last element is a no-op; a missing or mistyped parent is an error (measured). */
function removeIn(container: Value, path: ResolvedPath, depth: number): Value {
  const key = path[depth]!;
  const last = depth === path.length - 1;
  if (typeof key === "number") {
    if (container.t !== "L") throw invalidUpdatePath();
    if (last) {
      if (key >= container.v.length) return container;
      const list = container.v.slice();
      list.splice(key, 1);
      return { t: "L", v: list };
    }
    const child = container.v[key];
    if (!child) throw invalidUpdatePath();
    const list = container.v.slice();
    list[key] = removeIn(child, path, depth + 1);
    return { t: "L", v: list };
  }
  if (container.t !== "M") throw invalidUpdatePath();
  if (last) {
    if (!container.v.has(key)) return container;
    const map = new Map(container.v);
    map.delete(key);
    return { t: "M", v: map };
  }
  const child = container.v.get(key);
  if (!child) throw invalidUpdatePath();
  const map = new Map(container.v);
  map.set(key, removeIn(child, path, depth + 1));
  return { t: "M", v: map };
}

export function removePath(item: Map<string, Value>, path: ResolvedPath): void {
  const top = path[0] as string;
  if (path.length === 1) {
    item.delete(top);
    return;
  }
  const child = item.get(top);
  if (!child) throw invalidUpdatePath();
  item.set(top, removeIn(child, path, 1));
}

/** "[m, a, [0]]": how DynamoDB prints a path in overlap messages. */
export function formatPath(path: ResolvedPath): string {
  return "[" + path.map((e) => (typeof e === "number" ? `[${e}]` : e)).join(", ") + "]";
}
