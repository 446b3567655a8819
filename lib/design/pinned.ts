/**
 * Pinned designs (docs/design-format.md): the model's `design` read into a layout, and a
 * design written back as one. The engine serves patterns from a pinned layout with the
 * same mapper it uses for its own proposals, so `designModel({...model, design:
 * toPinnedDesign(designModel(model))})` maps every pattern to the same operation.
 */
import {
  describeCondition, getOwn, tableName, type EntityDesign as PinnedEntity, type EntityKeyTemplates, type Model,
  type PinnedDesign, type WhereMap,
} from "../model";
import type { Facts } from "./facts";
import type { Layout } from "./layout";
import { NameAllocator } from "./names";
import type { Cond } from "./requirements";
import { partsOf, textOf, type IndexSchema, type Tpl } from "./template";
import type { Design } from "./types";

/** The pinned key templates with this engine's extensions (sparse `when`, `shards`, `reverse`). */
export type PinnedKeys = EntityKeyTemplates & { when?: WhereMap; shards?: number; reverse?: string[] };
export type PinnedLayout = PinnedDesign & { typeAttribute?: string; ownerAttribute?: string };

export function condsOf(when: WhereMap | undefined): Cond[] {
  if (!when) return [];
  return Object.entries(when).map(([attr, c]) => {
    const d = describeCondition(c);
    return { attr, op: d.operator, runtime: false, ...(d.constant !== undefined ? { value: d.constant } : {}) };
  });
}

export function whereOf(conds: ReadonlyArray<Cond>): WhereMap | undefined {
  if (conds.length === 0) return undefined;
  // Object.fromEntries defines own data properties, so an attribute named __proto__ stays data.
  return Object.fromEntries(conds.map((c) => [c.attr, c.op === "exists" || c.op === "notExists" ? c.op : ({ [c.op]: c.value } as WhereMap[string])]));
}

export function layoutFromPinned(facts: Facts, model: Model, design: PinnedLayout): Layout {
  const names = new NameAllocator(facts);
  const keyNames = [design.table.partitionKey.name, design.table.sortKey?.name, ...(design.indexes ?? []).flatMap((i) => [i.partitionKey.name, i.sortKey?.name])];
  for (const n of keyNames) if (n !== undefined) names.commit(n);
  const table: IndexSchema = {
    name: null, kind: "table", pk: design.table.partitionKey,
    ...(design.table.sortKey ? { sk: design.table.sortKey } : {}), projection: "ALL",
  };
  const indexes: IndexSchema[] = (design.indexes ?? []).map((i) => ({
    name: i.name, kind: i.type, pk: i.partitionKey, ...(i.sortKey ? { sk: i.sortKey } : {}), projection: i.projection,
  }));
  const extra = design as unknown as Record<string, unknown>;
  const given = (field: string) => {
    const v = getOwn(extra, field);
    return typeof v === "string" && v !== "" ? v : undefined;
  };
  const typeAttribute = given("typeAttribute") ?? names.allocate("_type");
  names.commit(typeAttribute);
  const ownerAttribute = given("ownerAttribute") ?? names.allocate("_owner");
  const layout: Layout = { tableName: tableName(model), table, indexes, templates: new Map(), typeAttribute, ownerAttribute };
  for (const ed of design.entities) {
    if (!facts.entities.has(ed.entity)) continue;
    const m = new Map<string | null, Tpl>();
    for (const k of ed.keys as PinnedKeys[]) {
      const pk = partsOf(k.partitionKey);
      const sk = k.sortKey !== undefined ? partsOf(k.sortKey) : undefined;
      if (!pk || (k.sortKey !== undefined && !sk)) continue;
      const shards = typeof k.shards === "number" && Number.isInteger(k.shards) && k.shards > 1 ? k.shards : 1;
      m.set(k.index, {
        entity: ed.entity, index: k.index, pk, ...(sk ? { sk } : {}), when: k.index === null ? [] : condsOf(k.when),
        shards: k.index === null ? 1 : shards, reverse: new Set(Array.isArray(k.reverse) ? k.reverse : []),
      });
    }
    layout.templates.set(ed.entity, m);
  }
  return layout;
}

/** The design's layout in the model's `design` shape (with the extensions above). */
export function toPinnedDesign(design: Design): PinnedDesign {
  const t = design.table;
  const entities: PinnedEntity[] = design.entities.map((e) => ({
    entity: e.entity,
    keys: e.keys.map((k): PinnedKeys => ({
      index: k.index, partitionKey: k.partitionKey, ...(k.sortKey !== undefined ? { sortKey: k.sortKey } : {}),
      ...(k.when ? { when: k.when } : {}), ...(k.shards && k.shards > 1 ? { shards: k.shards } : {}),
      ...(k.reverse && k.reverse.length > 0 ? { reverse: [...k.reverse] } : {}),
    })),
  }));
  const pinned: PinnedLayout = {
    table: { partitionKey: { ...t.partitionKey }, ...(t.sortKey ? { sortKey: { ...t.sortKey } } : {}) },
    indexes: t.indexes.map((i) => ({
      name: i.name, type: i.type, partitionKey: { ...i.partitionKey }, ...(i.sortKey ? { sortKey: { ...i.sortKey } } : {}), projection: i.projection,
    })),
    entities, typeAttribute: t.typeAttribute, ownerAttribute: t.ownerAttribute,
  };
  return pinned;
}

/** An entity's keys on one index as the public shape. */
export function keysOf(tpl: Tpl): EntityKeyTemplates & { when?: WhereMap; shards?: number; reverse?: string[] } {
  const when = whereOf(tpl.when);
  return {
    index: tpl.index, partitionKey: textOf(tpl.pk), ...(tpl.sk ? { sortKey: textOf(tpl.sk) } : {}),
    ...(when ? { when } : {}), ...(tpl.shards > 1 ? { shards: tpl.shards } : {}),
    ...(tpl.reverse.size > 0 ? { reverse: [...tpl.reverse] } : {}),
  };
}
