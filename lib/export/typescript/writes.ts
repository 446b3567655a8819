/**
 * Write functions of the generated module: for every put, update and delete pattern, a
 * request builder whose output equals lib/design's buildWriteRequest (the same conditions,
 * placeholders, uniqueness items and index-key rewrites, in the same order), and an async
 * function that sends it and turns a failed condition into an error class naming why.
 */
import type { AccessPatternDesign } from "../../design";
import { indexTemplates } from "../../design/writes";
import { templateAttributes } from "../../design/template";
import type { Ctx } from "./context";
import { entityFacts, namesOf } from "./context";
import { comment, keyOf, tsType, upperFirst } from "./names";

/** claim/release of uniqueness items (write-requests.ts), with this table's names. */
export function uniquenessHelpers(ctx: Ctx): string {
  const { table, ownerAttribute } = ctx.layout;
  const pk = JSON.stringify(table.pk.name), owner = JSON.stringify(ownerAttribute);
  const sk = table.sk ? JSON.stringify(table.sk.name) : undefined;
  return [
    "/** Puts a uniqueness item only if no other item holds the value (or, re-putting, this one does). */",
    "function claim(u: PhysicalItem, owner: string, reput: boolean, tableName: string): PutRequest {",
    "  const x = new Expression();",
    `  const cond = "attribute_not_exists(" + x.name(${pk}) + ")";`,
    `  return { TableName: tableName, Item: u, ...x.parts([reput ? "(" + cond + " OR " + x.name(${owner}) + " = " + x.value(owner) + ")" : cond]) };`,
    "}",
    "",
    "/** Deletes a uniqueness item only while this item still holds it. */",
    "function release(u: PhysicalItem, owner: string, tableName: string): DeleteRequest {",
    "  const x = new Expression();",
    `  const Key: Record<string, unknown> = { ${pk}: u[${pk}]${sk ? `, ${sk}: u[${sk}]` : ""} };`,
    `  return { TableName: tableName, Key, ...x.parts([x.name(${owner}) + " = " + x.value(owner)]) };`,
    "}",
  ].join("\n");
}

interface WriteShape {
  versioned: boolean;
  set: string[];
  add: string[];
  cas: string[];
  touched: string[];
  moved: string[];
  needsPrevious: boolean;
}

function shapeOf(ctx: Ctx, p: AccessPatternDesign): WriteShape {
  const entity = p.entities[0] ?? "";
  const e = entityFacts(ctx, entity);
  const versioned = p.pattern.condition === "version";
  const set = p.pattern.set ?? [], add = p.pattern.add ?? [];
  const changed = new Set([...set, ...add]);
  const touchedT = p.kind === "update" ? indexTemplates(ctx.layout, entity).filter((t) => [...templateAttributes(t)].some((a) => changed.has(a))) : [];
  const inKeys = new Set(touchedT.flatMap((t) => [...templateAttributes(t)]));
  const cas = add.filter((a) => inKeys.has(a));
  const moved = p.kind === "update" ? set.filter((a) => e.uniqueAttrs.includes(a)) : [];
  const needsPrevious = p.kind === "update" ? touchedT.length > 0 || cas.length > 0 || moved.length > 0 : p.kind === "delete" && e.uniqueAttrs.length > 0;
  return { versioned, set, add, cas, touched: touchedT.map((t) => t.index ?? ""), moved, needsPrevious };
}

function inputType(ctx: Ctx, p: AccessPatternDesign, shape: WriteShape): string {
  const e = entityFacts(ctx, p.entities[0] ?? "");
  const n = namesOf(ctx, e.name);
  if (p.kind === "put") return `{ item: ${n.type} }`;
  const fields = [`key: ${n.keyType}`];
  const setAttrs = shape.set.filter((a) => !(shape.versioned && a === "version"));
  const attr = (a: string) => e.attrs.get(a)?.attribute;
  if (p.kind === "update" && setAttrs.length) fields.push(`set: { ${setAttrs.map((a) => { const x = attr(a); return `${keyOf(a)}: ${x ? tsType(x) : "unknown"}`; }).join("; ")} }`);
  if (p.kind === "update" && shape.add.length) fields.push(`add: { ${shape.add.map((a) => `${keyOf(a)}: number`).join("; ")} }`);
  if (shape.versioned) fields.push("expectedVersion: number");
  if (shape.needsPrevious) fields.push(`previous: ${n.type}`);
  return `{ ${fields.join("; ")} }`;
}

const q = JSON.stringify;

function putBody(ctx: Ctx, p: AccessPatternDesign): string[] {
  const e = entityFacts(ctx, p.entities[0] ?? "");
  const n = namesOf(ctx, e.name);
  const create = p.pattern.condition === "notExists";
  const pk = q(ctx.layout.table.pk.name);
  const out = [
    "  const x = new Expression();",
    `  const Item = { ...copy(input.item), ...${n.keys}(input.item) };`,
    `  const put: PutRequest = { TableName: tableName, Item, ...x.parts([${create ? `"attribute_not_exists(" + x.name(${pk}) + ")"` : ""}]) };`,
    `  const entity: Role = { kind: "entity", create: ${create}, versioned: false, deltas: {} };`,
  ];
  if (e.uniqueAttrs.length === 0) return [...out, '  return { request: { operation: "PutItem", ...put }, roles: [entity] };'];
  return [
    ...out,
    `  const uniques = ${n.uniqueness}(input.item);`,
    '  if (uniques.size === 0) return { request: { operation: "PutItem", ...put }, roles: [entity] };',
    `  const owner = ${n.owner}(input.item);`,
    "  return {",
    `    request: { operation: "TransactWriteItems", TransactItems: [{ Put: put }, ...[...uniques.values()].map((u) => ({ Put: claim(u, owner, ${!create}, tableName) }))] },`,
    '    roles: [entity, ...[...uniques.keys()].map((attribute): Role => ({ kind: "claim", attribute }))],',
    "  };",
  ];
}

function deleteBody(ctx: Ctx, p: AccessPatternDesign, shape: WriteShape): string[] {
  const e = entityFacts(ctx, p.entities[0] ?? "");
  const n = namesOf(ctx, e.name);
  const out = [
    "  const x = new Expression();",
    `  const del: DeleteRequest = { TableName: tableName, Key: ${n.tableKey}(input.key), ...x.parts([${shape.versioned ? 'x.name("version") + " = " + x.value(input.expectedVersion)' : ""}]) };`,
    `  const entity: Role = { kind: "entity", create: false, versioned: ${shape.versioned}, deltas: {} };`,
  ];
  if (e.uniqueAttrs.length === 0) return [...out, '  return { request: { operation: "DeleteItem", ...del }, roles: [entity] };'];
  return [
    ...out,
    `  const owner = ${n.owner}(input.previous);`,
    `  const uniques = [...${n.uniqueness}(input.previous)];`,
    "  return {",
    '    request: { operation: "TransactWriteItems", TransactItems: [{ Delete: del }, ...uniques.map(([, u]) => ({ Delete: release(u, owner, tableName) }))] },',
    '    roles: [entity, ...uniques.map(([attribute]): Role => ({ kind: "release", attribute }))],',
    "  };",
  ];
}

function updateBody(ctx: Ctx, p: AccessPatternDesign, shape: WriteShape): string[] {
  const e = entityFacts(ctx, p.entities[0] ?? "");
  const n = namesOf(ctx, e.name);
  const { layout } = ctx;
  const nonNegative = p.pattern.condition === "nonNegative";
  const hasSet = shape.set.some((a) => !(shape.versioned && a === "version"));
  const out = [
    `  const item: Record<string, unknown> = { ...copy(input.key)${hasSet ? ", ...copy(input.set)" : ""} };`,
    "  const x = new Expression();",
    "  const sets: string[] = [], adds: string[] = [], removes: string[] = [], conditions: string[] = [];",
    `  const next: Record<string, unknown> = { ...copy(${shape.needsPrevious ? "input.previous" : "{}"}), ...item };`,
    "  const deltas: Record<string, number> = {};",
  ];
  for (const a of shape.set) if (!(shape.versioned && a === "version")) out.push(`  sets.push(x.name(${q(a)}) + " = " + x.value(own(item, ${q(a)})));`);
  for (const a of shape.add) {
    out.push("  {", `    const delta = (own(input.add, ${q(a)}) as number | undefined) ?? 0;`, `    setOwn(deltas, ${q(a)}, delta);`);
    if (shape.cas.includes(a)) {
      // An added number inside an index key: write the new value, on condition the old one holds.
      out.push(`    const had = own(input.previous, ${q(a)});`, "    const old = Number(had ?? 0);", "    const now = old + delta;");
      if (nonNegative) out.push(`    if (now < 0) throw new BelowZeroError(${q(p.id)}, ${q(a)});`);
      out.push(`    setOwn(next, ${q(a)}, now);`, `    sets.push(x.name(${q(a)}) + " = " + x.value(now));`);
      // Read without the (optional) number: start from 0 while it is still absent (write-requests.ts).
      out.push(`    conditions.push(had === undefined ? "attribute_exists(" + x.name(${q(ctx.layout.table.pk.name)}) + ") AND attribute_not_exists(" + x.name(${q(a)}) + ")" : x.name(${q(a)}) + " = " + x.value(old));`);
    } else {
      out.push(`    adds.push(x.name(${q(a)}) + " " + x.value(delta));`);
      // Only a debit is guarded (write-requests.ts): a credit on an absent number is 0 + delta.
      if (nonNegative) out.push(`    if (delta < 0) conditions.push(x.name(${q(a)}) + " >= " + x.value(-delta));`);
    }
    out.push("  }");
  }
  if (shape.versioned) {
    out.push('  sets.push(x.name("version") + " = " + x.name("version") + " + " + x.value(1));');
    out.push('  conditions.unshift(x.name("version") + " = " + x.value(input.expectedVersion));');
  }
  for (const index of shape.touched) {
    const schema = layout.indexes.find((s) => s.name === index);
    const fn = n.indexKey.get(index);
    if (!schema || !fn) continue;
    out.push("  {", `    const keys = ${fn}(next as unknown as ${n.type});`, "    if (keys) {", `      sets.push(x.name(${q(schema.pk.name)}) + " = " + x.value(keys[${q(schema.pk.name)}]));`);
    if (schema.sk) out.push(`      if (keys[${q(schema.sk.name)}] !== undefined) sets.push(x.name(${q(schema.sk.name)}) + " = " + x.value(keys[${q(schema.sk.name)}]));`);
    out.push(`    } else removes.push(${[schema.pk.name, ...(schema.sk ? [schema.sk.name] : [])].map((k) => `x.name(${q(k)})`).join(", ")});`, "  }");
  }
  out.push(`  if (conditions.length === 0) conditions.push("attribute_exists(" + x.name(${q(layout.table.pk.name)}) + ")");`);
  out.push('  const UpdateExpression = [sets.length ? "SET " + sets.join(", ") : "", adds.length ? "ADD " + adds.join(", ") : "", removes.length ? "REMOVE " + removes.join(", ") : ""].filter(Boolean).join(" ");');
  out.push(`  const update: UpdateRequest = { TableName: tableName, Key: ${n.tableKey}(item as unknown as ${n.keyType}), UpdateExpression, ...x.parts(conditions) };`);
  out.push(`  const roles: Role[] = [{ kind: "entity", create: false, versioned: ${shape.versioned}, deltas }];`);
  if (shape.moved.length === 0) return [...out, '  return { request: { operation: "UpdateItem", ...update }, roles };'];
  // A unique value that changes moves its uniqueness item in the same transaction.
  out.push(`  const owner = ${n.owner}(input.previous);`);
  out.push("  const items: Array<{ Put?: PutRequest; Update?: UpdateRequest; Delete?: DeleteRequest }> = [{ Update: update }];");
  out.push(`  const before = ${n.uniqueness}(input.previous), after = ${n.uniqueness}(next as unknown as ${n.type});`);
  for (const a of shape.moved) {
    out.push("  {", `    const oldItem = before.get(${q(a)}), newItem = after.get(${q(a)});`);
    out.push(`    if (!(oldItem && newItem && oldItem[${q(layout.table.pk.name)}] === newItem[${q(layout.table.pk.name)}])) {`);
    out.push(`      if (oldItem) { items.push({ Delete: release(oldItem, owner, tableName) }); roles.push({ kind: "release", attribute: ${q(a)} }); }`);
    out.push(`      if (newItem) { items.push({ Put: claim(newItem, owner, false, tableName) }); roles.push({ kind: "claim", attribute: ${q(a)} }); }`);
    out.push("    }", "  }");
  }
  out.push('  return items.length === 1 ? { request: { operation: "UpdateItem", ...update }, roles: roles.slice(0, 1) } : { request: { operation: "TransactWriteItems", TransactItems: items }, roles };');
  return out;
}

export interface WriteNames {
  fn: string;
  request: string;
  input: string;
}

export function writePattern(ctx: Ctx, p: AccessPatternDesign): { names: WriteNames; code: string } {
  const base = p.id.replace(/[^A-Za-z0-9_]/g, "_");
  const names: WriteNames = { fn: ctx.names.take(base), request: ctx.names.take(`${base}Request`), input: ctx.names.take(`${upperFirst(base)}Input`) };
  const plan = ctx.names.take(`${base}Plan`);
  const shape = shapeOf(ctx, p);
  const body = p.kind === "put" ? putBody(ctx, p) : p.kind === "delete" ? deleteBody(ctx, p, shape) : updateBody(ctx, p, shape);
  const out = [
    `/** Input of ${p.id}${shape.needsPrevious ? "; `previous` is the item as read (to re-render index keys or move unique values)" : ""}. */`,
    `export type ${names.input} = ${inputType(ctx, p, shape)};`,
    "",
    `function ${plan}(input: ${names.input}, tableName: string): { request: WriteRequest; roles: Role[] } {`,
    ...body,
    "}",
    "",
    `/** The exact write request of ${p.id}. */`,
    `export function ${names.request}(input: ${names.input}, tableName: string = TABLE_NAME): WriteRequest {`,
    `  return ${plan}(input, tableName).request;`,
    "}",
    "",
    `/**\n * ${comment(`${p.id}: ${p.pattern.name}`)}\n *\n * ${comment(p.explanation)}\n */`,
    `export async function ${names.fn}(db: Db, input: ${names.input}): Promise<void> {`,
    `  const { request, roles } = ${plan}(input, db.tableName ?? TABLE_NAME);`,
    `  await sendWrite(db, ${q(p.id)}, request, roles);`,
    "}",
  ];
  return { names, code: out.join("\n") };
}
