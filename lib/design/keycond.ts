/**
 * Sort-key conditions as DynamoDB expressions, and their values for one binding
 * (guide §7, docs/design-rules.md "Range bounds"). With a composite key `P{v}#…`:
 *   v BETWEEN a AND b  →  SK BETWEEN P+a AND P+b+"$"    ("$" is the character after "#")
 *   v >= a             →  SK BETWEEN P+a AND succ(P)     (stays inside the prefix)
 *   v > a              →  SK BETWEEN P+a+"$" AND succ(P)
 *   v <= b             →  SK BETWEEN P AND P+b+"$"
 *   v < b              →  SK BETWEEN P AND P+b          (P+b itself is never a key: "#…" follows)
 *   begins_with(v, s)  →  begins_with(SK, P+s)
 * With an empty prefix the bounds need no BETWEEN. Native N/B keys compare directly.
 */
import { getOwn, type ConstantValue } from "../model";
import { AFTER_DELIMITER, encodeBinary, escapeString, prefixSuccessor, previousDatetime, reverseEncoded } from "./encode";
import type { EntityFacts } from "./facts";
import { encodeValue, nativeValue, toBytes } from "./render";
import type { Binding, BoundPart, ReadPlan, SortCondition } from "./types";
import { compareUtf8 } from "../model";

export type KeyValue = string | number | Uint8Array;

/** The expression of a sort condition with `#sk` and named values, or null for none. */
export function sortShape(sort: SortCondition, native: boolean): string | null {
  switch (sort.kind) {
    case "none": return null;
    case "eq": return "#sk = :sk";
    case "beginsWith": return "begins_with(#sk, :prefix)";
    case "range": {
      if (sort.operator === "beginsWith") return "begins_with(#sk, :prefix)";
      if (native || !hasParts(sort.prefix)) {
        if (!native) {
          if (sort.operator === "between") return "#sk BETWEEN :from AND :to";
          return sort.operator === "gt" || sort.operator === "gte" ? "#sk >= :from" : "#sk < :to";
        }
        return { between: "#sk BETWEEN :from AND :to", gte: "#sk >= :from", gt: "#sk > :from", lte: "#sk <= :to", lt: "#sk < :to" }[sort.operator];
      }
      return "#sk BETWEEN :from AND :to";
    }
  }
}

function hasParts(parts: BoundPart[]): boolean {
  return parts.some((p) => !("literal" in p) || p.literal !== "");
}

/** The value a bound part takes under a binding, in model terms. */
function partValue(p: Exclude<BoundPart, { literal: string }>, binding: Binding): unknown {
  return p.param ? getOwn(binding, p.attribute) : p.constant;
}

/** Rendered text of bound parts, or undefined when a value is missing or of the wrong type. */
export function renderBound(e: EntityFacts, parts: BoundPart[], binding: Binding): string | undefined {
  let out = "";
  for (const p of parts) {
    if ("literal" in p) {
      out += p.literal;
      continue;
    }
    const type = e.attrs.get(p.attribute)?.type;
    const v = partValue(p, binding);
    const encoded = type === undefined ? undefined : encodeValue(type, v);
    if (encoded === undefined) return undefined;
    out += p.reversed ? reverseEncoded(encoded) : encoded;
  }
  return out;
}

/** A native N/B key value of a single bound part. */
export function nativeBound(e: EntityFacts, parts: BoundPart[], binding: Binding, keyType: "N" | "B"): KeyValue | undefined {
  const only = parts.length === 1 ? parts[0] : undefined;
  if (!only || "literal" in only) return undefined;
  const type = e.attrs.get(only.attribute)?.type;
  return type === undefined ? undefined : nativeValue(type, partValue(only, binding), keyType);
}

export type SortValues = { ok: true; values: Record<string, KeyValue> } | { ok: false; empty: boolean; message: string };

/** Values of the sort condition; `empty` when the range is provably empty (between with low > high). */
export function sortValues(e: EntityFacts, plan: ReadPlan, binding: Binding): SortValues {
  const sort = plan.sort;
  const bad = (message: string): SortValues => ({ ok: false, empty: false, message });
  if (sort.kind === "none") return { ok: true, values: {} };
  const native = plan.sortType !== null && plan.sortType !== "S";
  if (sort.kind === "eq") {
    const v = native ? nativeBound(e, sort.value, binding, plan.sortType as "N" | "B") : renderBound(e, sort.value, binding);
    return v === undefined ? bad("a sort-key value is missing from the binding") : { ok: true, values: { ":sk": v } };
  }
  if (sort.kind === "beginsWith") {
    const v = renderBound(e, sort.prefix, binding);
    return v === undefined ? bad("a sort-key value is missing from the binding") : { ok: true, values: { ":prefix": v } };
  }
  const type = e.attrs.get(sort.attribute)?.type ?? "string";
  const raw: unknown = sort.param ? getOwn(binding, sort.attribute) : sort.constant;
  const pair = sort.operator === "between" ? (Array.isArray(raw) && raw.length === 2 ? (raw as [unknown, unknown]) : undefined) : undefined;
  if (sort.operator === "between" && !pair) return bad(`expected [low, high] for ${sort.attribute}`);
  if (native) {
    const n = (v: unknown) => nativeValue(type, v, plan.sortType as "N" | "B");
    if (sort.operator === "beginsWith") {
      const b = toBytes(raw);
      return b ? { ok: true, values: { ":prefix": b } } : bad(`expected binary for ${sort.attribute}`);
    }
    if (pair) {
      const lo = n(pair[0]), hi = n(pair[1]);
      if (lo === undefined || hi === undefined) return bad(`bad value for ${sort.attribute}`);
      if (compareNative(lo, hi) > 0) return { ok: false, empty: true, message: "low is above high" };
      return { ok: true, values: { ":from": lo, ":to": hi } };
    }
    const v = n(raw);
    if (v === undefined) return bad(`bad value for ${sort.attribute}`);
    return { ok: true, values: sort.operator === "gt" || sort.operator === "gte" ? { ":from": v } : { ":to": v } };
  }
  const prefix = renderBound(e, sort.prefix, binding);
  if (prefix === undefined) return bad("a sort-key value is missing from the binding");
  const enc = (v: unknown) => encodeValue(type, v);
  if (sort.operator === "beginsWith") {
    const s = type === "binary" ? (toBytes(raw) ? encodeBinary(toBytes(raw) as Uint8Array) : undefined) : typeof raw === "string" ? escapeString(raw) : undefined;
    return s === undefined ? bad(`expected a prefix for ${sort.attribute}`) : { ok: true, values: { ":prefix": prefix + s } };
  }
  const open = prefix === "";
  const upper = prefixSuccessor(prefix);
  if (pair) {
    const lo = enc(pair[0]), hi = enc(pair[1]);
    if (lo === undefined || hi === undefined) return bad(`bad value for ${sort.attribute}`);
    const from = prefix + lo, to = prefix + hi + AFTER_DELIMITER;
    if (compareUtf8(from, to) > 0) return { ok: false, empty: true, message: "low is above high" };
    return { ok: true, values: { ":from": from, ":to": to } };
  }
  const v = enc(raw);
  if (v === undefined) return bad(`bad value for ${sort.attribute}`);
  switch (sort.operator) {
    case "gte": return { ok: true, values: open ? { ":from": v } : { ":from": prefix + v, ":to": upper } };
    case "gt": return { ok: true, values: open ? { ":from": v + AFTER_DELIMITER } : { ":from": prefix + v + AFTER_DELIMITER, ":to": upper } };
    case "lte": return { ok: true, values: open ? { ":to": v + AFTER_DELIMITER } : { ":from": prefix, ":to": prefix + v + AFTER_DELIMITER } };
    case "lt": {
      if (open) return { ok: true, values: { ":to": v } };
      if (!sort.last) return { ok: true, values: { ":from": prefix, ":to": prefix + v } };
      const previous = typeof raw === "string" ? previousDatetime(raw) : undefined;
      if (previous === undefined) return { ok: false, empty: true, message: "nothing is below the earliest datetime" };
      return { ok: true, values: { ":from": prefix, ":to": prefix + (enc(previous) ?? "") + AFTER_DELIMITER } };
    }
    default: return bad(`unexpected operator ${sort.operator}`);
  }
}

function compareNative(a: KeyValue, b: KeyValue): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (a instanceof Uint8Array && b instanceof Uint8Array) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return (a[i] ?? 0) - (b[i] ?? 0);
    return a.length - b.length;
  }
  return 0;
}

/** Constants of a plan's conditions, for display (`status = "OPEN"`). */
export function constantText(v: ConstantValue | [ConstantValue, ConstantValue] | undefined): string {
  return JSON.stringify(v);
}
