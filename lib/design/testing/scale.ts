/**
 * scaledModel(patterns, entities, seed): a valid, realistic model of any size for the
 * designScaling bench (spec/bench.md). Entities form parent/child chains (refs), carry an
 * enum status, timestamps, a unique email on some, a version and a counter; patterns mix
 * gets, owner queries ordered by time, status queries (sparse), lookups by unique values,
 * parent-with-children reads, scans and writes, round-robin over the entities. The same
 * arguments give the same model.
 */
import type { AccessPattern, Attribute, Entity, Model } from "../../model";
import { rng } from "./items";

export function scaledModel(patterns: number, entities: number, seed: number): Model {
  const r = rng(seed);
  const list: Entity[] = [];
  for (let i = 0; i < Math.max(1, entities); i++) {
    const name = `E${i}`;
    // Groups of four: a root entity (single key) and three children keyed under it.
    const root = i - (i % 4);
    const parent = i === root ? undefined : `E${root}`;
    const attrs: Attribute[] = [
      { name: `e${i}Id`, type: "string", gen: "ulid" },
      ...(parent ? [{ name: `e${root}Id`, type: "string" as const, ref: parent }] : []),
      { name: "status", type: "string", values: ["NEW", "ACTIVE", "DONE"] },
      { name: "createdAt", type: "datetime" },
      { name: "score", type: "number", min: 0, max: 1000000 },
      { name: "title", type: "string", size: 40 + Math.floor(r() * 200) },
      { name: "closedAt", type: "datetime", optional: true },
      { name: "version", type: "number", min: 1, max: 1000 },
      { name: "hits", type: "number", min: 0, max: 1e9 },
      ...(i % 3 === 0 ? [{ name: "email", type: "string" as const, unique: true, gen: "email" as const }] : []),
    ];
    const key = parent ? [`e${root}Id`, `e${i}Id`] : [`e${i}Id`];
    list.push({ name, count: 1000 + Math.floor(r() * 1e7), key, attributes: attrs });
  }
  const out: AccessPattern[] = [];
  for (let p = 0; out.length < patterns; p++) {
    const i = p % list.length;
    const e = list[i] as Entity;
    const parentId = e.key.length > 1 ? e.key[0] : undefined;
    const rps = Math.round(1 + r() * 500);
    const n = out.length;
    const keyWhere = Object.fromEntries(e.key.map((k) => [k, "eq" as const]));
    const kind = Math.floor(p / list.length) % 11;
    const pattern = ((): AccessPattern | undefined => {
      switch (kind) {
        case 0: return { id: `p${n}`, name: `get ${e.name}`, kind: "get", entity: e.name, where: keyWhere, rps };
        case 1: return parentId ? { id: `p${n}`, name: `${e.name} of a parent by time`, kind: "query", entity: e.name, where: { [parentId]: "eq", createdAt: "between" }, order: { by: "createdAt", dir: "desc" }, limit: 50, rps } : undefined;
        case 2: return { id: `p${n}`, name: `active ${e.name} by score`, kind: "query", entity: e.name, where: { status: { eq: "ACTIVE" } }, order: { by: "score", dir: "desc" }, limit: 20, rps: 5 };
        case 3: return e.attributes.some((a) => a.name === "email") ? { id: `p${n}`, name: `${e.name} by email`, kind: "query", entity: e.name, where: { email: "eq" }, limit: 1, rps } : undefined;
        case 4: return parentId ? { id: `p${n}`, name: `${e.name} with its parent`, kind: "query", entity: [list[i - (i % 4)]?.name ?? e.name, e.name], where: { [parentId]: "eq" }, rps } : undefined;
        case 5: return { id: `p${n}`, name: `create ${e.name}`, kind: "put", entity: e.name, condition: "notExists", rps };
        case 6: return { id: `p${n}`, name: `update ${e.name}`, kind: "update", entity: e.name, where: keyWhere, set: ["status", "closedAt"], condition: "version", rps };
        case 7: return { id: `p${n}`, name: `count ${e.name}`, kind: "update", entity: e.name, where: keyWhere, add: ["hits"], rps };
        case 8: return { id: `p${n}`, name: `delete ${e.name}`, kind: "delete", entity: e.name, where: keyWhere, rps: 1 };
        case 9: return parentId ? { id: `p${n}`, name: `open ${e.name} of a parent`, kind: "query", entity: e.name, where: { [parentId]: "eq", closedAt: "notExists" }, order: { by: "createdAt", dir: "asc" }, rps } : { id: `p${n}`, name: `${e.name} by status`, kind: "query", entity: e.name, where: { status: "eq" }, order: { by: "createdAt" }, limit: 100, rps };
        default: return { id: `p${n}`, name: `export done ${e.name}`, kind: "scan", entity: e.name, where: { status: { eq: "DONE" } }, rps: 0.01 };
      }
    })();
    if (pattern) out.push(pattern);
    if (p > patterns * 20) break;
  }
  return { format: "tablewright.model/1", name: `Scaled ${patterns} patterns, ${entities} entities`, entities: list, accessPatterns: out };
}
