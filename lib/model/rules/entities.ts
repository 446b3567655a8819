/** Rules on entities and their attributes: R2 (names), R3 (key), R4 (refs), R5 (modifiers), gen. */
import { KEY_ATTRIBUTE_TYPES, type AttributeType, type Generator } from "../types";
import { describe } from "../values";
import { arr, isAttributeType, num, objects, own, str, typed, type EntityInfo, type Node, type RuleContext } from "./context";

export function checkEntities(ctx: RuleContext): void {
  const firstByName = new Map<string, number>();
  for (const entity of ctx.entityList) {
    const name = str(entity.node, "name");
    const index = entity.path[1] as number;
    if (name !== undefined) {
      const first = firstByName.get(name);
      if (first === undefined) firstByName.set(name, index);
      else ctx.problems.error([...entity.path, "name"], `entity name ${JSON.stringify(name)} is already used by entities[${first}]`, "R2");
    }
    checkAttributeNames(ctx, entity);
    checkKey(ctx, entity);
    for (const a of objects(entity.node, "attributes")) checkAttribute(ctx, a.node, [...entity.path, "attributes", a.index]);
  }
}

function checkAttributeNames(ctx: RuleContext, entity: EntityInfo): void {
  const first = new Map<string, number>();
  for (const a of objects(entity.node, "attributes")) {
    const name = str(a.node, "name");
    if (name === undefined) continue;
    const seen = first.get(name);
    if (seen === undefined) first.set(name, a.index);
    else ctx.problems.error([...entity.path, "attributes", a.index, "name"], `attribute name ${JSON.stringify(name)} is already used by attributes[${seen}] of this entity`, "R2");
  }
}

const KEY_TYPES: readonly string[] = KEY_ATTRIBUTE_TYPES;

function checkKey(ctx: RuleContext, entity: EntityInfo): void {
  const seen = new Set<string>();
  const who = entity.name ? `entity ${entity.name}` : "this entity";
  for (const { name, index } of entity.key) {
    const at = [...entity.path, "key", index];
    if (seen.has(name)) {
      ctx.problems.error(at, `key attribute ${JSON.stringify(name)} is listed twice; key attributes must be distinct`, "R3");
      continue;
    }
    seen.add(name);
    const attribute = entity.attributes.get(name);
    if (!attribute) {
      ctx.problems.error(at, `expected an attribute of ${who}, found ${JSON.stringify(name)}, which is not declared in its attributes`, "R3");
      continue;
    }
    if (attribute.type !== undefined && !KEY_TYPES.includes(attribute.type)) {
      ctx.problems.error(at, `key attribute ${JSON.stringify(name)} has type ${attribute.type}; expected one of ${KEY_TYPES.join(", ")}`, "R3");
    }
    if (own(attribute.node, "optional") === true) {
      ctx.problems.error([...attribute.path, "optional"], `key attribute ${JSON.stringify(name)} cannot be optional: every item has its whole key`, "R3");
    }
    if (own(attribute.node, "unique") === true) {
      ctx.problems.error([...attribute.path, "unique"], `key attribute ${JSON.stringify(name)} cannot be marked unique: a key is unique already`, "R3");
    }
  }
}

const SIZED: ReadonlyArray<AttributeType> = ["string", "binary", "list", "map", "stringSet", "numberSet"];

const GEN_BY_TYPE: Partial<Record<AttributeType, ReadonlyArray<Generator>>> = {
  string: ["uuid", "ulid", "email", "name", "word", "text", "enum"],
  number: ["int", "money"],
  datetime: ["datetime"],
};

function checkAttribute(ctx: RuleContext, node: Node, path: ReadonlyArray<string | number>): void {
  const p = ctx.problems;
  const t = own(node, "type");
  if (!isAttributeType(t)) return; // reported by the schema

  const values = arr(node, "values");
  if (values !== undefined) {
    if (t !== "string") p.error([...path, "values"], `values are only allowed on string attributes, found on ${typed(t)} attribute`, "R5");
    else if (values.length === 0) p.error([...path, "values"], "expected a non-empty list of values, found an empty array", "R5");
    else {
      const seen = new Set<unknown>();
      values.forEach((v, i) => {
        if (seen.has(v)) p.error([...path, "values", i], `value ${describe(v)} is listed twice; values must be distinct`, "R5");
        seen.add(v);
      });
    }
  }
  const min = num(node, "min");
  const max = num(node, "max");
  for (const field of ["min", "max"] as const) {
    if (Object.hasOwn(node, field) && t !== "number") p.error([...path, field], `${field} is only allowed on number attributes, found on ${typed(t)} attribute`, "R5");
  }
  if (t === "number" && min !== undefined && max !== undefined && min > max) {
    p.error([...path, "min"], `expected min <= max, found min ${min} greater than max ${max}`, "R5");
  }
  if (Object.hasOwn(node, "size") && !SIZED.includes(t)) {
    p.error([...path, "size"], `size applies to ${SIZED.join(", ")} attributes, found on ${typed(t)} attribute`, "R5");
  }
  checkGen(ctx, node, path, t);
  checkRef(ctx, node, path, t);
}

function checkGen(ctx: RuleContext, node: Node, path: ReadonlyArray<string | number>, t: AttributeType): void {
  const gen = str(node, "gen");
  if (gen === undefined) return;
  const fitting = GEN_BY_TYPE[t] ?? [];
  if (!(fitting as readonly string[]).includes(gen)) {
    const expected = fitting.length ? `one of ${fitting.join(", ")}` : "no gen (none applies to this type)";
    ctx.problems.error([...path, "gen"], `gen ${JSON.stringify(gen)} does not fit ${typed(t)} attribute; expected ${expected}`);
  } else if (gen === "enum" && arr(node, "values") === undefined) {
    ctx.problems.error([...path, "gen"], 'gen "enum" picks from values, but this attribute has no values');
  }
}

function checkRef(ctx: RuleContext, node: Node, path: ReadonlyArray<string | number>, t: AttributeType): void {
  const ref = str(node, "ref");
  if (ref === undefined) return;
  const at = [...path, "ref"];
  const target = ctx.entities.get(ref);
  if (!target) {
    ctx.problems.error(at, `expected the name of an entity, found ${JSON.stringify(ref)}, which is not an entity of this model`, "R4");
    return;
  }
  if (target.key.length !== 1) {
    ctx.problems.error(at, `a ref must name an entity whose key is a single attribute; ${ref} has a key of ${target.key.length} attributes`, "R4");
    return;
  }
  const keyName = target.key[0]?.name ?? "";
  const keyType = target.attributes.get(keyName)?.type;
  if (keyType !== undefined && keyType !== t) {
    ctx.problems.error(at, `expected the type of ${ref}'s key ${JSON.stringify(keyName)} (${keyType}), found ${typed(t)} attribute`, "R4");
  }
}
