/**
 * What every part of the TypeScript generator shares: the design's working form (facts
 * and parsed templates), and the generated names of each entity's types and key functions,
 * handed out once so they never collide.
 */
import type { Design } from "../../design";
import type { EntityFacts, Facts } from "../../design/facts";
import { internalsOf } from "../../design/internals";
import type { Layout } from "../../design/layout";
import type { IndexSchema, Tpl } from "../../design/template";
import { lowerFirst, NameSpace } from "./names";

export interface EntityNames {
  /** The item interface (`Payment`). */
  type: string;
  /** Its key attributes (`PaymentKey`). */
  keyType: string;
  /** Table key of an item (`paymentTableKey`). */
  tableKey: string;
  /** Every physical key attribute of an item (`paymentKeys`). */
  keys: string;
  /** One function per index the entity lives on (null: the table's is tableKey). */
  indexKey: Map<string, string>;
  owner: string;
  uniqueness: string;
  /** Physical item → entity item. */
  fromItem: string;
}

export interface Ctx {
  design: Design;
  facts: Facts;
  layout: Layout;
  names: NameSpace;
  entities: Map<string, EntityNames>;
}

export function buildContext(design: Design): Ctx {
  const { facts, layout } = internalsOf(design);
  const names = new NameSpace();
  const entities = new Map<string, EntityNames>();
  for (const e of facts.list) {
    const base = lowerFirst(e.name);
    const indexKey = new Map<string, string>();
    for (const schema of layout.indexes) {
      if (templateOn(layout, e.name, schema.name)) indexKey.set(schema.name ?? "", names.take(`${base}${(schema.name ?? "").replace(/[^A-Za-z0-9]/g, "")}Key`));
    }
    entities.set(e.name, {
      type: names.take(e.name),
      keyType: names.take(`${e.name}Key`),
      tableKey: names.take(`${base}TableKey`),
      keys: names.take(`${base}Keys`),
      indexKey,
      owner: names.take(`${base}Owner`),
      uniqueness: names.take(`${base}UniquenessItems`),
      fromItem: names.take(`to${e.name}`),
    });
  }
  return { design, facts, layout, names, entities };
}

export function templateOn(layout: Layout, entity: string, index: string | null): Tpl | undefined {
  return layout.templates.get(entity)?.get(index);
}

export function entityFacts(ctx: Ctx, entity: string): EntityFacts {
  const e = ctx.facts.entities.get(entity);
  if (!e) throw new Error(`${entity} is not an entity of this design`);
  return e;
}

export function namesOf(ctx: Ctx, entity: string): EntityNames {
  const n = ctx.entities.get(entity);
  if (!n) throw new Error(`${entity} is not an entity of this design`);
  return n;
}

export function schemaOf(ctx: Ctx, index: string | null): IndexSchema {
  const s = index === null ? ctx.layout.table : ctx.layout.indexes.find((i) => i.name === index);
  if (!s) throw new Error(`no index ${String(index)} in this design`);
  return s;
}
