/**
 * A layout: the table's key schema, its indexes, and every entity's templates. The planner
 * proposes one; a pinned design is read into one; the mapper serves patterns from one.
 */
import type { IndexSchema, Tpl } from "./template";

export interface Layout {
  tableName: string;
  table: IndexSchema;
  /** Declared order: LSIs and GSIs as the design lists them. */
  indexes: IndexSchema[];
  /** entity → index name (null: table) → template. */
  templates: Map<string, Map<string | null, Tpl>>;
  typeAttribute: string;
  ownerAttribute: string;
  /** Bumped on every template change (invalidates templatesOn's cache). */
  version?: number;
}

const onIndex = new WeakMap<Layout, Map<string | null, { version: number; order: ReadonlyArray<string>; list: Tpl[] }>>();

export function templateOf(layout: Layout, entity: string, index: string | null): Tpl | undefined {
  return layout.templates.get(entity)?.get(index);
}

export function setTemplate(layout: Layout, t: Tpl): void {
  let m = layout.templates.get(t.entity);
  if (!m) {
    m = new Map();
    layout.templates.set(t.entity, m);
  }
  m.set(t.index, t);
  layout.version = (layout.version ?? 0) + 1;
}

export function removeTemplate(layout: Layout, entity: string, index: string | null): void {
  layout.templates.get(entity)?.delete(index);
  layout.version = (layout.version ?? 0) + 1;
}

/** Templates on one index, in the order of `entityOrder`. */
export function templatesOn(layout: Layout, index: string | null, entityOrder: ReadonlyArray<string>): Tpl[] {
  let byIndex = onIndex.get(layout);
  if (!byIndex) {
    byIndex = new Map();
    onIndex.set(layout, byIndex);
  }
  const hit = byIndex.get(index);
  if (hit && hit.version === (layout.version ?? 0) && hit.order === entityOrder) return hit.list;
  const out: Tpl[] = [];
  for (const e of entityOrder) {
    const t = layout.templates.get(e)?.get(index);
    if (t) out.push(t);
  }
  byIndex.set(index, { version: layout.version ?? 0, order: entityOrder, list: out });
  return out;
}

export function schemaOf(layout: Layout, index: string | null): IndexSchema | undefined {
  return index === null ? layout.table : layout.indexes.find((i) => i.name === index);
}
