/**
 * A tiny evaluator of the read requests the engine builds, over physical items, with
 * DynamoDB's semantics: S keys compared by UTF-8 bytes, N numerically, B by bytes; an item
 * is on an index only if it has the index's key attributes; BETWEEN with low > high is a
 * ValidationException; a descending Query returns items in descending key order; Limit
 * counts evaluated items, so a filtered Query is paged until `limit` results.
 * It understands exactly the expression forms requests.ts emits.
 */
import { compareUtf8 } from "../../model";
import type { Design, Item, ReadRequest } from "../types";

const own = (o: object, k: string): unknown => (Object.hasOwn(o, k) ? (o as Record<string, unknown>)[k] : undefined);

export function compareKeys(a: unknown, b: unknown): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (a instanceof Uint8Array && b instanceof Uint8Array) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) if (a[i] !== b[i]) return (a[i] ?? 0) - (b[i] ?? 0);
    return a.length - b.length;
  }
  if (typeof a === "string" && typeof b === "string") return compareUtf8(a, b);
  throw new Error(`key types differ: ${typeof a} vs ${typeof b}`);
}

/** Comparisons between different DynamoDB types are false (not an error) in conditions. */
function sameType(a: unknown, b: unknown): boolean {
  return (a instanceof Uint8Array && b instanceof Uint8Array) || (typeof a === typeof b && !(a instanceof Uint8Array) && !(b instanceof Uint8Array));
}

function startsWith(a: unknown, p: unknown): boolean {
  if (typeof a === "string" && typeof p === "string") return a.startsWith(p);
  if (a instanceof Uint8Array && p instanceof Uint8Array) return p.length <= a.length && p.every((x, i) => a[i] === x);
  return false;
}

function keyNames(design: Design, index: string | undefined): { pk: string; sk?: string } {
  if (!index) return { pk: design.table.partitionKey.name, ...(design.table.sortKey ? { sk: design.table.sortKey.name } : {}) };
  const i = design.table.indexes.find((x) => x.name === index);
  if (!i) throw new Error(`no index ${index}`);
  return { pk: i.partitionKey.name, ...(i.sortKey ? { sk: i.sortKey.name } : {}) };
}

/** Evaluates one condition term over an item. */
function term(t: string, item: Item, names: Record<string, string>, values: Record<string, unknown>): boolean {
  const name = (ref: string) => names[ref] ?? ref;
  const value = (ref: string) => {
    if (!Object.hasOwn(values, ref)) throw new Error(`unknown value ${ref}`);
    return values[ref];
  };
  let m: RegExpExecArray | null;
  if ((m = /^begins_with\((#\w+), (:\w+)\)$/.exec(t))) return startsWith(own(item, name(m[1] ?? "")), value(m[2] ?? ""));
  if ((m = /^attribute_exists\((#\w+)\)$/.exec(t))) return own(item, name(m[1] ?? "")) !== undefined;
  if ((m = /^attribute_not_exists\((#\w+)\)$/.exec(t))) return own(item, name(m[1] ?? "")) === undefined;
  if ((m = /^(#\w+) BETWEEN (:\w+) AND (:\w+)$/.exec(t))) {
    const v = own(item, name(m[1] ?? "")), lo = value(m[2] ?? ""), hi = value(m[3] ?? "");
    if (compareKeys(lo, hi) > 0) throw new Error("ValidationException: BETWEEN low > high");
    return v !== undefined && sameType(v, lo) && compareKeys(v, lo) >= 0 && compareKeys(v, hi) <= 0;
  }
  if ((m = /^(#\w+) IN \(([^)]*)\)$/.exec(t))) {
    const v = own(item, name(m[1] ?? ""));
    return (m[2] ?? "").split(", ").some((ref) => v === value(ref));
  }
  if ((m = /^(#\w+) (=|<|<=|>|>=) (:\w+)$/.exec(t))) {
    const v = own(item, name(m[1] ?? ""));
    if (v === undefined) return false;
    const arg = value(m[3] ?? "");
    if (!sameType(v, arg)) return false;
    const d = typeof v === "boolean" ? (v === arg ? 0 : 1) : compareKeys(v, arg);
    return { "=": d === 0, "<": d < 0, "<=": d <= 0, ">": d > 0, ">=": d >= 0 }[m[2] as "="] ?? false;
  }
  throw new Error(`cannot evaluate ${t}`);
}

/** Splits `a AND b AND x BETWEEN :l AND :h` into terms. */
function terms(expr: string): string[] {
  const out: string[] = [];
  const parts = expr.split(" AND ");
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i] ?? "";
    if (/ BETWEEN :\w+$/.test(p)) {
      out.push(`${p} AND ${parts[i + 1] ?? ""}`);
      i++;
    } else out.push(p);
  }
  return out;
}

export interface Evaluated { items: Item[]; sameKeyTies: boolean }

export function evaluate(design: Design, req: ReadRequest, table: Item[]): Evaluated {
  const names = req.ExpressionAttributeNames ?? {};
  const values = req.ExpressionAttributeValues ?? {};
  if (req.ExpressionAttributeNames) {
    const used = `${req.KeyConditionExpression ?? ""} ${req.FilterExpression ?? ""}`;
    for (const n of Object.keys(names)) if (!used.includes(n)) throw new Error(`unused name ${n}`);
  }
  const { pk, sk } = keyNames(design, req.IndexName);
  if (req.operation === "GetItem") {
    const key = req.Key ?? {};
    const found = table.find((it) => Object.entries(key).every(([k, v]) => { const x = own(it, k); return x !== undefined && compareKeys(x, v) === 0; }));
    return { items: found ? [found] : [], sameKeyTies: false };
  }
  const onIndex = table.filter((it) => own(it, pk) !== undefined && (!sk || own(it, sk) !== undefined));
  if (req.operation === "Scan") {
    const f = req.FilterExpression ? terms(req.FilterExpression) : [];
    const all = onIndex.filter((it) => f.every((t) => term(t, it, names, values)));
    return { items: req.Limit ? all.slice(0, req.Limit) : all, sameKeyTies: false };
  }
  const key = terms(req.KeyConditionExpression ?? "");
  const inRange = onIndex.filter((it) => key.every((t) => term(t, it, names, values)));
  const dir = req.ScanIndexForward === false ? -1 : 1;
  inRange.sort((a, b) => dir * (sk ? compareKeys(own(a, sk), own(b, sk)) : 0));
  const filter = req.FilterExpression ? terms(req.FilterExpression) : [];
  const passed = inRange.filter((it) => filter.every((t) => term(t, it, names, values)));
  let sameKeyTies = false;
  for (let i = 1; i < passed.length; i++) {
    if (sk && compareKeys(own(passed[i - 1] as Item, sk), own(passed[i] as Item, sk)) === 0) sameKeyTies = true;
  }
  return { items: req.Limit !== undefined ? passed.slice(0, req.Limit) : passed, sameKeyTies };
}
