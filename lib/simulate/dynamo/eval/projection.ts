/**
 * ProjectionExpression (Expressions.ProjectionExpressions): keep only the named paths.
 * List elements keep their order and are packed (l[3], l[1] → [l1, l3]); a path that
 * does not exist is left out, and so is a container left empty (measured on Local).
 */
import type { Path } from "../expr/ast";
import type { Bindings } from "../expr/placeholders";
import { validation } from "../errors";
import type { Item, Value } from "../value";
import { formatPath, resolvePath, type ResolvedPath } from "./path";

interface Node {
  whole: boolean;
  readonly children: Map<string | number, Node>;
}

export interface Projection {
  readonly root: Node;
  /** Top-level attribute names the projection reads (index projections check these). */
  readonly topNames: readonly string[];
}

export function compileProjection(paths: readonly Path[], b: Bindings): Projection {
  const resolved = paths.map((p) => resolvePath(p, b));
  checkOverlap(resolved);
  const root: Node = { whole: false, children: new Map() };
  for (const p of resolved) {
    let node = root;
    for (const e of p) {
      let child = node.children.get(e);
      if (!child) node.children.set(e, (child = { whole: false, children: new Map() }));
      node = child;
    }
    node.whole = true;
  }
  return { root, topNames: [...new Set(resolved.map((p) => p[0] as string))] };
}

function checkOverlap(paths: ResolvedPath[]): void {
  for (let i = 0; i < paths.length; i++) {
    for (let j = i + 1; j < paths.length; j++) {
      const a = paths[i]!;
      const b = paths[j]!;
      const n = Math.min(a.length, b.length);
      let k = 0;
      while (k < n && a[k] === b[k]) k++;
      const kind = k === n ? "overlap" : typeof a[k] !== typeof b[k] ? "conflict" : undefined;
      if (kind) {
        throw validation(`Invalid ProjectionExpression: Two document paths ${kind} with each other; must remove or rewrite one of these paths; path one: ${formatPath(a)}, path two: ${formatPath(b)}`);
      }
    }
  }
}

function projectValue(v: Value, node: Node): Value | undefined {
  if (node.whole) return v;
  if (v.t === "M") {
    const out = new Map<string, Value>();
    for (const [k, child] of node.children) {
      if (typeof k !== "string") continue;
      const x = v.v.get(k);
      const p = x && projectValue(x, child);
      if (p) out.set(k, p);
    }
    return out.size ? { t: "M", v: out } : undefined;
  }
  if (v.t === "L") {
    const indexes = [...node.children.keys()].filter((k): k is number => typeof k === "number").sort((a, b) => a - b);
    const out: Value[] = [];
    for (const i of indexes) {
      const x = v.v[i];
      const p = x && projectValue(x, node.children.get(i)!);
      if (p) out.push(p);
    }
    return out.length ? { t: "L", v: out } : undefined;
  }
  return undefined;
}

export function applyProjection(item: Item, projection: Projection): Map<string, Value> {
  const out = new Map<string, Value>();
  for (const [k, node] of projection.root.children) {
    const v = item.get(k as string);
    const p = v && projectValue(v, node);
    if (p) out.set(k as string, p);
  }
  return out;
}
