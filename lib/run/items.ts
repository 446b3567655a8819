/**
 * Entity items ↔ the items DynamoDB holds. A physical item is the entity's attributes
 * (DocumentClient values: numbers, Uint8Array, Set) plus the key attributes of the design
 * (itemKeys: table keys, index keys where the item qualifies, the entity-type attribute);
 * each `unique` value adds a uniqueness item. Reading back strips every physical attribute
 * and takes the entity from the entity-type attribute.
 */
import { itemKeys, uniquenessItems, type Design } from "@/lib/design";
import type { EntityItem } from "./verify/values";

/** The entity's own attributes, without absent ones (the marshaller refuses `undefined`). */
function ownAttributes(item: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(item).filter(([, v]) => v !== undefined));
}

/** The items one entity item becomes: itself with its keys, then its uniqueness items. */
export function physicalItems(design: Design, x: EntityItem): Array<Record<string, unknown>> {
  const main = { ...ownAttributes(x.item), ...itemKeys(design, x.entity, x.item) };
  return [main, ...uniquenessItems(design, x.entity, x.item)];
}

/** Names of every attribute the design adds to items (never an entity's own, model-format.md). */
export function physicalAttributes(design: Design): Set<string> {
  const t = design.table;
  const names = [t.partitionKey.name, t.sortKey?.name, ...t.indexes.flatMap((i) => [i.partitionKey.name, i.sortKey?.name]), t.typeAttribute, t.ownerAttribute];
  return new Set(names.filter((n): n is string => n !== undefined));
}

/** A stored item back in model terms; `entity` is whatever the entity-type attribute says (`_unique` for uniqueness items). */
export function entityItemOf(design: Design, physical: Record<string, unknown>, strip: Set<string> = physicalAttributes(design)): EntityItem {
  const type = Object.hasOwn(physical, design.table.typeAttribute) ? physical[design.table.typeAttribute] : undefined;
  const item: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(physical)) {
    // defineProperty: an attribute may be called __proto__.
    if (!strip.has(k)) Object.defineProperty(item, k, { value: v, enumerable: true, writable: true, configurable: true });
  }
  return { entity: typeof type === "string" ? type : "(no entity type)", item };
}

/** The table key of a physical item, as text (to find duplicates before they overwrite each other). */
export function tableKeyText(design: Design, physical: Record<string, unknown>): string {
  const t = design.table;
  const text = (v: unknown) => (v instanceof Uint8Array ? `b:${Buffer.from(v).toString("base64")}` : `${typeof v}:${String(v)}`);
  return `${text(physical[t.partitionKey.name])}\u0000${t.sortKey ? text(physical[t.sortKey.name]) : ""}`;
}
