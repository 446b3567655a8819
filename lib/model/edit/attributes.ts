import type { Attribute, Model } from "../types";
import { freshName } from "./fresh";
import { moveItem, removeAt, replaceAt } from "./list";
import { patched, type Patch } from "./patch";

function onEntity(model: Model, entity: number, change: (attributes: Attribute[]) => Attribute[]): Model {
  const e = model.entities[entity];
  if (!e) return model;
  return { ...model, entities: replaceAt(model.entities, entity, { ...e, attributes: change(e.attributes) }) };
}

/** A new optional string attribute at the end of the entity (optional, so existing patterns stay valid). */
export function addAttribute(model: Model, entity: number, base = "attribute"): Model {
  return onEntity(model, entity, (list) => [...list, { name: freshName(base, list.map((a) => a.name)), type: "string", optional: true }]);
}

/** Remove the attribute only: anything still naming it (the key, a pattern) is then reported by the checks, at its path. */
export function removeAttribute(model: Model, entity: number, attribute: number): Model {
  return onEntity(model, entity, (list) => removeAt(list, attribute));
}

export function moveAttribute(model: Model, entity: number, from: number, to: number): Model {
  return onEntity(model, entity, (list) => moveItem(list, from, to));
}

/**
 * Change an attribute's type, optional, unique, ref, gen, values, min, max or size (use
 * renameAttribute for the name). Fields that no longer fit the new type are kept: the checks
 * say what to fix (R5), rather than the edit silently dropping what the user wrote.
 */
export function updateAttribute(model: Model, entity: number, attribute: number, patch: Omit<Patch<Attribute>, "name">): Model {
  return onEntity(model, entity, (list) => {
    const a = list[attribute];
    return a ? replaceAt(list, attribute, patched(a, patch)) : list;
  });
}
