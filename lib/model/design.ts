/**
 * References inside a pinned design (docs/design-format.md): index names and limits, key
 * attribute names (never an entity attribute's name), and per-entity key templates.
 * This checks that the design is well-formed and addresses every item; whether it serves
 * the access patterns is the design engine's business.
 */
import type { Path } from "./path";
import { arr, obj, objects, own, str, strings, type EntityInfo, type Node, type RuleContext } from "./rules/context";
import { checkConditionTypes, parseWhere } from "./rules/where";
import { parseKeyTemplate, templateAttributes } from "./template";

const MAX_GLOBAL_INDEXES = 20;
const MAX_LOCAL_INDEXES = 5;

interface KeySchema {
  /** null for the table. */
  name: string | null;
  path: Path;
  partitionKey: string | undefined;
  sortKey: string | undefined;
  /** A sortKey definition is present (even one whose name is malformed). */
  hasSortKey: boolean;
  /** The index type ("global" or "local"); undefined for the table. */
  kind?: string;
}

export function checkDesign(ctx: RuleContext): void {
  const design = obj(ctx.root, "design");
  if (!design) return;
  const schemas = checkKeySchemas(ctx, design);
  checkEntityTemplates(ctx, design, schemas);
  checkEngineNames(ctx, design, schemas);
}

/** `typeAttribute` and `ownerAttribute` are physical names too: never an entity attribute or a key name. */
function checkEngineNames(ctx: RuleContext, design: Node, schemas: Map<string | null, KeySchema>): void {
  const keyNames = new Set([...schemas.values()].flatMap((k) => [k.partitionKey, k.sortKey]).filter((n): n is string => n !== undefined));
  const seen = new Map<string, string>();
  for (const field of ["typeAttribute", "ownerAttribute"] as const) {
    const name = str(design, field);
    if (name === undefined) continue;
    const at: Path = ["design", field];
    const owner = ctx.entityList.find((e) => e.attributes.has(name));
    if (owner) ctx.problems.error(at, `${field} ${JSON.stringify(name)} collides with attribute ${JSON.stringify(name)} of entity ${owner.name}; pick another name`);
    else if (keyNames.has(name)) ctx.problems.error(at, `${field} ${JSON.stringify(name)} is already a key attribute of the design; pick another name`);
    else if (seen.has(name)) ctx.problems.error(at, `${field} ${JSON.stringify(name)} is already the ${seen.get(name) ?? ""}; pick another name`);
    seen.set(name, field);
  }
}

function checkKeySchemas(ctx: RuleContext, design: Node): Map<string | null, KeySchema> {
  const p = ctx.problems;
  const schemas = new Map<string | null, KeySchema>();
  const definitions = new Map<string, { type: unknown; path: Path }>();
  const define = (owner: Node, field: string, path: Path): string | undefined => {
    const def = obj(owner, field);
    const name = def ? str(def, "name") : undefined;
    if (!def || name === undefined) return undefined;
    for (const e of ctx.entityList) {
      if (e.attributes.has(name)) {
        p.error([...path, field, "name"], `physical key name ${JSON.stringify(name)} collides with attribute ${JSON.stringify(name)} of entity ${e.name}; pick another name`);
        break;
      }
    }
    const type = own(def, "type");
    const first = definitions.get(name);
    if (!first) definitions.set(name, { type, path: [...path, field] });
    else if (first.type !== type && typeof type === "string" && typeof first.type === "string") {
      p.error([...path, field, "type"], `key attribute ${JSON.stringify(name)} has type ${first.type} elsewhere; one attribute has one type, found ${type}`);
    }
    return name;
  };
  const schemaOf = (owner: Node, path: Path, name: string | null): KeySchema => {
    const partitionKey = define(owner, "partitionKey", path);
    const sortKey = define(owner, "sortKey", path);
    if (partitionKey !== undefined && partitionKey === sortKey) {
      p.error([...path, "sortKey", "name"], `the sort key must differ from the partition key, found ${JSON.stringify(sortKey)} for both`);
    }
    return { name, path, partitionKey, sortKey, hasSortKey: obj(owner, "sortKey") !== undefined };
  };

  const table = obj(design, "table");
  const tableSchema = table ? schemaOf(table, ["design", "table"], null) : undefined;
  if (tableSchema) schemas.set(null, tableSchema);

  let globals = 0, locals = 0;
  for (const { node, index } of objects(design, "indexes")) {
    const path: Path = ["design", "indexes", index];
    const name = str(node, "name");
    const schema = { ...schemaOf(node, path, name ?? ""), kind: str(node, "type") };
    if (name !== undefined) {
      if (schemas.has(name)) p.error([...path, "name"], `index name ${JSON.stringify(name)} is already used`);
      else schemas.set(name, schema);
    }
    const type = str(node, "type");
    if (type === "global") globals++;
    if (type === "local") {
      locals++;
      checkLocalIndex(ctx, node, path, table, schema, tableSchema);
    }
    const projection = own(node, "projection");
    if (projection && typeof projection === "object" && !Array.isArray(projection)) checkInclude(ctx, projection as Node, [...path, "projection"]);
  }
  if (globals > MAX_GLOBAL_INDEXES) p.error(["design", "indexes"], `expected at most ${MAX_GLOBAL_INDEXES} global secondary indexes, found ${globals}`);
  if (locals > MAX_LOCAL_INDEXES) p.error(["design", "indexes"], `expected at most ${MAX_LOCAL_INDEXES} local secondary indexes, found ${locals}`);
  return schemas;
}

/** An LSI keeps the table's partition key and adds another sort key. */
function checkLocalIndex(ctx: RuleContext, node: Node, path: Path, table: Node | undefined, schema: KeySchema, tableSchema: KeySchema | undefined): void {
  if (!table || !tableSchema) return;
  const mine = obj(node, "partitionKey");
  const base = obj(table, "partitionKey");
  if (mine && base && (str(mine, "name") !== str(base, "name") || str(mine, "type") !== str(base, "type"))) {
    ctx.problems.error([...path, "partitionKey"], `a local index has the table's partition key (${str(base, "name") ?? "?"}, ${str(base, "type") ?? "?"}), found (${str(mine, "name") ?? "?"}, ${str(mine, "type") ?? "?"})`);
  }
  if (!schema.hasSortKey) ctx.problems.error([...path, "sortKey"], "a local index needs a sort key");
  if (!tableSchema.hasSortKey) ctx.problems.error(path, "a local index needs a table with a sort key");
}

function checkInclude(ctx: RuleContext, projection: Node, path: Path): void {
  const include = arr(projection, "include");
  if (!include) return;
  if (include.length === 0) ctx.problems.error([...path, "include"], 'expected at least one attribute to include (or "KEYS_ONLY"), found an empty array');
  const seen = new Set<unknown>();
  include.forEach((v, i) => {
    if (seen.has(v)) ctx.problems.error([...path, "include", i], `${JSON.stringify(v)} is listed twice`);
    seen.add(v);
  });
}

function checkEntityTemplates(ctx: RuleContext, design: Node, schemas: Map<string | null, KeySchema>): void {
  const p = ctx.problems;
  const covered = new Set<string>();
  for (const { node, index } of objects(design, "entities")) {
    const path: Path = ["design", "entities", index];
    const name = str(node, "entity");
    if (name === undefined) continue;
    const entity = ctx.entities.get(name);
    if (!entity) {
      p.error([...path, "entity"], `expected the name of an entity, found ${JSON.stringify(name)}, which is not an entity of this model`);
      continue;
    }
    if (covered.has(name)) {
      p.error([...path, "entity"], `entity ${name} already has key templates in this design`);
      continue;
    }
    covered.add(name);
    checkKeys(ctx, node, path, entity, schemas);
  }
  if (arr(design, "entities") && schemas.has(null)) {
    for (const e of ctx.entities.values()) {
      if (!covered.has(e.name)) p.error(["design", "entities"], `entity ${e.name} has no key templates in the pinned design`);
    }
  }
}

function checkKeys(ctx: RuleContext, node: Node, path: Path, entity: EntityInfo, schemas: Map<string | null, KeySchema>): void {
  const p = ctx.problems;
  const seen = new Set<string | null>();
  for (const { node: keys, index } of objects(node, "keys")) {
    const at: Path = [...path, "keys", index];
    const raw = own(keys, "index");
    if (raw !== null && typeof raw !== "string") continue;
    const schema = schemas.get(raw);
    if (!schema) {
      if (raw !== null) p.error([...at, "index"], `expected null (the table) or the name of a declared index, found ${JSON.stringify(raw)}`);
      continue;
    }
    if (seen.has(raw)) {
      p.error([...at, "index"], `${entity.name} already has templates for ${raw === null ? "the table" : raw}`);
      continue;
    }
    seen.add(raw);
    const where = raw === null ? "the table" : `index ${raw}`;
    const placed: string[] = [];
    for (const field of ["partitionKey", "sortKey"] as const) {
      const template = str(keys, field);
      if (field === "sortKey" && template !== undefined && !schema.hasSortKey) {
        p.error([...at, field], `${where} has no sort key, so a sortKey template has nothing to fill`);
        continue;
      }
      if (field === "sortKey" && template === undefined && schema.hasSortKey) {
        p.error([...at, field], `${where} has a sort key${schema.sortKey ? ` (${schema.sortKey})` : ""}: a sortKey template is required`);
        continue;
      }
      if (template !== undefined) placed.push(...checkTemplate(ctx, template, [...at, field], entity));
    }
    if (raw === null) {
      const missing = entity.key.map((k) => k.name).filter((k) => !placed.includes(k));
      if (missing.length) p.error(at, `the table key templates must contain every key attribute of ${entity.name}, so each item can be addressed; missing ${missing.map((m) => `{${m}}`).join(", ")}`);
    }
    checkEngineFields(ctx, keys, at, entity, schema);
  }
  if (!seen.has(null)) p.error([...path, "keys"], `${entity.name} has no table key templates (index null): every item needs one`);
}

/** The placeholders of a valid template; reports malformed braces and unknown attributes. */
function checkTemplate(ctx: RuleContext, template: string, at: Path, entity: EntityInfo): string[] {
  if (template === "") {
    ctx.problems.error(at, "a key template cannot be empty: DynamoDB key values are never empty");
    return [];
  }
  const parsed = parseKeyTemplate(template);
  if (!parsed.ok) {
    ctx.problems.error(at, `malformed key template: ${parsed.message}`);
    return [];
  }
  const names = templateAttributes(parsed.parts);
  for (const name of names) {
    if (!entity.attributes.has(name)) ctx.problems.error(at, `placeholder {${name}} is not an attribute of ${entity.name}`);
  }
  return names;
}

/**
 * The design engine's fields on key templates (docs/design-format.md): a sparse `when`
 * (indexes only; constants and exists/notExists on the entity's attributes), `shards`
 * (global indexes only) and `reverse` (placeholders of the sort key).
 */
function checkEngineFields(ctx: RuleContext, keys: Node, at: Path, entity: EntityInfo, schema: KeySchema): void {
  const p = ctx.problems;
  const when = obj(keys, "when");
  if (when) {
    if (schema.name === null) p.error([...at, "when"], "the table holds every item: a sparse condition (when) applies to indexes only");
    else {
      for (const c of parseWhere(ctx, when, [...at, "when"])) {
        const attribute = entity.attributes.get(c.attribute);
        if (!attribute) p.error(c.path, `${JSON.stringify(c.attribute)} is not an attribute of ${entity.name}`);
        else if (c.runtime) p.error(c.path, `a sparse condition is fixed at design time: write a constant like {"${c.operator}": value}, or exists/notExists; found ${JSON.stringify(c.operator)}`);
        else checkConditionTypes(ctx, c, [attribute]);
      }
    }
  }
  if (own(keys, "shards") !== undefined && schema.kind !== "global") {
    p.error([...at, "shards"], `write sharding applies to global indexes only; ${schema.name === null ? "the table's keys address single items" : `${schema.name} is a local index`}`);
  }
  const sortTemplate = str(keys, "sortKey");
  const parsed = sortTemplate !== undefined ? parseKeyTemplate(sortTemplate) : undefined;
  const inSort = parsed?.ok ? templateAttributes(parsed.parts) : [];
  for (const { name, index } of strings(keys, "reverse")) {
    if (!inSort.includes(name)) p.error([...at, "reverse", index], `${JSON.stringify(name)} is not a placeholder of the sort key, so it cannot be written reversed`);
  }
}
