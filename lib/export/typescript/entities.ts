/**
 * Entity types of the generated module (one interface per entity, its key type) and the
 * module's constants: table name, physical attribute names, and the conversion of a
 * physical item back to an entity item.
 */
import type { Ctx } from "./context";
import { entityFacts, namesOf, templateOn } from "./context";
import { comment, keyOf, tsType } from "./names";

export function constants(ctx: Ctx): string {
  const { layout, design } = ctx;
  const tableKeys = [layout.table.pk.name, ...(layout.table.sk ? [layout.table.sk.name] : [])];
  const physical = new Set<string>(tableKeys);
  for (const i of layout.indexes) {
    physical.add(i.pk.name);
    if (i.sk) physical.add(i.sk.name);
  }
  physical.add(layout.typeAttribute);
  physical.add(layout.ownerAttribute);
  return [
    "/** The table the design was made for; pass `tableName` in Db to use another. */",
    `export const TABLE_NAME = ${JSON.stringify(design.table.name)};`,
    "/** The table's key attributes. */",
    `const TABLE_KEY_NAMES: readonly string[] = ${JSON.stringify(tableKeys)};`,
    "/** The attribute holding each item's entity name. */",
    `export const TYPE_ATTRIBUTE = ${JSON.stringify(layout.typeAttribute)};`,
    "/** Attributes the design adds to items (keys, entity type, uniqueness owner): never an entity's own. */",
    `const PHYSICAL_ATTRIBUTES: ReadonlySet<string> = new Set(${JSON.stringify([...physical])});`,
    "",
    "/** An item as read, without the attributes the design added. */",
    "function physicalToEntity(item: PhysicalItem): Record<string, unknown> {",
    "  return Object.fromEntries(Object.entries(item).filter(([k]) => !PHYSICAL_ATTRIBUTES.has(k)));",
    "}",
  ].join("\n");
}

export function entityTypes(ctx: Ctx, entity: string): string {
  const e = entityFacts(ctx, entity);
  const n = namesOf(ctx, entity);
  const out: string[] = [];
  out.push(`/** ${comment(`${entity}: key ${e.key.join(", ")}.${e.entity.notes ? ` ${e.entity.notes}` : ""}`)} */`);
  out.push(`export interface ${n.type} {`);
  for (const a of e.entity.attributes) {
    const notes = [a.unique ? "unique" : "", a.ref ? `refers to ${a.ref}` : "", a.type === "datetime" ? "ISO-8601 UTC, like 2026-11-27T10:00:00.000Z" : ""].filter(Boolean);
    if (notes.length) out.push(`  /** ${comment(notes.join("; "))} */`);
    out.push(`  ${keyOf(a.name)}${a.optional ? "?" : ""}: ${tsType(a)};`);
  }
  out.push("}", "");
  // The table templates may place more than the key (they must place all of it).
  const table = templateOn(ctx.layout, entity, null);
  const placed = new Set([...e.key, ...[...(table?.pk ?? []), ...(table?.sk ?? [])].flatMap((p) => (p.kind === "attr" ? [p.name] : []))]);
  out.push(`/** What addresses one ${entity}: the attributes its table key is made of. */`);
  out.push(`export type ${n.keyType} = Pick<${n.type}, ${[...placed].map((k) => JSON.stringify(k)).join(" | ")}>;`, "");
  out.push(`/** A ${entity} as read from the table. */`);
  out.push(`export function ${n.fromItem}(item: PhysicalItem): ${n.type} {`);
  out.push(`  return physicalToEntity(item) as unknown as ${n.type};`);
  out.push("}", "");
  return out.join("\n");
}
