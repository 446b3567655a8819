/**
 * Read functions of the generated module: for every served get, query and scan pattern, a
 * request builder that returns exactly what lib/design's buildReadRequests returns (the
 * same keys, conditions, filters and shards), and an async function that sends it, follows
 * pages, merges shards and returns typed items with a cursor.
 */
import type { AccessPatternDesign, BoundPart, ReadPlan } from "../../design";
import { buildReadRequests } from "../../design";
import { sortShape } from "../../design/keycond";
import { base64ToBytes } from "../../design/encode";
import type { EntityFacts } from "../../design/facts";
import { describeCondition, whereEntries, type AttributeType } from "../../model";
import type { Ctx } from "./context";
import { entityFacts, namesOf, schemaOf } from "./context";
import { constantPart } from "./keys";
import { comment, keyOf, literal, prop, tsType, upperFirst } from "./names";

export interface ReadNames {
  fn: string;
  requests: string;
  params: string;
  item?: string;
}

/** A model-terms constant as a value literal (binary constants are base64 in the model). */
function constantLiteral(type: AttributeType, v: unknown): string {
  return type === "binary" && typeof v === "string" ? literal(base64ToBytes(v)) : literal(v);
}

function encoderOf(type: AttributeType): string {
  return `encode.${type === "boolean" || type === "number" || type === "binary" || type === "datetime" ? type : "string"}`;
}

/** Rendered bound parts (keycond.ts renderBound): literals, parameters, constants encoded now. */
function boundExpression(e: EntityFacts, parts: BoundPart[]): string {
  const pieces = parts.map((p) => {
    if ("literal" in p) return JSON.stringify(p.literal);
    const type = e.attrs.get(p.attribute)?.type ?? "string";
    if (!p.param) return JSON.stringify(constantPart(type, p.constant, p.reversed) ?? "");
    const encoded = `${encoderOf(type)}(${prop("params", p.attribute)})`;
    return p.reversed ? `reverseEncoded(${encoded})` : encoded;
  });
  return pieces.length ? pieces.join(" + ") : '""';
}

/** A native N/B key of one bound part (keycond.ts nativeBound). */
function nativeExpression(e: EntityFacts, parts: BoundPart[]): string {
  const only = parts[0];
  if (parts.length !== 1 || !only || "literal" in only) return "undefined as never";
  const type = e.attrs.get(only.attribute)?.type ?? "string";
  return only.param ? prop("params", only.attribute) : constantLiteral(type, only.constant);
}

/** Code that sets `sort` to the sort-key values, or returns [] for a provably empty range (keycond.ts sortValues). */
function sortCode(e: EntityFacts, plan: ReadPlan): string[] {
  const sort = plan.sort;
  const native = plan.sortType !== null && plan.sortType !== "S";
  if (sort.kind === "none") return ["  const sort: Record<string, KeyValue> = {};"];
  if (sort.kind === "eq") return [`  const sort: Record<string, KeyValue> = { ":sk": ${native ? nativeExpression(e, sort.value) : boundExpression(e, sort.value)} };`];
  if (sort.kind === "beginsWith") return [`  const sort: Record<string, KeyValue> = { ":prefix": ${boundExpression(e, sort.prefix)} };`];
  const type = e.attrs.get(sort.attribute)?.type ?? "string";
  const raw = sort.param ? prop("params", sort.attribute) : constantLiteral(type, sort.constant);
  const enc = (v: string) => `${encoderOf(type)}(${v})`;
  const out = [`  const raw = ${raw};`];
  if (native) {
    if (sort.operator === "beginsWith") return [...out, '  const sort: Record<string, KeyValue> = { ":prefix": raw };'];
    if (sort.operator === "between") {
      return [...out, "  const [lo, hi] = raw;", "  if (compareKeyValues(lo, hi) > 0) return [];", '  const sort: Record<string, KeyValue> = { ":from": lo, ":to": hi };'];
    }
    return [...out, `  const sort: Record<string, KeyValue> = { ${sort.operator === "gt" || sort.operator === "gte" ? '":from"' : '":to"'}: raw };`];
  }
  out.push(`  const prefix = ${boundExpression(e, sort.prefix)};`);
  if (sort.operator === "beginsWith") return [...out, `  const sort: Record<string, KeyValue> = { ":prefix": prefix + ${type === "binary" ? "encodeBinary(raw)" : "escapeString(raw)"} };`];
  if (sort.operator === "between") {
    return [...out, "  const [lo, hi] = raw;", `  const from = prefix + ${enc("lo")}, to = prefix + ${enc("hi")} + "$";`,
      "  if (compareUtf8(from, to) > 0) return [];", '  const sort: Record<string, KeyValue> = { ":from": from, ":to": to };'];
  }
  // Strict `<` on a final datetime placeholder: the datetime 1 ms earlier, inclusive.
  const previous = type === "string" || type === "datetime" ? "() => { const p = previousDatetime(raw); return p === undefined ? undefined : escapeString(p); }" : "() => undefined";
  return [...out, `  const sort = stringRange(prefix, ${JSON.stringify(sort.operator)}, ${enc("raw")}, ${sort.last}, ${previous});`, "  if (!sort) return [];"];
}

/** The parameters of a read pattern: run-time conditions, `[low, high]` for between. */
function paramsType(ctx: Ctx, p: AccessPatternDesign): string {
  const e = entityFacts(ctx, p.entities[0] ?? "");
  const fields = whereEntries(p.pattern).flatMap(([attribute, c]) => {
    const d = describeCondition(c);
    if (!d.runtime) return [];
    const a = e.attrs.get(attribute)?.attribute;
    const t = a ? (d.operator === "beginsWith" && a.type === "string" ? "string" : tsType(a)) : "unknown";
    return [`${keyOf(attribute)}: ${d.operator === "between" ? `[${t}, ${t}]` : t}`];
  });
  return fields.length ? `{ ${fields.join("; ")} }` : "Record<string, never>";
}

function docComment(p: AccessPatternDesign): string {
  return `/**\n * ${comment(`${p.id}: ${p.pattern.name}`)}\n *\n * ${comment(p.explanation)}\n */`;
}

function keyNamesOf(ctx: Ctx, index: string | null): string[] {
  const t = ctx.layout.table;
  const table = [t.pk.name, ...(t.sk ? [t.sk.name] : [])];
  if (index === null) return table;
  const s = schemaOf(ctx, index);
  return [...new Set([s.pk.name, ...(s.sk ? [s.sk.name] : []), ...table])];
}

function queryBuilder(ctx: Ctx, p: AccessPatternDesign, plan: ReadPlan, n: ReadNames): string[] {
  const e = entityFacts(ctx, plan.entities[0] ?? "");
  const schema = schemaOf(ctx, plan.index);
  const native = plan.sortType !== null && plan.sortType !== "S";
  const pk = plan.partitionType === "S" ? boundExpression(e, plan.partition) : nativeExpression(e, plan.partition);
  const out: string[] = [];
  if (p.operation === "GetItem") {
    out.push(`export function ${n.requests}(params: ${n.params}, tableName: string = TABLE_NAME): GetCommandInput[] {`);
    out.push(`  const pk: KeyValue = ${pk};`, ...sortCode(e, plan));
    const sk = schema.sk && plan.sort.kind === "eq" ? ` ${JSON.stringify(schema.sk.name)}: sort[":sk"] as KeyValue,` : "";
    out.push(`  return [{ TableName: tableName, Key: { ${JSON.stringify(schema.pk.name)}: pk,${sk} }${plan.consistent ? ", ConsistentRead: true" : ""} }];`);
    out.push("}");
    return out;
  }
  const shape = sortShape(plan.sort, native);
  const names: Record<string, string> = { "#pk": schema.pk.name };
  if (shape && schema.sk) names["#sk"] = schema.sk.name;
  const filterValues: Record<string, string> = {};
  let filter: string | undefined;
  if (plan.typeFilter) {
    names["#type"] = ctx.layout.typeAttribute;
    plan.typeFilter.forEach((t, i) => (filterValues[`:type${i}`] = t));
    filter = plan.typeFilter.length === 1 ? "#type = :type0" : `#type IN (${plan.typeFilter.map((_, i) => `:type${i}`).join(", ")})`;
  }
  const shards = Math.max(1, plan.shards);
  out.push(`export function ${n.requests}(params: ${n.params}, tableName: string = TABLE_NAME): QueryCommandInput[] {`);
  out.push(`  const pk: KeyValue = ${pk};`, ...sortCode(e, plan));
  const values = `{ ":pk": ${shards > 1 ? 'String(pk) + "#" + n' : "pk"}, ...sort${Object.keys(filterValues).length ? `, ...${literal(filterValues)}` : ""} }`;
  const fields = [
    "TableName: tableName",
    ...(plan.index !== null ? [`IndexName: ${JSON.stringify(plan.index)}`] : []),
    `KeyConditionExpression: ${JSON.stringify(`#pk = :pk${shape ? ` AND ${shape}` : ""}`)}`,
    ...(filter ? [`FilterExpression: ${JSON.stringify(filter)}`] : []),
    `ExpressionAttributeNames: ${literal(names)}`,
    `ExpressionAttributeValues: ${values}`,
    `ScanIndexForward: ${plan.forward}`,
    ...(plan.consistent ? ["ConsistentRead: true"] : []),
    ...(plan.limit !== null ? [`Limit: ${plan.limit}`] : []),
  ];
  if (shards === 1) {
    out.push(`  return [{ ${fields.join(", ")} }];`, "}");
    return out;
  }
  // Write sharding: one Query per shard suffix; readPage merges them in key order.
  out.push("  const requests: QueryCommandInput[] = [];", `  for (let n = 0; n < ${shards}; n++) {`);
  out.push(`    requests.push({ ${fields.join(", ")} });`, "  }", "  return requests;", "}");
  return out;
}

function scanBuilder(ctx: Ctx, p: AccessPatternDesign, n: ReadNames): string[] {
  const [request] = buildReadRequests(ctx.design, p.id, {});
  const { operation: _operation, TableName: _table, ...rest } = request ?? { operation: "Scan", TableName: "" };
  const fields = ["TableName: tableName", ...Object.entries(rest).map(([k, v]) => `${k}: ${literal(v)}`)];
  return [
    `export function ${n.requests}(_params: ${n.params} = {}, tableName: string = TABLE_NAME): ScanCommandInput[] {`,
    `  return [{ ${fields.join(", ")} }];`,
    "}",
  ];
}

/** Names and code of one read pattern. */
export function readPattern(ctx: Ctx, p: AccessPatternDesign): { names: ReadNames; code: string } {
  const base = p.id.replace(/[^A-Za-z0-9_]/g, "_");
  const names: ReadNames = { fn: ctx.names.take(base), requests: ctx.names.take(`${base}Requests`), params: ctx.names.take(`${upperFirst(base)}Params`) };
  const entities = p.entities.map((x) => namesOf(ctx, x));
  const multi = entities.length > 1;
  if (multi) names.item = ctx.names.take(`${upperFirst(base)}Item`);
  const out: string[] = [];
  out.push(`/** Parameters of ${p.id}. */`, `export type ${names.params} = ${paramsType(ctx, p)};`, "");
  if (names.item) {
    out.push(`/** An item ${p.id} returns, tagged with its entity. */`);
    out.push(`export type ${names.item} = ${p.entities.map((x, i) => `{ entity: ${JSON.stringify(x)}; item: ${entities[i]?.type ?? "never"} }`).join(" | ")};`, "");
  }
  out.push(`/** The exact requests of ${p.id}${p.shards > 1 ? ` (one Query per shard, ${p.shards} in all)` : ""}. */`);
  if (p.scan) out.push(...scanBuilder(ctx, p, names));
  else if (p.plan) out.push(...queryBuilder(ctx, p, p.plan, names));
  out.push("");
  const one = entities[0];
  const convert = names.item
    ? `(x) => ({ entity: x[TYPE_ATTRIBUTE], item: physicalToEntity(x) }) as unknown as ${names.item}`
    : one?.fromItem ?? "physicalToEntity";
  const itemType = names.item ?? one?.type ?? "PhysicalItem";
  out.push(docComment(p));
  const paramsArg = p.scan || paramsType(ctx, p) === "Record<string, never>" ? `params: ${names.params} = {}` : `params: ${names.params}`;
  if (p.operation === "GetItem") {
    out.push(`export async function ${names.fn}(db: Db, ${paramsArg}): Promise<${itemType} | undefined> {`);
    out.push(`  const [request] = ${names.requests}(params, db.tableName);`);
    out.push("  if (!request) return undefined;");
    out.push("  const out = await db.client.send(new GetCommand(request));");
    out.push(`  return out.Item ? ${names.item ? `(${convert})` : convert}(out.Item) : undefined;`);
    out.push("}");
  } else {
    const schema = schemaOf(ctx, p.scan ? p.scan.index : p.plan?.index ?? null);
    const merge = p.plan && p.plan.shards > 1 ? `{ ${schema.sk ? `sortKey: ${JSON.stringify(schema.sk.name)}, ` : ""}partitionKey: ${JSON.stringify(schema.pk.name)}, forward: ${p.plan.forward} }` : "null";
    const limit = p.limit !== null ? `, limit: ${p.limit}` : "";
    out.push(`export async function ${names.fn}(db: Db, ${paramsArg}, options: PageOptions = {}): Promise<Page<${itemType}>> {`);
    out.push(`  const spec: ReadSpec = { kind: ${JSON.stringify(p.scan ? "scan" : "query")}, keyNames: ${JSON.stringify(keyNamesOf(ctx, p.scan ? p.scan.index : p.plan?.index ?? null))}, merge: ${merge}${limit} };`);
    out.push(`  const page = await readPage(db, ${names.requests}(params, db.tableName), spec, options);`);
    out.push(`  return { ...page, items: page.items.map(${convert}) };`);
    out.push("}");
  }
  return { names, code: out.join("\n") };
}
