/**
 * The exact DynamoDB read requests of a pattern for one binding, in DocumentClient form,
 * and the merge of shard results. Names and values go through ExpressionAttributeNames and
 * ExpressionAttributeValues (reserved words and any attribute name are safe), and only the
 * names and values an expression uses are sent (DynamoDB rejects unused ones).
 */
import { base64ToBytes } from "./encode";
import { compareKeyStrings } from "./encode";
import { internalsOf } from "./internals";
import { nativeBound, renderBound, sortShape, sortValues, type KeyValue } from "./keycond";
import { schemaOf } from "./layout";
import { shardOf } from "./hash";
import type { Binding, Design, Item, ReadRequest, ScanPlan } from "./types";
import { getOwn, isBase64, type ConstantValue } from "../model";

export function buildReadRequests(design: Design, patternId: string, binding: Binding): ReadRequest[] {
  const p = design.accessPatterns.find((x) => x.id === patternId);
  if (!p) throw new Error(`no access pattern ${patternId}`);
  if (!p.served) throw new Error(`${patternId} is not served: ${p.explanation}`);
  const { facts, layout } = internalsOf(design);
  if (p.scan) return [scanRequest(design, p.scan)];
  const plan = p.plan;
  if (!plan) throw new Error(`${patternId} is not a read pattern`);
  const schema = schemaOf(layout, plan.index);
  const e = facts.entities.get(plan.entities[0] ?? "");
  if (!schema || !e) throw new Error(`${patternId}: the design is inconsistent`);
  const pkValue: KeyValue | undefined = plan.partitionType === "S" ? renderBound(e, plan.partition, binding) : nativeBound(e, plan.partition, binding, plan.partitionType);
  if (pkValue === undefined) throw new Error(`${patternId}: the binding lacks a partition-key value`);
  const sort = sortValues(e, plan, binding);
  if (!sort.ok) {
    if (sort.empty) return [];
    throw new Error(`${patternId}: ${sort.message}`);
  }
  if (p.operation === "GetItem") {
    const Key: Record<string, KeyValue> = {};
    define(Key, schema.pk.name, pkValue);
    const sk = sort.values[":sk"];
    if (schema.sk && sk !== undefined) define(Key, schema.sk.name, sk);
    return [{ operation: "GetItem", TableName: design.table.name, Key, ...(plan.consistent ? { ConsistentRead: true } : {}) }];
  }
  const shape = sortShape(plan.sort, plan.sortType !== null && plan.sortType !== "S");
  const names: Record<string, string> = { "#pk": schema.pk.name };
  if (shape && schema.sk) names["#sk"] = schema.sk.name;
  let filter: string | undefined;
  const filterValues: Record<string, unknown> = {};
  if (plan.typeFilter) {
    names["#type"] = layout.typeAttribute;
    plan.typeFilter.forEach((t, i) => define(filterValues, `:type${i}`, t));
    filter = plan.typeFilter.length === 1 ? "#type = :type0" : `#type IN (${plan.typeFilter.map((_, i) => `:type${i}`).join(", ")})`;
  }
  const shards = Math.max(1, plan.shards);
  const out: ReadRequest[] = [];
  for (let n = 0; n < shards; n++) {
    const pk = shards > 1 ? `${String(pkValue)}#${n}` : pkValue;
    const values: Record<string, unknown> = { ":pk": pk, ...sort.values, ...filterValues };
    out.push({
      operation: "Query", TableName: design.table.name, ...(plan.index !== null ? { IndexName: plan.index } : {}),
      KeyConditionExpression: `#pk = :pk${shape ? ` AND ${shape}` : ""}`,
      ...(filter ? { FilterExpression: filter } : {}),
      ExpressionAttributeNames: { ...names }, ExpressionAttributeValues: values,
      ScanIndexForward: plan.forward, ...(plan.consistent ? { ConsistentRead: true } : {}),
      ...(plan.limit !== null ? { Limit: plan.limit } : {}),
    });
  }
  return out;
}

function define(obj: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Constants in DocumentClient form: binary as bytes, the rest as they are. */
function native(v: ConstantValue, binary: boolean): unknown {
  return binary && typeof v === "string" && isBase64(v) ? base64ToBytes(v) : v;
}

function scanRequest(design: Design, scan: ScanPlan): ReadRequest {
  const { facts, layout } = internalsOf(design);
  const e = facts.entities.get(scan.entity);
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const parts: string[] = [];
  scan.filters.forEach((f, i) => {
    const n = `#f${i}`, v = `:f${i}`;
    define(names, n, f.attribute);
    const binary = e?.attrs.get(f.attribute)?.type === "binary";
    switch (f.operator) {
      case "exists": parts.push(`attribute_exists(${n})`); break;
      case "notExists": parts.push(`attribute_not_exists(${n})`); break;
      case "between": {
        const [lo, hi] = Array.isArray(f.value) ? f.value : [];
        define(values, `${v}a`, native(lo as ConstantValue, binary));
        define(values, `${v}b`, native(hi as ConstantValue, binary));
        parts.push(`${n} BETWEEN ${v}a AND ${v}b`);
        break;
      }
      case "beginsWith": define(values, v, native(f.value as ConstantValue, binary)); parts.push(`begins_with(${n}, ${v})`); break;
      default: {
        const op = { eq: "=", lt: "<", lte: "<=", gt: ">", gte: ">=" }[f.operator as "eq" | "lt" | "lte" | "gt" | "gte"];
        define(values, v, native(f.value as ConstantValue, binary));
        parts.push(`${n} ${op} ${v}`);
      }
    }
  });
  if (scan.typeFilter) {
    define(names, "#type", layout.typeAttribute);
    define(values, ":type", scan.entity);
    parts.push("#type = :type");
  }
  return {
    operation: "Scan", TableName: design.table.name, ...(scan.index !== null ? { IndexName: scan.index } : {}),
    ...(parts.length ? { FilterExpression: parts.join(" AND "), ExpressionAttributeNames: names } : {}),
    ...(Object.keys(values).length ? { ExpressionAttributeValues: values } : {}),
    ...(scan.consistent ? { ConsistentRead: true } : {}), ...(scan.limit !== null ? { Limit: scan.limit } : {}),
  };
}

function compareKeyValues(a: unknown, b: unknown): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (a instanceof Uint8Array && b instanceof Uint8Array) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) if (a[i] !== b[i]) return (a[i] ?? 0) - (b[i] ?? 0);
    return a.length - b.length;
  }
  return compareKeyStrings(String(a ?? ""), String(b ?? ""));
}

/**
 * Merges the pages of all shard requests (each already in its shard's key order) into
 * the pattern's order, by the index's sort key (then partition key), and applies the
 * pattern's limit. Unordered patterns come back in sort-key order too (deterministic).
 */
export function mergeShardResults(design: Design, patternId: string, pages: Item[][]): Item[] {
  const p = design.accessPatterns.find((x) => x.id === patternId);
  const all = pages.flat();
  if (!p?.plan) return p?.limit ? all.slice(0, p.limit) : all;
  const plan = p.plan;
  const { layout } = internalsOf(design);
  const schema = schemaOf(layout, plan.index);
  if (!schema || pages.length <= 1) return plan.limit !== null ? all.slice(0, plan.limit) : all;
  const sk = schema.sk?.name, pk = schema.pk.name;
  const dir = plan.forward ? 1 : -1;
  const merged = all
    .map((item, i) => ({ item, i }))
    .sort((a, b) => dir * ((sk ? compareKeyValues(getOwn(a.item, sk), getOwn(b.item, sk)) : 0) || compareKeyValues(getOwn(a.item, pk), getOwn(b.item, pk))) || a.i - b.i)
    .map((x) => x.item);
  return plan.limit !== null ? merged.slice(0, plan.limit) : merged;
}

/** The shard an item's keys land on (exposed for simulators and tests). */
export { shardOf };
