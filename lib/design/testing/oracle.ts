/**
 * The oracle of model-format.md, "What a read pattern means", over model-term items:
 * filter by every condition, order by order.by (ties: entity name, then key attributes),
 * apply the limit. Written independently of the engine's encodings, for property tests.
 */
import { compareUtf8, describeCondition, type AccessPattern, type AttributeType, type Model } from "../../model";
import type { Binding, ModelItem } from "../types";
import type { EntityItems } from "./items";

const own = (o: object, k: string): unknown => (Object.hasOwn(o, k) ? (o as Record<string, unknown>)[k] : undefined);

export function compareValues(type: AttributeType | undefined, a: unknown, b: unknown): number {
  if (a instanceof Uint8Array && b instanceof Uint8Array) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) if (a[i] !== b[i]) return (a[i] ?? 0) - (b[i] ?? 0);
    return a.length - b.length;
  }
  if (type === "number" || (typeof a === "number" && typeof b === "number")) return Number(a) - Number(b);
  if (typeof a === "boolean" && typeof b === "boolean") return a === b ? 0 : a ? 1 : -1;
  return compareUtf8(String(a), String(b));
}

function startsWith(a: unknown, p: unknown): boolean {
  if (a instanceof Uint8Array && p instanceof Uint8Array) return p.length <= a.length && p.every((x, i) => a[i] === x);
  return typeof a === "string" && typeof p === "string" && a.startsWith(p);
}

function holds(type: AttributeType | undefined, v: unknown, op: string, arg: unknown): boolean {
  if (op === "exists") return v !== undefined;
  if (op === "notExists") return v === undefined;
  if (v === undefined) return false;
  const cmp = (x: unknown) => compareValues(type, v, x);
  switch (op) {
    case "eq": return cmp(arg) === 0;
    case "lt": return cmp(arg) < 0;
    case "lte": return cmp(arg) <= 0;
    case "gt": return cmp(arg) > 0;
    case "gte": return cmp(arg) >= 0;
    case "between": return Array.isArray(arg) && cmp(arg[0]) >= 0 && cmp(arg[1]) <= 0;
    case "beginsWith": return startsWith(v, arg);
    default: return false;
  }
}

const toBytes = (v: unknown) => (typeof v === "string" ? new Uint8Array(Buffer.from(v, "base64")) : v);

export function oracle(model: Model, p: AccessPattern, items: EntityItems[], binding: Binding): EntityItems[] {
  const names = typeof p.entity === "string" ? [p.entity] : p.entity;
  const typeIn = (entity: string, a: string) => model.entities.find((e) => e.name === entity)?.attributes.find((x) => x.name === a)?.type;
  const matching = items.filter(({ entity, item }) => {
    if (!names.includes(entity)) return false;
    for (const [a, c] of Object.entries(p.where ?? {})) {
      const d = describeCondition(c);
      const type = typeIn(entity, a);
      let arg: unknown = d.runtime ? own(binding, a) : d.constant;
      if (type === "binary" && !d.runtime) arg = Array.isArray(arg) ? arg.map(toBytes) : toBytes(arg);
      if (!holds(type, own(item, a), d.operator, arg)) return false;
    }
    return !p.order || own(item, p.order.by) !== undefined;
  });
  const tie = (x: EntityItems, y: EntityItems) => {
    const byName = compareUtf8(x.entity, y.entity);
    if (byName !== 0) return byName;
    const e = model.entities.find((m) => m.name === x.entity);
    for (const k of e?.key ?? []) {
      const d = compareValues(typeIn(x.entity, k), own(x.item, k), own(y.item, k));
      if (d !== 0) return d;
    }
    return 0;
  };
  const order = p.order;
  const sorted = [...matching].sort((x, y) => {
    if (order) {
      const d = compareValues(typeIn(x.entity, order.by), own(x.item, order.by), own(y.item, order.by));
      if (d !== 0) return order.dir === "desc" ? -d : d;
    }
    return tie(x, y);
  });
  return sorted;
}

/** Identity of an entity item, for comparing result lists. */
export function identity(model: Model, x: { entity: string; item: ModelItem }): string {
  const e = model.entities.find((m) => m.name === x.entity);
  return `${x.entity}|${(e?.key ?? []).map((k) => {
    const v = own(x.item, k);
    return v instanceof Uint8Array ? `b${[...v].join(",")}` : JSON.stringify(v);
  }).join("|")}`;
}
