import type { Entity, EntityDesign, Model } from "../types";
import { freshName } from "./fresh";
import { moveItem, removeAt, replaceAt } from "./list";
import { patched, type Patch } from "./patch";

/**
 * A new entity at the end, valid on its own: a string id as its key (R3). With a pinned
 * design it also gets table key templates, since every entity needs them there.
 */
export function addEntity(model: Model, base = "Entity"): Model {
  const name = freshName(base, model.entities.map((e) => e.name));
  const id = `${name.charAt(0).toLowerCase()}${name.slice(1)}Id`;
  const entity: Entity = { name, key: [id], attributes: [{ name: id, type: "string" }] };
  const out: Model = { ...model, entities: [...model.entities, entity] };
  if (model.design) {
    const prefix = name.toUpperCase();
    const keys: EntityDesign["keys"] = [
      model.design.table.sortKey
        ? { index: null, partitionKey: `${prefix}#{${id}}`, sortKey: `${prefix}#` }
        : { index: null, partitionKey: `${prefix}#{${id}}` },
    ];
    out.design = { ...model.design, entities: [...model.design.entities, { entity: name, keys }] };
  }
  return out;
}

/**
 * Remove entity `index` and what only makes sense with it: its access patterns (a
 * multi-entity query keeps its other entities), `ref`s to it, its pinned templates and
 * its samples. Undo brings all of it back.
 */
export function removeEntity(model: Model, index: number): Model {
  const entity = model.entities[index];
  if (!entity) return model;
  const gone = entity.name;
  const out: Model = {
    ...model,
    entities: removeAt(model.entities, index).map((e) =>
      e.attributes.some((a) => a.ref === gone)
        ? { ...e, attributes: e.attributes.map((a) => (a.ref === gone ? patched(a, { ref: undefined }) : a)) }
        : e,
    ),
    accessPatterns: model.accessPatterns.flatMap((p) => {
      if (p.entity === gone) return [];
      if (!Array.isArray(p.entity) || !p.entity.includes(gone)) return [p];
      const rest = p.entity.filter((n) => n !== gone);
      // A list names 2+ entities; one left is written as a plain name.
      return [patched(p, { entity: rest.length === 1 ? rest[0] : rest })];
    }),
  };
  if (model.design) out.design = { ...model.design, entities: model.design.entities.filter((d) => d.entity !== gone) };
  if (model.samples) out.samples = model.samples.filter((s) => s.entity !== gone);
  return out;
}

export function moveEntity(model: Model, from: number, to: number): Model {
  return { ...model, entities: moveItem(model.entities, from, to) };
}

/** Change `count`, `key` or `notes` (use renameEntity for the name, so references follow). */
export function updateEntity(model: Model, index: number, patch: Omit<Patch<Entity>, "name" | "attributes">): Model {
  const entity = model.entities[index];
  if (!entity) return model;
  return { ...model, entities: replaceAt(model.entities, index, patched(entity, patch)) };
}
