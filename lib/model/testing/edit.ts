/**
 * Test helpers: change a model at paths written in the format's own notation
 * (`accessPatterns[3].where["created.at"]`), and find the problem a test expects.
 * No test framework imports, so they can be used from any runner.
 */
import { parseModel } from "../parse";
import type { Problem } from "../problems";
import { isPlainObject } from "../safe";

export const DELETE: unique symbol = Symbol("delete");

/** Segments of a path in our notation (a test-side inverse of formatPath). */
export function parsePath(path: string): Array<string | number> {
  const out: Array<string | number> = [];
  const re = /(?:^|\.)([A-Za-z_$][A-Za-z0-9_$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/gy;
  let m: RegExpExecArray | null;
  while (re.lastIndex < path.length && (m = re.exec(path))) {
    if (m[1] !== undefined) out.push(m[1]);
    else if (m[2] !== undefined) out.push(Number(m[2]));
    else out.push(JSON.parse(m[3] ?? '""') as string);
  }
  if (re.lastIndex !== path.length) throw new Error(`bad test path ${path}`);
  return out;
}

/** A deep copy of `model` with each path set to its value (or deleted), in order. */
export function edited(model: unknown, changes: Record<string, unknown>): unknown {
  const copy: unknown = structuredClone(model);
  for (const [path, value] of Object.entries(changes)) {
    const segments = parsePath(path);
    const last = segments.pop();
    let node: unknown = copy;
    for (const s of segments) node = (node as Record<string | number, unknown>)[s];
    if (last === undefined) throw new Error("cannot edit the root");
    if (Array.isArray(node) && typeof last === "number") {
      if (value === DELETE) node.splice(last, 1);
      else node[last] = value;
    } else if (isPlainObject(node) && typeof last === "string") {
      if (value === DELETE) delete node[last];
      else Object.defineProperty(node, last, { value, enumerable: true, writable: true, configurable: true });
    } else throw new Error(`cannot edit ${path}`);
  }
  return copy;
}

/** The first error at `path` whose message contains `phrase`; throws with all problems if none. */
export function errorAt(model: unknown, path: string, phrase: string): Problem {
  const result = parseModel(model);
  const found = result.problems.find((p) => p.severity === "error" && p.path === path && p.message.includes(phrase));
  if (result.ok || !found) {
    throw new Error(`expected an error at ${JSON.stringify(path)} containing ${JSON.stringify(phrase)}; got ${JSON.stringify(result.problems, null, 1)}`);
  }
  return found;
}

/** Errors of a model that must be valid (an empty list when it is). */
export function errorsOf(model: unknown): Problem[] {
  return parseModel(model).problems.filter((p) => p.severity === "error");
}
