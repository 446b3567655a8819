/**
 * A model from one table of a NoSQL Workbench file: our own exports come back exactly from
 * the `Tablewright` extension (the model) plus the facets' items (the samples); any other
 * file is inferred: entities from facets, a type attribute or key labels, the table's key
 * schema and indexes kept as the pinned design, items kept as samples.
 */
import { parseModel, type EntityDesign, type IndexDefinition, type JsonValue, type Model, type PinnedDesign, type Problem, type Sample } from "../../model";
import { TABLE_OR_INDEX_NAME } from "../../model/values";
import { designModel } from "../../design";
import { attributeValueToSample } from "../dynamo-json";
import { inferEntity } from "./entity";
import { groupItems, typeAttribute } from "./groups";
import { EntityNamer } from "./names";
import type { Source, Table } from "./source";

export type BuildResult = { ok: true; model: Model; notes: string[] } | { ok: false; problems: Problem[] };

function safeName(name: string, fallback: string): string {
  if (TABLE_OR_INDEX_NAME.test(name)) return name;
  const clean = name.replace(/[^a-zA-Z0-9_.-]/g, "-").slice(0, 255);
  return clean.length >= 3 ? clean : fallback;
}

/** Our own export: the model as it was, its samples from the facets' items. */
function fromExtension(table: Table): Model | undefined {
  const parsed = parseModel(table.extension);
  if (!parsed.ok) return undefined;
  const model = parsed.model;
  const physical = new Set<string>();
  const design = designModel(model);
  for (const k of [design.table.partitionKey, design.table.sortKey, ...design.table.indexes.flatMap((i) => [i.partitionKey, i.sortKey])]) if (k) physical.add(k.name);
  physical.add(design.table.typeAttribute);
  physical.add(design.table.ownerAttribute);
  const samples: Sample[] = [];
  for (const facet of table.facets) {
    const entity = model.entities.find((e) => e.name === facet.name);
    if (!entity) continue;
    const types = new Map(entity.attributes.map((a) => [a.name, a.type]));
    for (const item of facet.items) {
      const out: { [k: string]: JsonValue } = {};
      for (const [name, av] of item) {
        if (physical.has(name)) continue;
        const v = attributeValueToSample(av, types.get(name) ?? "string");
        if (v !== undefined) Object.defineProperty(out, name, { value: v, enumerable: true, writable: true, configurable: true });
      }
      samples.push({ entity: entity.name, item: out });
    }
  }
  const { samples: _old, ...rest } = model;
  return samples.length ? { ...rest, samples } : rest;
}

function inferred(source: Source, table: Table, several: boolean): { model: Model; notes: string[] } {
  const notes: string[] = [];
  const globals = table.globalIndexes.map((i) => ({ ...i, name: safeName(i.name, `GSI${table.globalIndexes.indexOf(i) + 1}`) }));
  const locals = table.localIndexes.map((i) => ({ ...i, name: safeName(i.name, `LSI${table.localIndexes.indexOf(i) + 1}`) }));
  for (const [a, b] of [...table.globalIndexes.map((x, i) => [x, globals[i]] as const), ...table.localIndexes.map((x, i) => [x, locals[i]] as const)]) {
    if (b && a.name !== b.name) notes.push(`index ${JSON.stringify(a.name)} is renamed ${b.name}: index names are 3 to 255 of a-z A-Z 0-9 _ . -`);
  }
  const t: Table = { ...table, globalIndexes: globals, localIndexes: locals };
  const physical = new Set([t.partitionKey.name, ...(t.sortKey ? [t.sortKey.name] : []), ...globals.flatMap((i) => [i.partitionKey.name, ...(i.sortKey ? [i.sortKey.name] : [])]), ...locals.flatMap((i) => (i.sortKey ? [i.sortKey.name] : []))]);
  const typeAttr = typeAttribute(t, physical);
  let groups = groupItems(t, typeAttr);
  if (groups.length === 0) groups = [{ label: t.name, items: [] }];
  const namer = new EntityNamer();
  const drafts = groups.map((g) => inferEntity(t, g, namer.take(g.label), physical, typeAttr));
  for (const d of drafts) notes.push(...d.notes);
  const indexes: IndexDefinition[] = [
    ...locals.map((i): IndexDefinition => ({ name: i.name, type: "local", partitionKey: t.partitionKey, ...(i.sortKey ? { sortKey: i.sortKey } : {}), projection: i.projection })),
    ...globals.map((i): IndexDefinition => ({ name: i.name, type: "global", partitionKey: i.partitionKey, ...(i.sortKey ? { sortKey: i.sortKey } : {}), projection: i.projection })),
  ];
  const design: PinnedDesign & { typeAttribute?: string } = {
    table: { partitionKey: t.partitionKey, ...(t.sortKey ? { sortKey: t.sortKey } : {}) },
    ...(indexes.length ? { indexes } : {}),
    entities: drafts.map((d): EntityDesign => ({ entity: d.name, keys: d.keys })),
    ...(typeAttr ? { typeAttribute: typeAttr } : {}),
  };
  const baseName = several ? `${source.name} ${t.name}` : source.name;
  const samples = drafts.flatMap((d) => d.samples);
  const model: Model = {
    format: "tablewright.model/1",
    name: [...baseName].slice(0, 120).join("") || "Imported model",
    ...(source.description ? { description: source.description } : {}),
    entities: drafts.map((d) => ({ name: d.name, key: d.key, attributes: d.attributes })),
    accessPatterns: [],
    table: { name: safeName(t.name, "imported-table"), ...(t.provisioned ? { billing: "provisioned" as const } : {}) },
    ...(samples.length ? { samples } : {}),
    design,
  };
  return { model, notes };
}

export function buildModel(source: Source, table: Table): BuildResult {
  const own = table.extension !== undefined ? fromExtension(table) : undefined;
  const { model, notes } = own ? { model: own, notes: [] as string[] } : inferred(source, table, source.tables.length > 1);
  if (table.extension !== undefined && !own) notes.push("the Tablewright extension in this file is not a valid model: the model was inferred from facets and items instead");
  const check = parseModel(model);
  const errors = check.ok ? [] : check.problems.filter((p) => p.severity === "error");
  if (errors.length) return { ok: false, problems: errors.map((p) => ({ ...p, message: `the imported model would be invalid: ${p.message}` })) };
  return { ok: true, model: check.ok ? check.model : model, notes };
}
