import type { AccessPattern, Model } from "../types";
import { replaceAt } from "./list";
import { patched } from "./patch";

/**
 * Rename entity `index` to `name`; references follow: every `ref`, each access pattern's
 * `entity` (also inside multi-entity lists), the pinned design's entry and the samples.
 * When `name` is already another entity's (a duplicate, R2) or the old name is shared,
 * only the entity itself changes: following would merge two entities' references for good,
 * and the reverse rename could not tell them apart.
 */
export function renameEntity(model: Model, index: number, name: string): Model {
  const entity = model.entities[index];
  if (!entity || entity.name === name) return model;
  const from = entity.name;
  const entities = replaceAt(model.entities, index, patched(entity, { name }));
  const others = model.entities.filter((_, i) => i !== index).map((e) => e.name);
  if (others.includes(name) || others.includes(from)) return { ...model, entities };
  return followEntityRename({ ...model, entities }, from, name);
}

/** Every reference to entity `from` now names `to`; the entities themselves are as given. */
export function followEntityRename(model: Model, from: string, to: string): Model {
  const rename = (n: string) => (n === from ? to : n);
  const out: Model = {
    ...model,
    entities: model.entities.map((e) =>
      e.attributes.some((a) => a.ref === from)
        ? { ...e, attributes: e.attributes.map((a) => (a.ref === from ? patched(a, { ref: to }) : a)) }
        : e,
    ),
    accessPatterns: model.accessPatterns.map((p) => renamePatternEntity(p, rename)),
  };
  if (model.design) {
    out.design = {
      ...model.design,
      entities: model.design.entities.map((d) => (d.entity === from ? patched(d, { entity: to }) : d)),
    };
  }
  if (model.samples) out.samples = model.samples.map((s) => (s.entity === from ? patched(s, { entity: to }) : s));
  return out;
}

function renamePatternEntity(p: AccessPattern, rename: (n: string) => string): AccessPattern {
  if (typeof p.entity === "string") return rename(p.entity) === p.entity ? p : patched(p, { entity: rename(p.entity) });
  if (!Array.isArray(p.entity) || !p.entity.some((n) => rename(n) !== n)) return p;
  return patched(p, { entity: p.entity.map(rename) });
}
