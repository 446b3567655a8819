import { keyTemplateText, parseKeyTemplate } from "../template";
import type { AccessPattern, EntityKeyTemplates, Model, PinnedDesign, Projection } from "../types";
import { renameInList, replaceAt } from "./list";
import { patched, renameKey } from "./patch";

/**
 * Rename attribute `attribute` of entity `entity` (indexes) to `name`; references follow:
 * the entity's `key`, the `where`, `order`, `set` and `add` of every access pattern naming
 * the entity, the pinned design's key templates (`{placeholder}`), `when` and `reverse`,
 * projections and `table.ttlAttribute` (unless another entity still has the old name), and
 * the entity's samples. When `name` is already an attribute of the entity, only the
 * attribute changes (following would merge two attributes' references, R2).
 */
export function renameAttribute(model: Model, entity: number, attribute: number, name: string): Model {
  const e = model.entities[entity];
  const a = e?.attributes[attribute];
  if (!e || !a || a.name === name) return model;
  const from = a.name;
  const attributes = replaceAt(e.attributes, attribute, patched(a, { name }));
  const siblings = e.attributes.filter((_, i) => i !== attribute).map((x) => x.name);
  if (siblings.includes(name) || siblings.includes(from)) {
    return { ...model, entities: replaceAt(model.entities, entity, { ...e, attributes }) };
  }
  const renamedEntity = { ...e, attributes, key: Array.isArray(e.key) ? e.key.map((k) => (k === from ? name : k)) : e.key };
  const entities = replaceAt(model.entities, entity, renamedEntity);
  // Names shared with other entities (a projection, the TTL attribute) still mean them.
  const stillUsed = entities.some((x, i) => i !== entity && x.attributes.some((y) => y.name === from));
  const out: Model = {
    ...model,
    entities,
    accessPatterns: model.accessPatterns.map((p) => (names(p, e.name) ? renameInPattern(p, from, name) : p)),
  };
  if (model.design) out.design = renameInDesign(model.design, e.name, from, name, stillUsed);
  if (model.table?.ttlAttribute === from && !stillUsed) out.table = patched(model.table, { ttlAttribute: name });
  if (model.samples) {
    out.samples = model.samples.map((s) => (s.entity === e.name && Object.hasOwn(s.item, from) ? { ...s, item: renameKey(s.item, from, name) } : s));
  }
  return out;
}

function names(p: AccessPattern, entity: string): boolean {
  return typeof p.entity === "string" ? p.entity === entity : Array.isArray(p.entity) && p.entity.includes(entity);
}

function renameInPattern(p: AccessPattern, from: string, to: string): AccessPattern {
  const patch: Partial<Record<keyof AccessPattern, unknown>> = {};
  if (p.where && Object.hasOwn(p.where, from)) patch.where = renameKey(p.where, from, to);
  if (p.order?.by === from) patch.order = patched(p.order, { by: to });
  if (Array.isArray(p.set) && p.set.includes(from)) patch.set = renameInList(p.set, from, to);
  if (Array.isArray(p.add) && p.add.includes(from)) patch.add = renameInList(p.add, from, to);
  return Object.keys(patch).length ? patched(p, patch) : p;
}

function renameInDesign(design: PinnedDesign, entity: string, from: string, to: string, stillUsed: boolean): PinnedDesign {
  const out: PinnedDesign = {
    ...design,
    entities: design.entities.map((d) => (d.entity === entity ? { ...d, keys: d.keys.map((k) => renameInTemplates(k, from, to)) } : d)),
  };
  if (design.indexes) {
    out.indexes = design.indexes.map((ix) => {
      const projection = renameInProjection(ix.projection, from, to, stillUsed);
      return projection === ix.projection ? ix : patched(ix, { projection });
    });
  }
  return out;
}

function renameInTemplates(k: EntityKeyTemplates, from: string, to: string): EntityKeyTemplates {
  const patch: Partial<Record<keyof EntityKeyTemplates, unknown>> = {};
  const pk = renamePlaceholder(k.partitionKey, from, to);
  if (pk !== k.partitionKey) patch.partitionKey = pk;
  if (typeof k.sortKey === "string") {
    const sk = renamePlaceholder(k.sortKey, from, to);
    if (sk !== k.sortKey) patch.sortKey = sk;
  }
  if (k.when && Object.hasOwn(k.when, from)) patch.when = renameKey(k.when, from, to);
  if (Array.isArray(k.reverse) && k.reverse.includes(from)) patch.reverse = renameInList(k.reverse, from, to);
  return Object.keys(patch).length ? patched(k, patch) : k;
}

/** A template with `{from}` placeholders written `{to}`; a malformed template is left as the user wrote it. */
function renamePlaceholder(template: string, from: string, to: string): string {
  if (typeof template !== "string") return template;
  const parsed = parseKeyTemplate(template);
  if (!parsed.ok || !parsed.parts.some((p) => "attribute" in p && p.attribute === from)) return template;
  return keyTemplateText(parsed.parts.map((p) => ("attribute" in p && p.attribute === from ? { attribute: to } : p)));
}

function renameInProjection(projection: Projection, from: string, to: string, stillUsed: boolean): Projection {
  if (typeof projection !== "object" || !Array.isArray(projection.include) || !projection.include.includes(from)) return projection;
  const include = stillUsed ? (projection.include.includes(to) ? projection.include : [...projection.include, to]) : renameInList(projection.include, from, to);
  return patched(projection, { include });
}
