/**
 * The physical attributes of one entity item (itemKeys) and its uniqueness items: what a
 * loader writes. Index keys are present only when the item qualifies: every placeholder
 * has a value and the sparse `when` holds (a sparse index). Shard suffixes come from a
 * hash of the item's identity, so the same item always lands on the same shard.
 */
import { compareDecimal, compareUtf8, getOwn, type ConstantValue } from "../model";
import { toDecimal } from "./encode";
import type { AttrFacts, EntityFacts } from "./facts";
import { internalsOf } from "./internals";
import type { Cond } from "./requirements";
import { encodeValue, itemValue, renderKey, shardSuffix, toBytes } from "./render";
import type { Tpl } from "./template";
import type { Design, ModelItem } from "./types";
import { uniquenessParts } from "./uniqueness";

type KeyValue = string | number | Uint8Array;

function decimalText(v: unknown): string | undefined {
  const d = typeof v === "number" || typeof v === "string" ? toDecimal(v) : undefined;
  if (!d) return undefined;
  if (d.digits === "") return "0";
  const e = d.exponent, digits = d.digits;
  const body = e <= 0 ? `0.${"0".repeat(-e)}${digits}` : e >= digits.length ? digits + "0".repeat(e - digits.length) : `${digits.slice(0, e)}.${digits.slice(e)}`;
  return (d.negative ? "-" : "") + body;
}

/** Compares a value with a constant in the attribute's order (numbers numerically, strings by UTF-8). */
function compareTo(a: AttrFacts | undefined, v: unknown, c: ConstantValue): number | undefined {
  if (!a) return undefined;
  if (a.type === "number") {
    const x = decimalText(v), y = decimalText(c);
    return x === undefined || y === undefined ? undefined : compareDecimal(x, y);
  }
  if (a.type === "binary") {
    const x = toBytes(v), y = toBytes(c);
    if (!x || !y) return undefined;
    const ex = encodeValue("binary", x) ?? "", ey = encodeValue("binary", y) ?? "";
    return compareUtf8(ex, ey);
  }
  if (a.type === "boolean") return typeof v === "boolean" && typeof c === "boolean" ? (v === c ? 0 : v ? 1 : -1) : undefined;
  return typeof v === "string" && typeof c === "string" ? compareUtf8(v, c) : undefined;
}

/** Whether an item satisfies one design-time condition (model-format.md, the oracle's rule 1). */
export function holds(e: EntityFacts, item: ModelItem, c: Cond): boolean {
  const v = getOwn(item, c.attr);
  const present = v !== undefined && v !== null;
  if (c.op === "exists") return present;
  if (c.op === "notExists") return !present;
  if (!present) return false;
  const a = e.attrs.get(c.attr);
  if (c.op === "between") {
    const [lo, hi] = Array.isArray(c.value) ? c.value : [];
    if (lo === undefined || hi === undefined) return false;
    const x = compareTo(a, v, lo), y = compareTo(a, v, hi);
    return x !== undefined && y !== undefined && x >= 0 && y <= 0;
  }
  if (c.op === "beginsWith") {
    if (a?.type === "binary") {
      const x = toBytes(v), p = toBytes(c.value);
      return !!x && !!p && (encodeValue("binary", x) ?? "").startsWith(encodeValue("binary", p) ?? "\u0000");
    }
    return typeof v === "string" && typeof c.value === "string" && v.startsWith(c.value);
  }
  if (c.value === undefined || Array.isArray(c.value)) return false;
  const k = compareTo(a, v, c.value);
  if (k === undefined) return false;
  return { eq: k === 0, lt: k < 0, lte: k <= 0, gt: k > 0, gte: k >= 0 }[c.op as "eq" | "lt" | "lte" | "gt" | "gte"] ?? false;
}

/** The key values of one template for an item, or undefined when the item is not on that index. */
export function templateKeys(e: EntityFacts, t: Tpl, item: ModelItem, pkType: "S" | "N" | "B", skType: "S" | "N" | "B" | undefined): { pk: KeyValue; sk?: KeyValue } | undefined {
  if (!t.when.every((c) => holds(e, item, c))) return undefined;
  const value = itemValue(item);
  let pk = renderKey(e, t.pk, pkType, value, t.reverse);
  // DynamoDB rejects an empty string (or empty binary) as a key value: such an item is not on the index.
  if (pk === undefined || isEmpty(pk)) return undefined;
  if (t.shards > 1 && typeof pk === "string") pk += shardSuffix(e, value, t.shards);
  if (!t.sk || !skType) return { pk };
  const sk = renderKey(e, t.sk, skType, value, t.reverse);
  return sk === undefined || isEmpty(sk) ? undefined : { pk, sk };
}

function isEmpty(v: KeyValue): boolean {
  return v === "" || (v instanceof Uint8Array && v.length === 0);
}

export function itemKeys(design: Design, entity: string, item: ModelItem): Record<string, KeyValue> {
  const { facts, layout } = internalsOf(design);
  const e = facts.entities.get(entity);
  if (!e) throw new Error(`${entity} is not an entity of this design`);
  const out: Record<string, KeyValue> = {};
  const templates = layout.templates.get(entity);
  for (const schema of [layout.table, ...layout.indexes]) {
    const t = templates?.get(schema.name);
    if (!t) continue;
    const keys = templateKeys(e, t, item, schema.pk.type, schema.sk?.type);
    if (!keys) {
      if (schema.kind === "table") throw new Error(`${entity} item lacks a key attribute (${e.key.join(", ")})`);
      continue;
    }
    Object.defineProperty(out, schema.pk.name, { value: keys.pk, enumerable: true, writable: true, configurable: true });
    if (schema.sk && keys.sk !== undefined) Object.defineProperty(out, schema.sk.name, { value: keys.sk, enumerable: true, writable: true, configurable: true });
  }
  Object.defineProperty(out, layout.typeAttribute, { value: entity, enumerable: true, writable: true, configurable: true });
  return out;
}

/** The owner reference a uniqueness item stores: the owning item's table key. */
export function ownerOf(design: Design, entity: string, item: ModelItem): string {
  const keys = itemKeys(design, entity, item);
  const { layout } = internalsOf(design);
  const pk = getOwn(keys, layout.table.pk.name), sk = layout.table.sk ? getOwn(keys, layout.table.sk.name) : undefined;
  const text = (v: unknown) => (v instanceof Uint8Array ? `b:${encodeValue("binary", v) ?? ""}` : String(v));
  return JSON.stringify(sk === undefined ? [text(pk)] : [text(pk), text(sk)]);
}

export function uniquenessItems(design: Design, entity: string, item: ModelItem): Array<Record<string, string | number>> {
  return [...uniquenessByAttribute(design, entity, item).values()];
}

/** The uniqueness item of each unique attribute the item has a value for. */
export function uniquenessByAttribute(design: Design, entity: string, item: ModelItem): Map<string, Record<string, string | number>> {
  const { facts, layout } = internalsOf(design);
  const e = facts.entities.get(entity);
  if (!e) throw new Error(`${entity} is not an entity of this design`);
  const owner = ownerOf(design, entity, item);
  const out = new Map<string, Record<string, string | number>>();
  for (const a of e.uniqueAttrs) {
    const key = renderKey(e, uniquenessParts(e, a), "S", itemValue(item), new Set());
    if (typeof key !== "string") continue;
    const u: Record<string, string | number> = {};
    const put = (k: string, v: string) => Object.defineProperty(u, k, { value: v, enumerable: true, writable: true, configurable: true });
    put(layout.table.pk.name, key);
    if (layout.table.sk) put(layout.table.sk.name, key);
    put(layout.typeAttribute, "_unique");
    put(layout.ownerAttribute, owner);
    out.set(a, u);
  }
  return out;
}
