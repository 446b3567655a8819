/**
 * Access patterns for arbitrary.ts (test-only): every kind, built to satisfy R6–R15 for
 * the entities they name.
 */
import fc from "fast-check";
import { bounds, chance, constant, extraValue, int, pick, subset, text, type G } from "./arbitrary-values";
import { OPERATORS_BY_TYPE } from "./rules/where";
import {
  PATTERN_KINDS, RANGE_OPERATORS, type AccessPattern, type Attribute, type Condition, type Entity, type PatternKind,
} from "./types";

export function patternsFor(g: G, entities: Entity[], max: number, extras: boolean): AccessPattern[] {
  const count = int(g, 0, max);
  const out: AccessPattern[] = [];
  for (let i = 0; i < count; i++) {
    const kind = pick(g, PATTERN_KINDS);
    const entity = pick(g, entities);
    const base = { id: `${pick(g, ["ap", "Get", "q", "x_"])}${i}${chance(g, 20) ? "-v2" : ""}`, name: text(g, 60), kind };
    const pattern = build(g, kind, entity, entities, base);
    if (!pattern) continue;
    if (chance(g, 50)) pattern.rps = chance(g, 50) ? int(g, 1, 5000) : g(fc.double, { min: 0.001, max: 1e5, noNaN: true });
    if (chance(g, 10)) pattern.notes = text(g, 30);
    if (extras && chance(g, 15)) Object.assign(pattern, { "x-owner": extraValue(g) });
    out.push(pattern);
  }
  return out;
}

type Base = { id: string; name: string; kind: PatternKind };

function build(g: G, kind: PatternKind, entity: Entity, all: Entity[], base: Base): AccessPattern | undefined {
  const keyWhere = () => Object.fromEntries(entity.key.map((k) => [k, "eq"])) as Record<string, Condition>;
  const nonKey = entity.attributes.filter((a) => !entity.key.includes(a.name));
  switch (kind) {
    case "get":
      return { ...base, entity: entity.name, where: keyWhere(), ...consistency(g) };
    case "query":
      return query(g, base, entity, all);
    case "scan": {
      const where = conditions(g, entity.attributes, false);
      return { ...base, entity: entity.name, ...(where ? { where } : {}), ...limit(g), ...consistency(g) };
    }
    case "put":
      return { ...base, entity: entity.name, ...(chance(g, 50) ? { condition: "notExists" as const } : {}) };
    case "delete":
      return { ...base, entity: entity.name, where: keyWhere(), ...(hasVersion(entity) && chance(g, 50) ? { condition: "version" as const } : {}) };
    case "update": {
      const numbers = nonKey.filter((a) => a.type === "number").map((a) => a.name);
      const add = numbers.length && chance(g, 50) ? subset(g, numbers, 1) : [];
      const rest = nonKey.map((a) => a.name).filter((n) => !add.includes(n));
      const set = rest.length && (add.length === 0 || chance(g, 50)) ? subset(g, rest, 1) : [];
      if (set.length === 0 && add.length === 0) return undefined;
      const condition = add.length && chance(g, 40) ? "nonNegative" as const : hasVersion(entity) && chance(g, 50) ? "version" as const : undefined;
      return {
        ...base, entity: entity.name, where: keyWhere(),
        ...(set.length ? { set } : {}), ...(add.length ? { add } : {}), ...(condition ? { condition } : {}),
      };
    }
  }
}

function hasVersion(e: Entity): boolean {
  return e.attributes.some((a) => a.name === "version" && a.type === "number");
}

function consistency(g: G): Partial<AccessPattern> {
  return chance(g, 30) ? { consistency: pick(g, ["eventual", "strong"] as const) } : {};
}

function limit(g: G): Partial<AccessPattern> {
  return chance(g, 30) ? { limit: int(g, 1, 10000) } : {};
}

/** A query on one entity, or on several read together by their common attributes (R7). */
function query(g: G, base: Base, entity: Entity, all: Entity[]): AccessPattern {
  let named: Entity[] = [entity];
  if (all.length >= 2 && chance(g, 25)) named = subset(g, all, 2);
  const common = named[0]?.attributes.filter((a) =>
    named.every((e) => e.attributes.some((b) => b.name === a.name && b.type === a.type && sameValues(a, b)))) ?? [];
  const where = conditions(g, common, true);
  const range = where ? Object.entries(where).find(([, c]) => typeof c === "string" && (RANGE_OPERATORS as readonly string[]).includes(c)) : undefined;
  const orderBy = range ? range[0] : common.length && chance(g, 50) ? pick(g, common).name : undefined;
  return {
    ...base,
    entity: named.length === 1 ? entity.name : named.map((e) => e.name),
    ...(where ? { where } : {}),
    ...(orderBy !== undefined && (range || chance(g, 70)) ? { order: chance(g, 50) ? { by: orderBy } : { by: orderBy, dir: pick(g, ["asc", "desc"] as const) } } : {}),
    ...limit(g),
    ...consistency(g),
  };
}

/** Constants compare against `values`; on several entities both must hold, so keep them equal. */
function sameValues(a: Attribute, b: Attribute): boolean {
  return JSON.stringify(a.values) === JSON.stringify(b.values);
}

/**
 * Conditions on some attributes: run-time eq, at most one run-time range (queries only),
 * constants of the attribute's type, and exists/notExists.
 */
function conditions(g: G, attributes: Attribute[], runtime: boolean): Record<string, Condition> | undefined {
  if (attributes.length === 0 || chance(g, 15)) return undefined;
  const chosen = subset(g, attributes, 0, 4);
  let rangeUsed = false;
  const entries: Array<[string, Condition]> = [];
  for (const a of chosen) {
    const ops = OPERATORS_BY_TYPE[a.type];
    const comparable = ops.includes("eq");
    const roll = int(g, 1, 4);
    if (!comparable || roll === 1) {
      entries.push([a.name, pick(g, ["exists", "notExists"] as const)]);
    } else if (runtime && roll === 2) {
      entries.push([a.name, "eq"]);
    } else if (runtime && roll === 3 && !rangeUsed && ops.some((o) => o !== "eq" && (RANGE_OPERATORS as readonly string[]).includes(o))) {
      rangeUsed = true;
      entries.push([a.name, pick(g, ops.filter((o) => (RANGE_OPERATORS as readonly string[]).includes(o)))]);
    } else {
      const op = pick(g, ops.filter((o) => o !== "exists" && o !== "notExists"));
      const value = op === "between" ? bounds(g, a.type, a.values) : constant(g, a.type, a.values);
      entries.push([a.name, { [op]: value } as Condition]);
    }
  }
  return Object.fromEntries(entries);
}
