import type { AccessPattern, Model } from "../types";
import { freshPatternId } from "./fresh";
import { insertAt, moveItem, removeAt, replaceAt } from "./list";
import { patched, type Patch } from "./patch";

/**
 * A new access pattern at the end: a `get` of the first entity by its whole key, which is
 * valid for any valid entity (R8), so adding one never breaks the model.
 */
export function addPattern(model: Model): Model {
  const entity = model.entities[0];
  const id = freshPatternId(model.accessPatterns.map((p) => p.id));
  const pattern: AccessPattern = entity
    ? { id, name: `Get a ${entity.name}`, kind: "get", entity: entity.name, where: Object.fromEntries(entity.key.map((k) => [k, "eq"])) }
    : { id, name: "New access pattern", kind: "get", entity: "" };
  return { ...model, accessPatterns: [...model.accessPatterns, pattern] };
}

/** Change any field of pattern `index`; `undefined` removes a field. */
export function updatePattern(model: Model, index: number, patch: Patch<AccessPattern>): Model {
  const p = model.accessPatterns[index];
  if (!p) return model;
  return { ...model, accessPatterns: replaceAt(model.accessPatterns, index, patched(p, patch)) };
}

export function removePattern(model: Model, index: number): Model {
  return { ...model, accessPatterns: removeAt(model.accessPatterns, index) };
}

export function insertPattern(model: Model, index: number, pattern: AccessPattern): Model {
  return { ...model, accessPatterns: insertAt(model.accessPatterns, index, pattern) };
}

export function movePattern(model: Model, from: number, to: number): Model {
  return { ...model, accessPatterns: moveItem(model.accessPatterns, from, to) };
}
