/**
 * Rules on access patterns: unique ids (R2), the entities a pattern names, R7 (named
 * attributes exist with one type), and the per-kind rules R8–R15 (kinds.ts).
 */
import type { Path } from "../path";
import { PATTERN_KINDS, type PatternKind } from "../types";
import { describe } from "../values";
import { an, obj, objects, str, strings, type AttributeInfo, type EntityInfo, type Node, type RuleContext } from "./context";
import { checkKind, type PatternFacts } from "./kinds";
import { checkConditionTypes, parseWhere } from "./where";

export function checkPatterns(ctx: RuleContext): void {
  const firstById = new Map<string, number>();
  for (const { node, index } of objects(ctx.root, "accessPatterns")) {
    const path: Path = ["accessPatterns", index];
    const id = str(node, "id");
    if (id !== undefined) {
      const first = firstById.get(id);
      if (first === undefined) firstById.set(id, index);
      else ctx.problems.error([...path, "id"], `access-pattern id ${JSON.stringify(id)} is already used by accessPatterns[${first}]`, "R2");
    }
    checkPattern(ctx, node, path);
  }
}

const KIND_RULE = { get: "R8", scan: "R11", put: "R12", update: "R12", delete: "R12" } as const;

/** Every rule on one pattern except the uniqueness of its id (which relates it to the others). */
export function checkPattern(ctx: RuleContext, node: Node, path: Path): void {
  const kindValue = str(node, "kind");
  const kind = (PATTERN_KINDS as readonly string[]).includes(kindValue ?? "") ? (kindValue as PatternKind) : undefined;
  const entities = resolveEntities(ctx, node, path, kind);
  const whereNode = obj(node, "where");
  const conditions = whereNode ? parseWhere(ctx, whereNode, [...path, "where"]) : [];

  const declared = new Map<string, AttributeInfo[]>();
  const named = (name: string, at: Path) => {
    const found = checkNamed(ctx, entities, name, at);
    if (!declared.has(name)) declared.set(name, found);
  };
  for (const name of whereNode ? Object.keys(whereNode) : []) named(name, [...path, "where", name]);
  const order = obj(node, "order");
  const orderBy = order ? str(order, "by") : undefined;
  if (orderBy !== undefined) named(orderBy, [...path, "order", "by"]);
  for (const field of ["set", "add"] as const) for (const s of strings(node, field)) named(s.name, [...path, field, s.index]);

  for (const c of conditions) checkConditionTypes(ctx, c, declared.get(c.attribute) ?? []);
  if (kind === undefined) return;
  const facts: PatternFacts = { node, path, kind, entities, conditions, whereNode, orderBy, declared };
  checkKind(ctx, facts);
}

/** The named entities that exist (each once); reports unknown names and wrong list shapes. */
function resolveEntities(ctx: RuleContext, node: Node, path: Path, kind: PatternKind | undefined): EntityInfo[] {
  const raw = Object.hasOwn(node, "entity") ? node["entity"] : undefined;
  const at: Path = [...path, "entity"];
  const names: Array<{ name: string; path: Path }> = [];
  if (typeof raw === "string") names.push({ name: raw, path: at });
  else if (Array.isArray(raw)) {
    if (kind !== undefined && kind !== "query") {
      ctx.problems.error(at, `${an(kind)} names exactly one entity, found a list; only a query may read several entities together`, KIND_RULE[kind]);
    } else if (raw.length < 2) {
      ctx.problems.error(at, `expected a list of 2 or more distinct entities (or a single name), found ${raw.length}`);
    }
    raw.forEach((v, i) => {
      if (typeof v !== "string") return;
      if (names.some((n) => n.name === v)) ctx.problems.error([...at, i], `entity ${JSON.stringify(v)} is listed twice`);
      else names.push({ name: v, path: [...at, i] });
    });
  }
  const out: EntityInfo[] = [];
  for (const { name, path: p } of names) {
    const entity = ctx.entities.get(name);
    if (entity) out.push(entity);
    else ctx.problems.error(p, `expected the name of an entity, found ${describe(name)}, which is not an entity of this model`);
  }
  return out;
}

/** R7: the attribute exists on every named entity, with one type. Returns its declarations. */
function checkNamed(ctx: RuleContext, entities: EntityInfo[], name: string, at: Path): AttributeInfo[] {
  const found: AttributeInfo[] = [];
  const lacking: string[] = [];
  for (const e of entities) {
    const a = e.attributes.get(name);
    if (a) found.push(a);
    else lacking.push(e.name);
  }
  if (lacking.length === 1) {
    ctx.problems.error(at, `unknown attribute ${JSON.stringify(name)}: entity ${lacking[0]} has no such attribute`, "R7");
  } else if (lacking.length > 1) {
    ctx.problems.error(at, `unknown attribute ${JSON.stringify(name)}: entities ${lacking.join(", ")} have no such attribute`, "R7");
  } else {
    const types = new Set(found.map((a) => a.type));
    if (types.size > 1) {
      const each = entities.map((e, i) => `${found[i]?.type ?? "?"} on ${e.name}`).join(", ");
      ctx.problems.error(at, `attribute ${JSON.stringify(name)} must have the same type on every entity the pattern reads, found ${each}`, "R7");
    }
  }
  return found;
}
