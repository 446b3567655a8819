/**
 * One entity from one group of items: its key templates on the table and on every index
 * its items carry keys for, its attributes (the items' own, typed by their values, plus
 * the facet's declared ones), its key, and its items as samples in model encodings.
 */
import { isDatetime, type Attribute, type AttributeType, type EntityKeyTemplates, type JsonValue, type Sample } from "../../model";
import { attributeTypeOf, attributeValueToSample, keyText, type AttributeValue } from "../dynamo-json";
import type { Group } from "./groups";
import { AttributeNamer } from "./names";
import type { KeyDef, Table } from "./source";
import { aliasTemplate, inferTemplate, type Inference, type Slot } from "./templates";

export interface EntityDraft {
  name: string;
  attributes: Attribute[];
  key: string[];
  keys: EntityKeyTemplates[];
  samples: Sample[];
  notes: string[];
}

const DECLARED: Record<string, AttributeType> = { S: "string", N: "number", B: "binary", BOOL: "boolean", M: "map", L: "list", SS: "stringSet", NS: "numberSet", BS: "list" };
const KEY_TYPES: ReadonlySet<AttributeType> = new Set(["string", "number", "binary", "datetime"]);

function templateAttributes(template: string | undefined): string[] {
  return template ? [...template.matchAll(/\{([^{}]+)\}/g)].map((m) => m[1] ?? "") : [];
}

/** The type most of an attribute's values have (first seen wins a tie). */
function majorityType(values: AttributeValue[]): AttributeType | undefined {
  const counts = new Map<AttributeType, number>();
  for (const v of values) {
    const t = attributeTypeOf(v);
    if (t) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  let best: AttributeType | undefined, n = 0;
  for (const [t, c] of counts) if (c > n) [best, n] = [t, c];
  return best;
}

export function inferEntity(table: Table, group: Group, name: string, physical: ReadonlySet<string>, typeAttr: string | undefined): EntityDraft {
  const notes: string[] = [];
  const reserved = new Set([...physical, ...(typeAttr ? [typeAttr] : [])]);
  // Items must carry the table's keys to be items at all.
  const items = group.items.filter((i) => keyText(i.get(table.partitionKey.name)) !== undefined && (!table.sortKey || keyText(i.get(table.sortKey.name)) !== undefined));
  if (items.length < group.items.length) notes.push(`${name}: ${group.items.length - items.length} items lack the table's key attributes and were left out`);
  const dataNames: string[] = [];
  for (const i of items) for (const k of i.keys()) if (!reserved.has(k) && !dataNames.includes(k)) dataNames.push(k);
  for (const k of group.facet?.nonKeyAttributes ?? []) if (!reserved.has(k) && !dataNames.includes(k) && table.attributes.has(k)) dataNames.push(k);
  const data = new Map<string, Array<string | undefined>>();
  for (const k of dataNames) data.set(k, items.map((i) => { const v = i.get(k); return v && "S" in v ? keyText(v) : undefined; }));
  const inf: Inference = { items, data, slots: [], namer: new AttributeNamer(reserved, dataNames) };
  const facet = group.facet;
  const keys: EntityKeyTemplates[] = [];
  const template = (key: KeyDef, alias: string | undefined, force: boolean) =>
    items.length > 0 ? inferTemplate(inf, key, alias, force, key === table.sortKey) : alias ? aliasTemplate(inf.namer, alias, physical, inf.slots, key.type === "N" ? "number" : key.type === "B" ? "binary" : "string") : inferTemplateless(inf, key);
  let pk = template(table.partitionKey, facet?.partitionAlias, false);
  let sk = table.sortKey ? template(table.sortKey, facet?.sortAlias, false) : undefined;
  if (templateAttributes(pk).length + templateAttributes(sk).length === 0) pk = template(table.partitionKey, facet?.partitionAlias, true);
  let key = [...new Set([...templateAttributes(pk), ...templateAttributes(sk)])];
  if (key.length > 4 && table.sortKey) {
    // More parts than a model key can name (at most 4): the sort key becomes one value.
    const skName = inf.namer.take("sortKey");
    inf.slots.push({ name: skName, type: "string", values: items.map((i) => keyText(i.get(table.sortKey?.name ?? ""))), created: true });
    sk = `{${skName}}`;
    key = [...new Set([...templateAttributes(pk), skName])];
  }
  if (key.length > 4) {
    const pkName = inf.namer.take("partitionKey");
    inf.slots.push({ name: pkName, type: "string", values: items.map((i) => keyText(i.get(table.partitionKey.name))), created: true });
    pk = `{${pkName}}`;
    key = [...new Set([pkName, ...templateAttributes(sk)])];
  }
  keys.push({ index: null, partitionKey: pk ?? "{partitionKey}", ...(sk !== undefined ? { sortKey: sk } : {}) });
  for (const index of [...table.globalIndexes, ...table.localIndexes]) {
    const local = table.localIndexes.includes(index);
    const ipk = local ? table.partitionKey : index.partitionKey;
    const carriers = items.filter((i) => i.get(ipk.name) !== undefined && (!index.sortKey || i.get(index.sortKey.name) !== undefined));
    const listed = facet && items.length === 0 && facet.nonKeyAttributes.includes(index.partitionKey.name);
    if (carriers.length === 0 && !listed) continue;
    const sub: Inference = { ...inf, items: items.map((i) => (carriers.includes(i) ? i : new Map())) };
    const all = carriers.length === items.length;
    const ip = local ? pk : items.length ? inferTemplate(sub, index.partitionKey, undefined, !all) : `{${inf.namer.take(index.partitionKey.name)}}`;
    const is = index.sortKey ? (items.length ? inferTemplate(sub, index.sortKey, undefined, !all) : `{${inf.namer.take(index.sortKey.name)}}`) : undefined;
    if (ip === undefined || (index.sortKey && is === undefined)) continue;
    for (const n of [...templateAttributes(ip), ...templateAttributes(is)]) if (!inf.slots.some((s) => s.name === n)) inf.slots.push({ name: n, type: "string", values: [], created: true });
    keys.push({ index: index.name, partitionKey: ip, ...(is !== undefined ? { sortKey: is } : {}) });
  }
  return finish(table, group, name, items, inf, data, key, keys, notes);
}

/** No items and no alias: one attribute per key. */
function inferTemplateless(inf: Inference, key: KeyDef): string {
  const name = inf.namer.take(key.name.toLowerCase() === key.name ? `${key.name}Value` : key.name.charAt(0).toLowerCase() + key.name.slice(1));
  inf.slots.push({ name, type: key.type === "N" ? "number" : key.type === "B" ? "binary" : "string", values: [], created: true });
  return `{${name}}`;
}

function finish(table: Table, group: Group, name: string, items: Array<Map<string, AttributeValue>>, inf: Inference, data: Map<string, Array<string | undefined>>, key: string[], keys: EntityKeyTemplates[], notes: string[]): EntityDraft {
  const attributes: Attribute[] = [];
  const types = new Map<string, AttributeType>();
  const slotOf = new Map<string, Slot>(inf.slots.map((s) => [s.name, s]));
  for (const k of key) {
    const s = slotOf.get(k);
    const t = s?.type && KEY_TYPES.has(s.type) ? s.type : "string";
    types.set(k, t);
    attributes.push({ name: k, type: t });
  }
  for (const s of inf.slots) {
    if (types.has(s.name) || data.has(s.name)) continue;
    types.set(s.name, s.type);
    attributes.push({ name: s.name, type: s.type, ...(items.length === 0 || s.values.some((v) => v === undefined) ? { optional: true } : {}) });
  }
  for (const k of data.keys()) {
    if (types.has(k)) continue;
    const values = items.map((i) => i.get(k)).filter((v): v is AttributeValue => v !== undefined && !("NULL" in v));
    const declared = table.attributes.get(k);
    let t = majorityType(values) ?? (declared ? DECLARED[declared] : undefined) ?? "string";
    if (t === "string" && values.length > 0 && values.every((v) => "S" in v && isDatetime(v.S))) t = "datetime";
    types.set(k, t);
    const everywhere = values.length === items.length && items.length > 0 && values.every((v) => attributeValueToSample(v, t) !== undefined);
    attributes.push({ name: k, type: t, ...(everywhere ? {} : { optional: true }) });
  }
  const samples: Sample[] = [];
  let dropped = 0;
  items.forEach((item, i) => {
    const out: { [name: string]: JsonValue } = {};
    let ok = true;
    for (const a of attributes) {
      const s = slotOf.get(a.name);
      let v: JsonValue | undefined;
      if (s?.created) {
        const text = s.values[i];
        v = text === undefined ? undefined : a.type === "number" ? attributeValueToSample({ N: text }, "number") : text;
      } else {
        const av = item.get(a.name);
        v = av ? attributeValueToSample(av, a.type) : undefined;
      }
      if (v === undefined || (key.includes(a.name) && v === "")) {
        if (key.includes(a.name)) ok = false;
        continue;
      }
      Object.defineProperty(out, a.name, { value: v, enumerable: true, writable: true, configurable: true });
    }
    if (ok) samples.push({ entity: name, item: out });
    else dropped++;
  });
  if (dropped) notes.push(`${name}: ${dropped} items have an empty or missing key part and were left out of the samples`);
  void group;
  return { name, attributes, key, keys, samples, notes };
}
