/**
 * Problems are returned in document order (where they occur in the document), ties kept
 * in the order the checks found them. A problem about something absent (a missing field)
 * sorts with its nearest existing parent.
 */
import type { Path } from "./path";
import type { RawProblem } from "./problems";
import { isPlainObject } from "./safe";

export function sortByDocumentOrder(root: unknown, problems: RawProblem[]): RawProblem[] {
  const keyIndexes = new WeakMap<object, Map<string, number>>();
  const indexOfKey = (node: Record<string, unknown>, key: string): number | undefined => {
    let map = keyIndexes.get(node);
    if (!map) {
      map = new Map(Object.keys(node).map((k, i) => [k, i]));
      keyIndexes.set(node, map);
    }
    return map.get(key);
  };
  const orderKey = (segments: Path): number[] => {
    const out: number[] = [];
    let node: unknown = root;
    for (const segment of segments) {
      if (typeof segment === "number") {
        if (!Array.isArray(node) || segment >= node.length) break;
        out.push(segment);
        node = node[segment];
      } else {
        if (!isPlainObject(node)) break;
        const i = indexOfKey(node, segment);
        if (i === undefined) break;
        out.push(i);
        node = node[segment];
      }
    }
    return out;
  };
  const keyed = problems.map((p, i) => ({ p, i, key: orderKey(p.segments) }));
  keyed.sort((a, b) => compareKeys(a.key, b.key) || a.i - b.i);
  return keyed.map((k) => k.p);
}

function compareKeys(a: number[], b: number[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return a.length - b.length;
}
