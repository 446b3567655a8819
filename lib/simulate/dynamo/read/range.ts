/**
 * Positions in an item collection for a sort key condition: binary searches only, so a
 * Query costs O(log n + k) (Query.KeyConditionExpressions). begins_with is a range too:
 * every sort key with the prefix sits right after the prefix itself in byte order.
 */
import { bytesEqual, compareScalars } from "../compare";
import type { SortCondition } from "../expr/key-condition";
import type { Entry } from "../index-store";
import type { SortedList } from "../sorted-list";
import type { Value } from "../value";

function hasPrefix(v: Value, prefix: Value): boolean {
  if (v.t === "S" && prefix.t === "S") return v.v.startsWith(prefix.v);
  if (v.t === "B" && prefix.t === "B") return prefix.v.length <= v.v.length && bytesEqual(v.v.subarray(0, prefix.v.length), prefix.v);
  return false;
}

export function sortKeyRange(list: SortedList<Entry>, cond: SortCondition | undefined): [number, number] {
  const begin = list.begin();
  const end = list.end();
  if (!cond) return [begin, end];
  const at = (v: Value, strict: boolean) => list.seek((e) => compareScalars(e.sk!, v), strict);
  switch (cond.op) {
    case "=":
      return [at(cond.v, false), at(cond.v, true)];
    case "<":
      return [begin, at(cond.v, false)];
    case "<=":
      return [begin, at(cond.v, true)];
    case ">":
      return [at(cond.v, true), end];
    case ">=":
      return [at(cond.v, false), end];
    case "between":
      return [at(cond.lo, false), at(cond.hi, true)];
    case "begins_with": {
      const from = at(cond.v, false);
      const to = list.seek((e) => (hasPrefix(e.sk!, cond.v) ? -1 : compareScalars(e.sk!, cond.v)));
      return [from, Math.max(from, to)];
    }
  }
}

/** Walks [from, to) forwards or backwards, one entry per call. */
export function cursor(list: SortedList<Entry>, from: number, to: number, forward: boolean): () => Entry | undefined {
  if (forward) {
    let p = from;
    return () => {
      if (p >= to) return undefined;
      const e = list.at(p);
      p = list.next(p);
      return e;
    };
  }
  let p = to <= from ? -1 : list.prev(to);
  return () => {
    if (p < from || p < 0) return undefined;
    const e = list.at(p);
    p = list.prev(p);
    return e;
  };
}
