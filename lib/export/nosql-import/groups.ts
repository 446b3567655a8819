/**
 * Which entity each item is: a facet holds its own items; otherwise a type attribute
 * (`type`, `EntityType`, `_type`…) names the entity; otherwise the labels that start the
 * partition and sort keys (`c#12345` / `o#678`) tell kinds apart.
 */
import { keyText } from "../dynamo-json";
import { isLabel } from "./names";
import type { Facet, Item, Table } from "./source";

export const TYPE_ATTRIBUTES = ["_type", "type", "Type", "TYPE", "EntityType", "entityType", "entity_type", "Entity", "entity", "__typename", "_et", "__type", "ItemType", "itemType", "recordType"];

export interface Group {
  /** The name the entity is derived from (facet name, type value, key label). */
  label: string;
  items: Item[];
  facet?: Facet;
}

/** A type attribute: one of TYPE_ATTRIBUTES that most items carry as a string. */
export function typeAttribute(table: Table, physical: ReadonlySet<string>): string | undefined {
  const all = [...table.items, ...table.facets.flatMap((f) => f.items)];
  if (all.length === 0) return undefined;
  return TYPE_ATTRIBUTES.find((name) => {
    if (physical.has(name)) return false;
    const strings = all.filter((i) => { const v = i.get(name); return v !== undefined && "S" in v; }).length;
    return strings * 2 >= all.length;
  });
}

function label(v: string | undefined): string {
  const first = (v ?? "").split(/[#:|]/)[0] ?? "";
  return (v ?? "").length > first.length && isLabel(first) ? first : "";
}

function signature(table: Table, item: Item): { key: string; name: string } {
  const pk = label(keyText(item.get(table.partitionKey.name)));
  const sk = table.sortKey ? label(keyText(item.get(table.sortKey.name))) : "";
  return { key: `${pk}|${sk}`, name: sk || pk || table.name };
}

function byValue(items: Item[], name: (item: Item) => { key: string; label: string } | undefined, rest: Item[]): Map<string, Group> {
  const out = new Map<string, Group>();
  for (const item of items) {
    const n = name(item);
    if (!n) {
      rest.push(item);
      continue;
    }
    const g = out.get(n.key);
    if (g) g.items.push(item);
    else out.set(n.key, { label: n.label, items: [item] });
  }
  return out;
}

export function groupItems(table: Table, typeAttr: string | undefined): Group[] {
  const groups: Group[] = table.facets.map((f) => ({ label: f.name, items: [...f.items], facet: f }));
  const facetOf = new Map(groups.map((g) => [g.label.toLowerCase(), g]));
  const signatures = new Map<string, Group>();
  for (const g of groups) for (const item of g.items) signatures.set(signature(table, item).key, g);
  let rest: Item[] = [];
  for (const item of table.items) {
    const t = typeAttr ? item.get(typeAttr) : undefined;
    const byType = t && "S" in t ? facetOf.get(t.S.toLowerCase()) : undefined;
    const bySignature = groups.length ? signatures.get(signature(table, item).key) : undefined;
    const g = byType ?? bySignature;
    if (g) g.items.push(item);
    else rest.push(item);
  }
  if (typeAttr) {
    const untyped: Item[] = [];
    const typed = byValue(rest, (item) => {
      const t = item.get(typeAttr);
      return t && "S" in t && t.S !== "" ? { key: `type:${t.S}`, label: t.S } : undefined;
    }, untyped);
    groups.push(...typed.values());
    rest = untyped;
  }
  const leftovers: Item[] = [];
  groups.push(...byValue(rest, (item) => { const s = signature(table, item); return { key: s.key, label: s.name }; }, leftovers).values());
  return groups;
}
