/**
 * fast-check arbitraries of valid models for property tests: entities whose names are
 * prefixes of each other or differ only in case (ALPHA# vs ALPHAB#, AB vs Ab), attributes
 * named `__proto__`, every key type, and patterns of every kind. Every entity carries the
 * same attribute names with the same types, so multi-entity patterns satisfy R7.
 */
import fc from "fast-check";
import { parseModel, type AccessPattern, type Attribute, type AttributeType, type Entity, type Model, type Condition } from "../../model";

const NAMES = ["Alpha", "AlphaB", "Ab", "AB", "Beta"];
const KEY_TYPES: AttributeType[] = ["string", "number", "datetime", "binary"];
/** Shared attributes: name → type. `id` is typed per entity (only single-entity patterns use it). */
const SHARED: Array<[string, AttributeType]> = [
  ["g", "string"], ["t", "datetime"], ["s", "string"], ["n", "number"], ["f", "boolean"], ["b", "binary"],
  ["__proto__", "string"], ["u", "string"], ["version", "number"], ["c", "number"], ["l", "list"],
];
export const ENUM = ["A", "A#", "B"];

interface EntityPlan { name: string; idType: AttributeType; key: readonly string[]; optional: Record<string, boolean>; unique: boolean; count: number }

const entityPlan = (name: string) =>
  fc.record({
    idType: fc.constantFrom(...KEY_TYPES),
    key: fc.constantFrom(["id"], ["g", "id"], ["g", "id", "n"], ["id", "t"], ["b", "id"], ["g", "t"]),
    optional: fc.record(Object.fromEntries(SHARED.map(([n]) => [n, fc.boolean()])) as Record<string, fc.Arbitrary<boolean>>),
    unique: fc.boolean(),
    count: fc.constantFrom(1, 1000, 5_000_000),
  }).map((p): EntityPlan => ({ name, ...p }));

function entityOf(p: EntityPlan): Entity {
  const attrs: Attribute[] = [{ name: "id", type: p.idType }];
  for (const [name, type] of SHARED) {
    const a: Attribute = { name, type };
    if (name === "s") a.values = [...ENUM];
    if (!p.key.includes(name) && p.optional[name] && name !== "version") a.optional = true;
    if (name === "u" && p.unique) a.unique = true;
    attrs.push(a);
  }
  return { name: p.name, count: p.count, key: [...p.key], attributes: attrs };
}

const typeOf = (e: Entity, a: string) => e.attributes.find((x) => x.name === a)?.type;
const orderable = (t: AttributeType | undefined) => t === "string" || t === "number" || t === "datetime" || t === "binary";
const eqable = (t: AttributeType | undefined) => orderable(t) || t === "boolean";

function constantFor(e: Entity, a: string, pick: number): Condition | undefined {
  const t = typeOf(e, a);
  const optional = e.attributes.find((x) => x.name === a)?.optional === true;
  const options: Condition[] = [];
  if (a === "s") options.push({ eq: "A" }, { eq: "A#" }, { eq: "B" });
  if (t === "boolean") options.push({ eq: true }, { eq: false });
  if (t === "number") options.push({ gte: 0 }, { lt: 2 }, { between: [-1, 10] });
  if (t === "datetime") options.push({ lt: "2026-01-02T00:00:00.000Z" }, { gte: "2026-01-01T00:00:00.001Z" });
  if (t === "string" && a !== "s") options.push({ beginsWith: "a" }, { eq: "a" });
  if (optional) options.push("exists", "notExists");
  return options.length ? options[pick % options.length] : undefined;
}

const RANGE_OPS = ["lt", "lte", "gt", "gte", "between", "beginsWith"] as const;

function queryOf(entities: Entity[], i: number, choice: { e: number; eq: number[]; range: number; op: number; order: number; dir: boolean; consts: number[]; limit: number; strong: boolean }): AccessPattern {
  const e = entities[choice.e % entities.length] as Entity;
  const names = e.attributes.map((a) => a.name).filter((a) => a !== "l");
  const used = new Set<string>();
  const where: Record<string, Condition> = {};
  const put = (a: string, c: Condition) => Object.defineProperty(where, a, { value: c, enumerable: true, writable: true, configurable: true });
  for (const k of choice.eq) {
    const a = names[k % names.length] as string;
    if (!used.has(a) && eqable(typeOf(e, a))) {
      used.add(a);
      put(a, "eq");
    }
  }
  let order: AccessPattern["order"];
  const ra = names[choice.range % names.length] as string;
  const rt = typeOf(e, ra);
  if (choice.range % 3 !== 0 && !used.has(ra) && orderable(rt)) {
    let op: string = RANGE_OPS[choice.op % RANGE_OPS.length] ?? "lt";
    if (op === "beginsWith" && rt === "number") op = "gte";
    used.add(ra);
    put(ra, op as Condition);
    order = { by: ra, dir: choice.dir ? "desc" : "asc" };
  } else if (choice.order % 2 === 1) {
    const oa = names[choice.order % names.length] as string;
    if (orderable(typeOf(e, oa))) order = { by: oa, dir: choice.dir ? "desc" : "asc" };
  }
  for (const k of choice.consts) {
    const a = names[k % names.length] as string;
    if (used.has(a)) continue;
    const c = constantFor(e, a, k);
    if (c) {
      used.add(a);
      put(a, c);
    }
  }
  return {
    id: `q${i}`, name: `query ${i}`, kind: "query", entity: e.name, where, ...(order ? { order } : {}),
    ...(choice.limit > 0 ? { limit: choice.limit } : {}), ...(choice.strong ? { consistency: "strong" as const } : {}),
  };
}

const queryChoice = fc.record({
  e: fc.nat(9), eq: fc.array(fc.nat(20), { maxLength: 3 }), range: fc.nat(20), op: fc.nat(5), order: fc.nat(20),
  dir: fc.boolean(), consts: fc.array(fc.nat(30), { maxLength: 2 }), limit: fc.constantFrom(0, 0, 1, 2, 5), strong: fc.nat(6).map((n) => n === 0),
});

export const arbModel: fc.Arbitrary<Model> = fc
  .uniqueArray(fc.constantFrom(...NAMES), { minLength: 1, maxLength: 4 })
  .chain((names) => fc.tuple(fc.tuple(...names.map(entityPlan)), fc.array(fc.tuple(fc.nat(6), queryChoice, fc.nat(9), fc.boolean(), fc.nat(30)), { minLength: 1, maxLength: 8 })))
  .map(([plans, pats]) => {
    const entities = plans.map(entityOf);
    const patterns: AccessPattern[] = pats.map(([kind, choice, other, dir, seed], i) => {
      const e = entities[choice.e % entities.length] as Entity;
      const keyWhere = () => Object.fromEntries(e.key.map((k) => [k, "eq" as Condition]));
      switch (kind) {
        case 0: return { id: `g${i}`, name: `get ${i}`, kind: "get", entity: e.name, where: keyWhere(), ...(choice.strong ? { consistency: "strong" as const } : {}) };
        case 1: {
          const f = entities[other % entities.length] as Entity;
          if (f === e) return queryOf(entities, i, choice);
          const where: Record<string, Condition> = { g: "eq" };
          if (seed % 3 === 0) where["s"] = { eq: "A" };
          return { id: `m${i}`, name: `multi ${i}`, kind: "query", entity: [e.name, f.name], where, ...(seed % 2 === 0 ? { order: { by: "t", dir: dir ? "desc" : "asc" } } : {}), ...(choice.limit > 0 ? { limit: choice.limit } : {}) };
        }
        case 2: {
          const c = constantFor(e, ["s", "f", "n", "t", "__proto__"][seed % 5] ?? "s", seed);
          return { id: `s${i}`, name: `scan ${i}`, kind: "scan", entity: e.name, ...(c ? { where: Object.defineProperty({}, ["s", "f", "n", "t", "__proto__"][seed % 5] ?? "s", { value: c, enumerable: true }) as Record<string, Condition> } : {}) };
        }
        case 3: return { id: `p${i}`, name: `put ${i}`, kind: "put", entity: e.name, ...(dir ? { condition: "notExists" as const } : {}) };
        case 4: {
          const set = ["s", "t", "u", "__proto__"].filter((a, k) => (seed >> k) & 1 && !e.key.includes(a));
          return { id: `u${i}`, name: `update ${i}`, kind: "update", entity: e.name, where: keyWhere(), set: set.length ? set : ["s"], ...(dir ? { add: ["c"], condition: "nonNegative" as const } : { condition: "version" as const }) };
        }
        case 5: return { id: `d${i}`, name: `delete ${i}`, kind: "delete", entity: e.name, where: keyWhere(), ...(dir ? { condition: "version" as const } : {}) };
        default: return queryOf(entities, i, choice);
      }
    });
    return { format: "tablewright.model/1", name: "Arbitrary", entities, accessPatterns: patterns } as Model;
  })
  .filter((m) => parseModel(m).ok)
  .map((m) => {
    const r = parseModel(m);
    return r.ok ? r.model : m;
  });
