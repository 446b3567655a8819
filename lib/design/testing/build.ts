/** Small valid models for unit tests: `model(entities, patterns)` validates and throws with the problems. */
import { parseModel, type AccessPattern, type Attribute, type Entity, type Model } from "../../model";

export function entity(name: string, key: string[], attributes: Array<Attribute | string>, count?: number): Entity {
  const attrs = attributes.map((a): Attribute => {
    if (typeof a !== "string") return a;
    const [n = "", t = "string"] = a.split(":");
    return { name: n, type: t as Attribute["type"] };
  });
  return { name, key, attributes: attrs, ...(count !== undefined ? { count } : {}) };
}

export function model(entities: Entity[], accessPatterns: AccessPattern[], extra: Partial<Model> = {}): Model {
  const m = { format: "tablewright.model/1", name: "Test model", entities, accessPatterns, ...extra };
  const parsed = parseModel(m);
  if (!parsed.ok) throw new Error(`invalid test model: ${JSON.stringify(parsed.problems.filter((p) => p.severity === "error"), null, 1)}`);
  return parsed.model;
}

let n = 0;
/** A pattern with a generated id unless one is given. */
export function pattern(p: Omit<AccessPattern, "id" | "name"> & { id?: string; name?: string }): AccessPattern {
  const id = p.id ?? `p${n++}`;
  return { ...p, id, name: p.name ?? id } as AccessPattern;
}
