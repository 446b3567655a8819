/**
 * The exact write requests of a put, update or delete pattern (docs/design-rules.md §12),
 * in DocumentClient form: conditions for idempotent creates, optimistic locks and the
 * non-negative guard; uniqueness items claimed and released in the same transaction;
 * index keys re-rendered (or removed) when an update changes their attributes; compare-
 * and-set for an added number that sits inside an index key.
 */
import { getOwn } from "../model";
import { internalsOf } from "./internals";
import { itemKeys, ownerOf, templateKeys, uniquenessByAttribute, uniquenessItems } from "./items";
import { templateAttributes } from "./template";
import type { DeleteRequest, Design, ModelItem, PutRequest, UpdateRequest, WriteExpressions, WriteInput, WriteRequest } from "./types";
import { indexTemplates } from "./writes";

/** Builds expression names and values with generated placeholders (safe for any attribute name). */
class Expression {
  names: Record<string, string> = {};
  values: Record<string, unknown> = {};
  private n = 0;
  name(attribute: string): string {
    const found = Object.entries(this.names).find(([, v]) => v === attribute);
    if (found) return found[0];
    const ref = `#n${this.n++}`;
    this.names[ref] = attribute;
    return ref;
  }
  value(v: unknown): string {
    const ref = `:v${this.n++}`;
    this.values[ref] = v;
    return ref;
  }
  parts(condition: string[]): WriteExpressions {
    return {
      ...(condition.length ? { ConditionExpression: condition.join(" AND ") } : {}),
      ...(Object.keys(this.names).length ? { ExpressionAttributeNames: this.names } : {}),
      ...(Object.keys(this.values).length ? { ExpressionAttributeValues: this.values } : {}),
    };
  }
}

const copy = (item: ModelItem): Record<string, unknown> => Object.fromEntries(Object.entries(item));

export function buildWriteRequest(design: Design, patternId: string, input: WriteInput): WriteRequest {
  const p = design.accessPatterns.find((x) => x.id === patternId);
  if (!p || (p.kind !== "put" && p.kind !== "update" && p.kind !== "delete")) throw new Error(`${patternId} is not a write pattern`);
  const { facts, layout } = internalsOf(design);
  const entity = p.entities[0] ?? "";
  const e = facts.entities.get(entity);
  if (!e) throw new Error(`${entity} is not an entity`);
  const TableName = design.table.name;
  const pkName = layout.table.pk.name;
  const keyOf = (item: ModelItem) => {
    const keys = itemKeys(design, entity, item);
    const out: Record<string, unknown> = { [pkName]: getOwn(keys, pkName) };
    if (layout.table.sk) out[layout.table.sk.name] = getOwn(keys, layout.table.sk.name);
    return out;
  };
  const claim = (u: Record<string, unknown>, owner: string, reput: boolean): PutRequest => {
    const x = new Expression();
    const cond = `attribute_not_exists(${x.name(pkName)})`;
    return { TableName, Item: u, ...x.parts([reput ? `(${cond} OR ${x.name(layout.ownerAttribute)} = ${x.value(owner)})` : cond]) };
  };
  const release = (u: Record<string, unknown>, owner: string): DeleteRequest => {
    const x = new Expression();
    const Key: Record<string, unknown> = { [pkName]: u[pkName] };
    if (layout.table.sk) Key[layout.table.sk.name] = u[layout.table.sk.name];
    return { TableName, Key, ...x.parts([`${x.name(layout.ownerAttribute)} = ${x.value(owner)}`]) };
  };

  if (p.kind === "put") {
    const x = new Expression();
    const Item = { ...copy(input.item), ...itemKeys(design, entity, input.item) };
    const put: PutRequest = { TableName, Item, ...x.parts(p.pattern.condition === "notExists" ? [`attribute_not_exists(${x.name(pkName)})`] : []) };
    const uniques = uniquenessItems(design, entity, input.item);
    if (uniques.length === 0) return { operation: "PutItem", ...put };
    const owner = ownerOf(design, entity, input.item);
    return { operation: "TransactWriteItems", TransactItems: [{ Put: put }, ...uniques.map((u) => ({ Put: claim(u, owner, p.pattern.condition !== "notExists") }))] };
  }

  const versioned = p.pattern.condition === "version";
  if (versioned && input.expectedVersion === undefined) throw new Error(`${patternId} needs expectedVersion (optimistic locking)`);
  if (p.kind === "delete") {
    const x = new Expression();
    const del: DeleteRequest = { TableName, Key: keyOf(input.item), ...x.parts(versioned ? [`${x.name("version")} = ${x.value(input.expectedVersion)}`] : []) };
    if (e.uniqueAttrs.length === 0) return { operation: "DeleteItem", ...del };
    if (!input.previous) throw new Error(`${patternId} needs the previous item to free its unique values`);
    const owner = ownerOf(design, entity, input.previous);
    return { operation: "TransactWriteItems", TransactItems: [{ Delete: del }, ...uniquenessItems(design, entity, input.previous).map((u) => ({ Delete: release(u, owner) }))] };
  }

  // update
  const set = p.pattern.set ?? [], add = p.pattern.add ?? [];
  const changed = new Set([...set, ...add]);
  const touched = indexTemplates(layout, entity).filter((t) => [...templateAttributes(t)].some((a) => changed.has(a)));
  const inKeys = new Set(touched.flatMap((t) => [...templateAttributes(t)]));
  const cas = add.filter((a) => inKeys.has(a));
  if ((touched.length > 0 || cas.length > 0) && !input.previous) throw new Error(`${patternId} changes index keys: it needs the previous item to re-render them`);
  const x = new Expression();
  const sets: string[] = [], adds: string[] = [], removes: string[] = [], conditions: string[] = [];
  const next: Record<string, unknown> = { ...copy(input.previous ?? {}), ...copy(input.item) };
  for (const a of set) if (!(versioned && a === "version")) sets.push(`${x.name(a)} = ${x.value(getOwn(input.item, a))}`);
  for (const a of add) {
    const delta = getOwn(input.deltas ?? {}, a) ?? 0;
    if (cas.includes(a)) {
      const had = getOwn(input.previous ?? {}, a);
      const old = Number(had ?? 0);
      const now = old + delta;
      if (p.pattern.condition === "nonNegative" && now < 0) throw new Error(`${patternId}: ${a} would go below zero (${old} + ${delta})`);
      next[a] = now;
      sets.push(`${x.name(a)} = ${x.value(now)}`);
      // An item read without the (optional) number starts from 0, on condition it still lacks
      // it; `#a = :old` would never hold there. The item itself must exist (no upsert).
      conditions.push(had === undefined ? `attribute_exists(${x.name(pkName)}) AND attribute_not_exists(${x.name(a)})` : `${x.name(a)} = ${x.value(old)}`);
    } else {
      adds.push(`${x.name(a)} ${x.value(delta)}`);
      // Only a debit needs the guard: a credit cannot take the number below 0, and the guard
      // would refuse it on an item that lacks the (optional) number, which ADD counts as 0
      // (UpdateExpression ADD: "if the attribute does not exist, 0 is used as the initial
      // value"). An update with no condition left still requires the item (attribute_exists).
      if (p.pattern.condition === "nonNegative" && delta < 0) conditions.push(`${x.name(a)} >= ${x.value(-delta)}`);
    }
  }
  if (versioned) {
    sets.push(`${x.name("version")} = ${x.name("version")} + ${x.value(1)}`);
    conditions.unshift(`${x.name("version")} = ${x.value(input.expectedVersion)}`);
  }
  for (const t of touched) {
    const schema = layout.indexes.find((s) => s.name === t.index);
    if (!schema) continue;
    const keys = templateKeys(e, t, next, schema.pk.type, schema.sk?.type);
    const names = [schema.pk.name, ...(schema.sk ? [schema.sk.name] : [])];
    if (keys) {
      sets.push(`${x.name(schema.pk.name)} = ${x.value(keys.pk)}`);
      if (schema.sk && keys.sk !== undefined) sets.push(`${x.name(schema.sk.name)} = ${x.value(keys.sk)}`);
    } else removes.push(...names.map((n) => x.name(n)));
  }
  if (conditions.length === 0) conditions.push(`attribute_exists(${x.name(pkName)})`);
  const UpdateExpression = [sets.length ? `SET ${sets.join(", ")}` : "", adds.length ? `ADD ${adds.join(", ")}` : "", removes.length ? `REMOVE ${removes.join(", ")}` : ""].filter(Boolean).join(" ");
  const update: UpdateRequest = { TableName, Key: keyOf(input.item), UpdateExpression, ...x.parts(conditions) };
  const moved = set.filter((a) => e.uniqueAttrs.includes(a));
  if (moved.length === 0) return { operation: "UpdateItem", ...update };
  if (!input.previous) throw new Error(`${patternId} changes a unique value: it needs the previous item to release the old one`);
  const owner = ownerOf(design, entity, input.previous);
  const items: Array<{ Put?: PutRequest; Update?: UpdateRequest; Delete?: DeleteRequest }> = [{ Update: update }];
  const before = uniquenessByAttribute(design, entity, input.previous), after = uniquenessByAttribute(design, entity, next);
  for (const a of moved) {
    const oldItem = before.get(a), newItem = after.get(a);
    if (oldItem && newItem && oldItem[pkName] === newItem[pkName]) continue;
    if (oldItem) items.push({ Delete: release(oldItem, owner) });
    if (newItem) items.push({ Put: claim(newItem, owner, false) });
  }
  return items.length === 1 ? { operation: "UpdateItem", ...update } : { operation: "TransactWriteItems", TransactItems: items };
}
