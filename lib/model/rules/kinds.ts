/** The per-kind rules: R8 get, R9/R10 query and order, R11 scan, R12 writes, R13 set/add, R14 condition, R15 consistency. */
import type { Path } from "../path";
import type { RuleId } from "../rules";
import { READ_KINDS, type PatternKind } from "../types";
import { describe } from "../values";
import { an, arr, obj, str, strings, typed, type AttributeInfo, type EntityInfo, type Node, type RuleContext } from "./context";
import { isRange, type ParsedCondition } from "./where";

export interface PatternFacts {
  node: Node;
  path: Path;
  kind: PatternKind;
  /** The named entities that exist. */
  entities: EntityInfo[];
  conditions: ParsedCondition[];
  whereNode: Node | undefined;
  orderBy: string | undefined;
  declared: Map<string, AttributeInfo[]>;
}

export function checkKind(ctx: RuleContext, f: PatternFacts): void {
  const single = f.entities.length === 1 && str(f.node, "entity") !== undefined ? f.entities[0] : undefined;
  switch (f.kind) {
    case "get":
      if (single) checkKeyAddressing(ctx, f, single, "R8");
      break;
    case "query":
      checkQuery(ctx, f);
      break;
    case "scan":
      for (const c of f.conditions.filter((c) => c.runtime)) {
        ctx.problems.error(c.path, `a scan takes constants only; ${JSON.stringify(c.operator)} here is a run-time parameter (write a constant like {"eq": value}, or exists/notExists)`, "R11");
      }
      break;
    case "put":
      if (Object.hasOwn(f.node, "where")) ctx.problems.error([...f.path, "where"], "a put has no where: it writes a whole item, addressed by its key", "R12");
      break;
    case "update":
    case "delete":
      if (single) checkKeyAddressing(ctx, f, single, "R12");
      break;
  }
  checkOrder(ctx, f);
  checkApplicability(ctx, f);
  checkSetAdd(ctx, f, single);
  checkCondition(ctx, f, single);
}

/** R8/R12: run-time eq on every key attribute, and nothing else. */
function checkKeyAddressing(ctx: RuleContext, f: PatternFacts, entity: EntityInfo, rule: RuleId): void {
  const key = [...new Set(entity.key.map((k) => k.name))];
  for (const name of key) {
    const c = f.conditions.find((x) => x.attribute === name);
    if (!f.whereNode || !Object.hasOwn(f.whereNode, name)) {
      ctx.problems.error([...f.path, "where"], `${an(f.kind)} needs a run-time "eq" on key attribute ${JSON.stringify(name)} of ${entity.name}`, rule);
    } else if (c && (c.operator !== "eq" || !c.runtime)) {
      const found = c.constant ? `a constant ${c.operator}` : JSON.stringify(c.operator);
      ctx.problems.error(c.path, `${an(f.kind)} takes a run-time "eq" on key attribute ${JSON.stringify(name)}, found ${found}`, rule);
    }
  }
  for (const name of f.whereNode ? Object.keys(f.whereNode) : []) {
    if (key.includes(name)) continue;
    ctx.problems.error([...f.path, "where", name], `${an(f.kind)} takes conditions on the key of ${entity.name} only (${key.join(", ")}); ${JSON.stringify(name)} is not part of it`, rule);
  }
}

function checkQuery(ctx: RuleContext, f: PatternFacts): void {
  let range: ParsedCondition | undefined;
  for (const c of f.conditions) {
    if (!c.runtime || !isRange(c.operator)) continue;
    if (range) {
      ctx.problems.error(c.path, `a query takes at most one run-time range condition; ${JSON.stringify(range.attribute)} already has ${range.operator}, so this one must be "eq" or a constant`, "R9");
    } else range = c;
  }
}

/** R10: with a run-time range condition, results are ordered by that attribute. */
function checkOrder(ctx: RuleContext, f: PatternFacts): void {
  if (f.orderBy === undefined) return;
  const range = f.conditions.find((c) => c.runtime && isRange(c.operator));
  if (range && range.attribute !== f.orderBy) {
    ctx.problems.error([...f.path, "order", "by"], `expected ${JSON.stringify(range.attribute)}, the attribute of the run-time range condition, found ${JSON.stringify(f.orderBy)}`, "R10");
  }
}

const isRead = (kind: PatternKind) => READ_KINDS.includes(kind);

/** Fields that only some kinds take: limit (query/scan), order (reads), consistency (R15). */
function checkApplicability(ctx: RuleContext, f: PatternFacts): void {
  if (Object.hasOwn(f.node, "limit") && f.kind !== "query" && f.kind !== "scan") {
    ctx.problems.error([...f.path, "limit"], `limit applies to query and scan, found on ${an(f.kind)}`);
  }
  if (obj(f.node, "order") && !isRead(f.kind)) {
    ctx.problems.error([...f.path, "order"], `order applies to reads (get, query, scan), found on ${an(f.kind)}`);
  }
  if (Object.hasOwn(f.node, "consistency") && !isRead(f.kind)) {
    ctx.problems.error([...f.path, "consistency"], `consistency applies to reads (get, query, scan), found on ${an(f.kind)}`, "R15");
  }
}

/** R13. */
function checkSetAdd(ctx: RuleContext, f: PatternFacts, entity: EntityInfo | undefined): void {
  const p = ctx.problems;
  if (f.kind !== "update") {
    for (const field of ["set", "add"] as const) {
      if (Object.hasOwn(f.node, field)) p.error([...f.path, field], `${field} applies only to update, found on ${an(f.kind)}`, "R13");
    }
    return;
  }
  const setLength = arr(f.node, "set")?.length ?? 0;
  const addLength = arr(f.node, "add")?.length ?? 0;
  if (setLength === 0 && addLength === 0) {
    const at = Object.hasOwn(f.node, "set") ? [...f.path, "set"] : Object.hasOwn(f.node, "add") ? [...f.path, "add"] : f.path;
    p.error(at, "an update needs a non-empty set or add (or both): the attributes it changes", "R13");
  }
  const keyNames = new Set(entity?.key.map((k) => k.name) ?? []);
  const inSet = new Set<string>();
  for (const field of ["set", "add"] as const) {
    const seen = new Set<string>();
    for (const { name, index } of strings(f.node, field)) {
      const at = [...f.path, field, index];
      if (seen.has(name)) p.error(at, `${JSON.stringify(name)} is listed twice in ${field}`, "R13");
      seen.add(name);
      if (field === "set") inSet.add(name);
      else if (inSet.has(name)) p.error(at, `${JSON.stringify(name)} is in both set and add; an update either replaces or adds to an attribute`, "R13");
      if (keyNames.has(name)) p.error(at, `${JSON.stringify(name)} is a key attribute of ${entity?.name ?? "the entity"}; an update cannot change the key`, "R13");
      const type = f.declared.get(name)?.[0]?.type;
      if (field === "add" && type !== undefined && type !== "number") {
        p.error(at, `add changes numbers by a signed amount; ${JSON.stringify(name)} is ${typed(type)} attribute`, "R13");
      }
    }
  }
}

/** R14. */
function checkCondition(ctx: RuleContext, f: PatternFacts, entity: EntityInfo | undefined): void {
  const condition = str(f.node, "condition");
  if (condition === undefined) return;
  const at = [...f.path, "condition"];
  const bad = (expected: string) => ctx.problems.error(at, `${an(f.kind)} takes ${expected}, found ${describe(condition)}`, "R14");
  if (isRead(f.kind)) {
    ctx.problems.error(at, `reads take no condition, found ${describe(condition)} on ${an(f.kind)}`, "R14");
  } else if (f.kind === "put") {
    if (condition !== "notExists") bad('condition "notExists"');
  } else if (f.kind === "update" && condition !== "version" && condition !== "nonNegative") {
    bad('condition "version" or "nonNegative"');
  } else if (f.kind === "delete" && condition !== "version") {
    bad('condition "version"');
  } else if (condition === "version" && entity) {
    const version = entity.attributes.get("version");
    if (!version) ctx.problems.error(at, `condition "version" needs a number attribute named "version" on ${entity.name}, which has none`, "R14");
    else if (version.type !== undefined && version.type !== "number") {
      ctx.problems.error(at, `condition "version" needs a number attribute named "version" on ${entity.name}; it is ${typed(version.type)} attribute`, "R14");
    }
  } else if (condition === "nonNegative" && !((arr(f.node, "add")?.length ?? 0) > 0)) {
    ctx.problems.error(at, 'condition "nonNegative" needs add: it keeps the added numbers from going below 0', "R14");
  }
}
