/**
 * Key builders of the generated module, one function per entity and index: the same
 * templates, encodings, sparse conditions and shard suffixes as lib/design's itemKeys
 * (items.ts templateKeys, render.ts), written out as plain code a reader can follow.
 */
import type { AttributeType, PhysicalKeyType } from "../../model";
import { encodeValue } from "../../design/render";
import type { Cond } from "../../design/requirements";
import type { EntityFacts } from "../../design/facts";
import { textOf, type Part, type Tpl } from "../../design/template";
import { base64ToBytes, encodeBinary, reverseEncoded } from "../../design/encode";
import { uniquenessParts } from "../../design/uniqueness";
import type { Ctx } from "./context";
import { entityFacts, namesOf, templateOn } from "./context";
import { comment, literal, prop } from "./names";

const KEYABLE: ReadonlySet<AttributeType> = new Set(["string", "number", "datetime", "binary", "boolean"]);

/** The expression that encodes one placeholder's value (already known present) for a composite key. */
function encodedValue(type: AttributeType, value: string, reversed: boolean): string {
  const encoded = `encode.${type}(${value} as ${valueType(type)})`;
  return reversed ? `reverseEncoded(${encoded})` : encoded;
}

function valueType(type: AttributeType): string {
  return { string: "string", datetime: "string", number: "number", binary: "Uint8Array", boolean: "boolean" }[type as "string"] ?? "never";
}

/**
 * Code that computes one key value into `target`, or returns `undefined` (index) / throws
 * (table) when a placeholder has no value: lib/design's renderKey. `vars` maps each
 * placeholder attribute to a local variable already checked present.
 */
export function keyExpression(e: EntityFacts, parts: ReadonlyArray<Part>, keyType: PhysicalKeyType, vars: Map<string, string>, reverse: ReadonlySet<string>): string | undefined {
  if (keyType !== "S") {
    // Native N/B keys hold one placeholder's value itself (a number, or bytes).
    const only = parts.length === 1 ? parts[0] : undefined;
    if (!only || only.kind !== "attr") return undefined;
    const type = e.attrs.get(only.name)?.type;
    const fits = (keyType === "N" && type === "number") || (keyType === "B" && type === "binary");
    return fits ? `${vars.get(only.name) ?? "undefined"} as ${valueType(type ?? "string")}` : undefined;
  }
  const pieces: string[] = [];
  for (const p of parts) {
    if (p.kind === "lit") pieces.push(JSON.stringify(p.text));
    else {
      const type = e.attrs.get(p.name)?.type;
      if (type === undefined || !KEYABLE.has(type)) return undefined;
      pieces.push(encodedValue(type, vars.get(p.name) ?? "undefined", reverse.has(p.name)));
    }
  }
  return pieces.length === 0 ? '""' : pieces.join(" + ");
}

/** A sparse-index condition on a value of `unknown` type (items.ts holds()). */
export function conditionCode(e: EntityFacts, c: Cond, v: string): string {
  if (c.op === "exists") return `present(${v})`;
  if (c.op === "notExists") return `!present(${v})`;
  const type = e.attrs.get(c.attr)?.type ?? "string";
  const compare = (k: unknown): { guard: string; cmp: string } => {
    switch (type) {
      case "number": return { guard: `typeof ${v} === "number"`, cmp: `(${v} - ${literal(Number(k))})` };
      case "binary": {
        const hex = typeof k === "string" ? encodeBinary(base64ToBytes(k)) : "";
        return { guard: `${v} instanceof Uint8Array`, cmp: `compareUtf8(encodeBinary(${v}), ${JSON.stringify(hex)})` };
      }
      case "boolean": return { guard: `typeof ${v} === "boolean"`, cmp: `(${v} === ${literal(k)} ? 0 : ${v} ? 1 : -1)` };
      default: return { guard: `typeof ${v} === "string"`, cmp: `compareUtf8(${v}, ${literal(k)})` };
    }
  };
  if (c.op === "between") {
    const [lo, hi] = Array.isArray(c.value) ? c.value : [];
    const a = compare(lo), b = compare(hi);
    return `(${a.guard} && ${a.cmp} >= 0 && ${b.cmp} <= 0)`;
  }
  if (c.op === "beginsWith") {
    if (type === "binary") {
      const hex = typeof c.value === "string" ? encodeBinary(base64ToBytes(c.value)) : "";
      return `(${v} instanceof Uint8Array && encodeBinary(${v}).startsWith(${JSON.stringify(hex)}))`;
    }
    return `(typeof ${v} === "string" && ${v}.startsWith(${literal(c.value)}))`;
  }
  const op = { eq: "===", lt: "<", lte: "<=", gt: ">", gte: ">=" }[c.op as "eq"] ?? "===";
  const x = compare(c.value);
  return `(${x.guard} && ${x.cmp} ${op} 0)`;
}

function describeTemplate(ctx: Ctx, t: Tpl): string {
  const schema = t.index === null ? ctx.layout.table : ctx.layout.indexes.find((i) => i.name === t.index);
  const where = t.index === null ? "The table key" : `${t.index}`;
  const keys = [`${schema?.pk.name} = ${textOf(t.pk)}${t.shards > 1 ? `#<shard 0..${t.shards - 1}>` : ""}`, ...(t.sk && schema?.sk ? [`${schema.sk.name} = ${textOf(t.sk)}`] : [])];
  const when = t.when.length ? `; only while ${t.when.map((c) => `${c.attr} ${c.op}${c.value !== undefined ? ` ${JSON.stringify(c.value)}` : ""}`).join(" and ")}` : "";
  const reversed = t.reverse.size ? ` (${[...t.reverse].join(", ")} written reversed, for descending ties)` : "";
  return comment(`${where}: ${keys.join(", ")}${when}${reversed}.`);
}

/** Local variables for the placeholders of a template, with the presence check. */
function placeholderVars(t: Tpl, source: string): { lines: string[]; vars: Map<string, string>; check: string } {
  const names = [...new Set([...(t.pk ?? []), ...(t.sk ?? [])].flatMap((p) => (p.kind === "attr" ? [p.name] : [])))];
  const vars = new Map(names.map((n, i) => [n, `a${i}`]));
  const lines = names.map((n, i) => `  const a${i}: unknown = ${prop(source, n)};`);
  const check = names.map((_, i) => `!present(a${i})`).join(" || ");
  return { lines, vars, check };
}

function identityCode(e: EntityFacts, source: string): string {
  const parts = e.key.map((k) => {
    const type = e.attrs.get(k)?.type ?? "string";
    return `(present(${prop(source, k)}) ? ${encodedValue(type, prop(source, k), false)} : "")`;
  });
  return `[${JSON.stringify(e.name)}, ${parts.join(", ")}].join("#")`;
}

/** The body that renders one template's keys, returning `fail` when the item is not on it. */
function templateBody(ctx: Ctx, e: EntityFacts, t: Tpl, source: string, fail: string): string[] {
  const schema = t.index === null ? ctx.layout.table : ctx.layout.indexes.find((i) => i.name === t.index);
  if (!schema) return [`  ${fail}`];
  const out: string[] = [];
  t.when.forEach((c, i) => {
    out.push(`  const w${i}: unknown = ${prop(source, c.attr)};`);
    const holds = conditionCode(e, c, `w${i}`);
    out.push(`  if (${holds.startsWith("!") ? holds.slice(1) : `!${holds}`}) ${fail}`);
  });
  const { lines, vars, check } = placeholderVars(t, source);
  out.push(...lines);
  if (check) out.push(`  if (${check}) ${fail}`);
  const pk = keyExpression(e, t.pk, schema.pk.type, vars, t.reverse);
  const sk = t.sk && schema.sk ? keyExpression(e, t.sk, schema.sk.type, vars, t.reverse) : undefined;
  if (pk === undefined || (schema.sk && t.sk && sk === undefined)) {
    out.push(`  ${fail} // a placeholder's type cannot be part of this key`);
    return out;
  }
  const shard = t.shards > 1 && schema.pk.type === "S" ? ` + "#" + shardOf(${identityCode(e, source)}, ${t.shards})` : "";
  const fields = [`${JSON.stringify(schema.pk.name)}: ${pk}${shard}`, ...(sk !== undefined && schema.sk ? [`${JSON.stringify(schema.sk.name)}: ${sk}`] : [])];
  out.push(`  return { ${fields.join(", ")} };`);
  return out;
}

/** Key functions of one entity: table key, one per index, all keys, owner and uniqueness items. */
export function entityKeyFunctions(ctx: Ctx, entity: string): string {
  const e = entityFacts(ctx, entity);
  const n = namesOf(ctx, entity);
  const out: string[] = [];
  const table = templateOn(ctx.layout, entity, null);
  const missing = JSON.stringify(`${entity} item lacks a key attribute (${e.key.join(", ")})`);
  out.push(`/** ${table ? describeTemplate(ctx, table) : "The table key."} */`);
  out.push(`export function ${n.tableKey}(item: ${n.keyType}): Record<string, KeyValue> {`);
  out.push(...(table ? templateBody(ctx, e, table, "item", `throw new Error(${missing});`) : [`  throw new Error(${missing});`]));
  out.push("}", "");
  for (const schema of ctx.layout.indexes) {
    const t = templateOn(ctx.layout, entity, schema.name);
    const fn = n.indexKey.get(schema.name ?? "");
    if (!t || !fn) continue;
    out.push(`/** ${describeTemplate(ctx, t)} Undefined when the item is not in the index. */`);
    out.push(`export function ${fn}(item: ${n.type}): Record<string, KeyValue> | undefined {`);
    out.push(...templateBody(ctx, e, t, "item", "return undefined;"));
    out.push("}", "");
  }
  out.push(`/** Every key attribute ${entity} carries: the table's, each index's it qualifies for, and the entity type. */`);
  out.push(`export function ${n.keys}(item: ${n.type}): Record<string, KeyValue> {`);
  out.push(`  const keys: Record<string, KeyValue> = { ...${n.tableKey}(item) };`);
  for (const fn of n.indexKey.values()) out.push(`  Object.assign(keys, ${fn}(item));`);
  out.push(`  keys[${JSON.stringify(ctx.layout.typeAttribute)}] = ${JSON.stringify(entity)};`);
  out.push("  return keys;", "}", "");
  if (e.uniqueAttrs.length > 0) out.push(...ownerAndUniqueness(ctx, e));
  return out.join("\n");
}

function ownerAndUniqueness(ctx: Ctx, e: EntityFacts): string[] {
  const n = namesOf(ctx, e.name);
  const { table } = ctx.layout;
  const text = (v: string) => `(${v} instanceof Uint8Array ? "b:" + encodeBinary(${v}) : String(${v}))`;
  const out: string[] = [];
  out.push(`/** The owner a uniqueness item names: the owning item's table key. */`);
  out.push(`export function ${n.owner}(item: ${n.keyType}): string {`);
  out.push(`  const k = ${n.tableKey}(item);`);
  out.push(`  return JSON.stringify([${[table.pk.name, ...(table.sk ? [table.sk.name] : [])].map((k) => text(`k[${JSON.stringify(k)}]`)).join(", ")}]);`);
  out.push("}", "");
  const uniques = ctx.design.uniqueness.filter((u) => u.entity === e.name);
  out.push(`/** One item per unique value the item has (${uniques.map((u) => u.key).join(", ")}), by attribute: claimed with the item, so no two items share a value. */`);
  out.push(`export function ${n.uniqueness}(item: ${n.type}): Map<string, PhysicalItem> {`);
  out.push("  const out = new Map<string, PhysicalItem>();");
  out.push(`  const owner = ${n.owner}(item);`);
  for (const u of uniques) {
    const type = e.attrs.get(u.attribute)?.type ?? "string";
    out.push("  {");
    out.push(`    const v: unknown = ${prop("item", u.attribute)};`);
    out.push("    if (present(v)) {");
    const first = uniquenessParts(e, u.attribute)[0];
    const prefix = first?.kind === "lit" ? first.text : "";
    out.push(`      const key = ${JSON.stringify(prefix)} + ${encodedValue(type, "v", false)};`);
    const fields = [`${JSON.stringify(table.pk.name)}: key`, ...(table.sk ? [`${JSON.stringify(table.sk.name)}: key`] : []),
      `${JSON.stringify(ctx.layout.typeAttribute)}: "_unique"`, `${JSON.stringify(ctx.layout.ownerAttribute)}: owner`];
    out.push(`      out.set(${JSON.stringify(u.attribute)}, { ${fields.join(", ")} });`);
    out.push("    }", "  }");
  }
  out.push("  return out;", "}", "");
  return out;
}

/** The value of a constant key part, encoded at generation time (as render.ts would). */
export function constantPart(type: AttributeType, value: unknown, reversed: boolean): string | undefined {
  const encoded = encodeValue(type, value);
  if (encoded === undefined) return undefined;
  return reversed ? reverseEncoded(encoded) : encoded;
}
