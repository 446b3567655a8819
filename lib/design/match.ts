/**
 * Can one entity's template on one index serve a requirement exactly (guide §1, §7)?
 * The partition key must be built from equalities only; the sort key's leading parts must
 * be the remaining equalities, then the range or order attribute, then (for ordered
 * results) the key attributes that break ties in the oracle's order. Constants and
 * presence tests not in the key must be exactly the index's sparse condition. Every
 * answer "no" carries the reason, which the UNSERVED explanation repeats.
 */
import type { ConstantValue } from "../model";
import { attrOf, type EntityFacts, type Facts } from "./facts";
import { isKeyable, isOrderable } from "./render";
import { condText, effectiveDirection, sameCond, type Cond, type Requirement } from "./requirements";
import { delimiterIndex, placeholders, startsWithDelimiter, type IndexSchema, type Part, type Tpl } from "./template";
import type { BoundPart, RangeOperator, SortCondition } from "./types";

export interface EntityMatch {
  entity: string;
  template: Tpl;
  partition: BoundPart[];
  sort: SortCondition;
  /** The literal right after the sort placeholder: multi-entity ties are ordered by it. */
  tag?: string;
}

/** A failed match carries its reason lazily: the planner asks thousands of questions and reads few answers. */
export type MatchResult = { ok: true; match: EntityMatch } | { ok: false; reason: () => string };

const fail = (reason: () => string): MatchResult => ({ ok: false, reason });

export function indexLabel(schema: IndexSchema): string {
  return schema.name === null ? "the table" : schema.name;
}

/** The requirement needs `a` to exist on every item it returns. */
export function requiresExists(e: EntityFacts, req: Requirement, a: string): boolean {
  const f = e.attrs.get(a);
  return (!!f && !f.optional) || req.eq.includes(a) || req.range?.attr === a || req.order?.by === a
    || req.fixed.some((c) => c.attr === a && c.op !== "notExists");
}

export function matchEntity(facts: Facts, schema: IndexSchema, t: Tpl, req: Requirement): MatchResult {
  const e = facts.entities.get(t.entity);
  if (!e) return fail(() => `${t.entity} is not an entity`);
  const where = (): string => `${e.name} on ${indexLabel(schema)}`;
  if (req.strong && schema.kind === "global") return fail(() => `${schema.name ?? ""} is a global index, and global indexes are eventually consistent only`);
  if (schema.projection !== "ALL") {
    // A read returns whole entity items (the oracle), so the index must project them all.
    const include = schema.projection === "KEYS_ONLY" ? [] : schema.projection.include;
    // Only the physical keys are projected besides `include`: entity attributes (its key attributes too) must be listed.
    const missing = [...e.attrs.keys()].filter((a) => !include.includes(a));
    if (missing.length > 0) return fail(() => `${where()}: the index projects ${schema.projection === "KEYS_ONLY" ? "keys only" : "some attributes"}, not ${missing.slice(0, 3).join(", ")}${missing.length > 3 ? "…" : ""}, so a Query there returns partial items`);
  }
  for (const a of [...placeholders(t.pk), ...placeholders(t.sk)]) {
    if (!isKeyable(attrOf(facts, e.name, a)?.type)) return fail(() => `${where()}: {${a}} is not a string, number, datetime, binary or boolean attribute, so it cannot be part of a key`);
  }
  // A key value is never empty in DynamoDB; a template of only placeholders that can be "" would drop those items.
  for (const [label, parts] of [["partition", t.pk], ["sort", t.sk ?? []]] as const) {
    const mayBeEmpty = parts.length > 0 && parts.every((p) => p.kind === "attr" && !e.keySet.has(p.name) && ["string", "binary"].includes(e.attrs.get(p.name)?.type ?? ""));
    if (mayBeEmpty) return fail(() => `${where()}: the ${label} key is only {${placeholders(parts).join("}{")}}, which can be empty; DynamoDB rejects empty key values, so those items would be missing (add a literal prefix)`);
  }
  const bind = (a: string): BoundPart | undefined => {
    const reversed = t.reverse.has(a);
    if (req.eq.includes(a)) return { attribute: a, param: true, reversed };
    const c = req.fixed.find((x) => x.attr === a && x.op === "eq");
    return c && c.value !== undefined && !Array.isArray(c.value) ? { attribute: a, param: false, constant: c.value as ConstantValue, reversed } : undefined;
  };
  const covered = new Set<string>();

  // Partition key: equalities only, placeholders told apart by delimiters.
  const partition: BoundPart[] = [];
  if (schema.pk.type !== "S" && !(t.pk.length === 1 && t.pk[0]?.kind === "attr")) return fail(() => `${where()}: a ${schema.pk.type} partition key holds exactly one placeholder`);
  let previous: string | undefined;
  let delimited = true;
  for (const p of t.pk) {
    if (p.kind === "lit") {
      partition.push({ literal: p.text });
      if (delimiterIndex(p.text) >= 0) delimited = true;
      continue;
    }
    const b = bind(p.name);
    if (!b) return fail(() => `${where()}: the partition key needs {${p.name}}, which ${req.id} does not give as an equality`);
    if (previous !== undefined && !delimited) return fail(() => `${where()}: no delimiter separates {${previous}} and {${p.name}} in the partition key, so different values can render the same key`);
    partition.push(b);
    covered.add(p.name);
    previous = p.name;
    delimited = false;
  }

  // Sort key: bound leading parts, then the first unbound placeholder.
  const sk = t.sk && schema.sk ? t.sk : [];
  const native = schema.sk !== undefined && schema.sk.type !== "S";
  if (native && !(sk.length === 1 && sk[0]?.kind === "attr")) return fail(() => `${where()}: a ${schema.sk?.type ?? ""} sort key holds exactly one placeholder`);
  const prefix: BoundPart[] = [];
  let stop = 0;
  while (stop < sk.length) {
    const p = sk[stop] as Part;
    if (p.kind === "lit") {
      prefix.push({ literal: p.text });
      stop++;
      continue;
    }
    const b = bind(p.name);
    if (!b) break;
    const next = sk[stop + 1];
    if (next && !(next.kind === "lit" && delimiterIndex(next.text) >= 0)) break;
    prefix.push(b);
    covered.add(p.name);
    stop++;
  }
  const nextPart = sk[stop];
  const next = nextPart?.kind === "attr" ? nextPart.name : undefined;
  const followedByDelimiter = (i: number) => {
    const f = sk[i + 1];
    return native || f === undefined || (f.kind === "lit" && startsWithDelimiter(f.text));
  };

  // Range: the run-time one, or a constant range that the sparse condition does not hold.
  const inWhen = (c: Cond) => t.when.some((w) => sameCond(w, c));
  let range: Cond | undefined = req.range;
  if (range && next !== range.attr) {
    const r = range;
    return fail(() => `${where()}: the sort key does not continue with {${r.attr}} after its equality parts, so ${condText(r)} cannot be a key condition`);
  }
  if (!range) {
    const constants = req.fixed.filter((c) => c.op !== "eq" && c.op !== "exists" && c.op !== "notExists" && !inWhen(c));
    if (constants.length > 1) return fail(() => `${where()}: only one range fits a key condition, and ${constants.map(condText).join(", ")} are not in the index's sparse condition`);
    const c = constants[0];
    if (c && next === c.attr) range = c;
  }
  let sort: SortCondition;
  if (range) {
    const type = attrOf(facts, e.name, range.attr)?.type;
    if (t.reverse.has(range.attr)) return fail(() => `${where()}: {${range.attr}} is written reversed, so a range on it runs backwards`);
    if (!followedByDelimiter(stop)) return fail(() => `${where()}: {${range.attr}} is not followed by a delimiter, so ranges on it are not exact`);
    const last = stop === sk.length - 1;
    if (!native && range.op === "lt" && last && type !== "datetime") {
      return fail(() => `${where()}: a strict < on the last sort-key part needs a closing delimiter after {${range.attr}}`);
    }
    sort = {
      kind: "range", prefix, attribute: range.attr, operator: range.op as RangeOperator, param: range.runtime,
      ...(range.value !== undefined ? { constant: range.value } : {}), last,
    };
  } else if (sk.length > 0 && stop === sk.length) sort = { kind: "eq", value: prefix };
  else if (prefix.length > 0) sort = { kind: "beginsWith", prefix };
  else sort = { kind: "none" };

  // Coverage: every equality in the key; every constant in the key or the sparse condition.
  for (const a of req.eq) if (!covered.has(a)) return fail(() => `${where()}: ${a} = :${a} is not part of the key condition (a filter is not allowed)`);
  const keyPlaceholders = new Set([...placeholders(t.pk), ...placeholders(sk)]);
  for (const c of req.fixed) {
    if (c === range || (c.op === "eq" && covered.has(c.attr)) || inWhen(c)) continue;
    if (c.op === "exists") {
      const f = e.attrs.get(c.attr);
      if ((f && !f.optional) || (schema.kind !== "table" && keyPlaceholders.has(c.attr))) continue;
      if (t.when.some((w) => w.attr === c.attr && w.op !== "notExists")) continue;
    }
    return fail(() => `${where()}: ${condText(c)} is neither part of the key nor the index's sparse condition`);
  }
  if (schema.kind !== "table") {
    for (const w of t.when) {
      const implied = req.fixed.some((c) => sameCond(c, w)) || (w.op === "exists" && requiresExists(e, req, w.attr));
      if (!implied) return fail(() => `${where()}: the index holds ${e.name} only where ${condText(w)}, which ${req.id} does not require`);
    }
    for (const a of keyPlaceholders) {
      if (e.attrs.get(a)?.optional && !requiresExists(e, req, a)) return fail(() => `${where()}: items without ${a} are not in the index, but ${req.id} returns them`);
    }
  }

  // Order: the next placeholder is order.by, followed by the tie-breaking key parts.
  let tag: string | undefined;
  if (req.order) {
    const by = req.order.by;
    // Attributes fixed by an equality (in the key or the sparse condition) are equal across results.
    const fixed = new Set([...covered, ...req.fixed.filter((c) => c.op === "eq").map((c) => c.attr)]);
    if (!isOrderable(attrOf(facts, e.name, by)?.type)) return fail(() => `${e.name}.${by} is not a string, number, datetime or binary, and DynamoDB sorts by key values of those types only`);
    let tieStart = stop;
    if (!fixed.has(by)) {
      if (next !== by) return fail(() => `${where()}: the sort key does not continue with {${by}}, so results cannot come back ordered by ${by}`);
      if (t.reverse.has(by)) return fail(() => `${where()}: {${by}} is written reversed`);
      if (!followedByDelimiter(stop)) return fail(() => `${where()}: {${by}} is not followed by a delimiter, so values that are prefixes of others sort wrongly`);
      tieStart = stop + 1;
    }
    const multi = req.entities.length > 1 && !fixed.has(by);
    const tagPart = sk[tieStart];
    if (multi) {
      if (tagPart?.kind !== "lit") return fail(() => `${where()}: no entity tag follows {${by}}, so ties between entities are not ordered by entity name`);
      tag = tagPart.text;
    }
    const f = attrOf(facts, e.name, by);
    const needed = e.key.filter((k) => !fixed.has(k) && k !== by);
    const tableUnique = schema.kind === "table" && tieStart === sk.length;
    if (!(f?.unique) && needed.length > 0 && !tableUnique) {
      if (native) return fail(() => `${where()}: equal ${by} values tie, and a ${schema.sk?.type ?? ""} sort key cannot break ties by key`);
      const problem = tieProblem(sk.slice(tieStart), needed, effectiveDirection(req), fixed, by, t.reverse);
      if (problem) return fail(() => `${where()}: ${problem}`);
    }
  }
  return { ok: true, match: { entity: e.name, template: t, partition, sort, ...(tag !== undefined ? { tag } : {}) } };
}

/**
 * Ties on the sort attribute must follow the oracle: the unbound key attributes in key
 * order, ascending. DynamoDB returns a descending Query in descending key order, ties
 * included, so for `desc` those parts must be written reversed (encode.ts).
 */
function tieProblem(rest: Part[], needed: string[], dir: "asc" | "desc", covered: Set<string>, by: string, reverse: ReadonlySet<string>): string | undefined {
  let pos = 0;
  for (let i = 0; i < rest.length && pos < needed.length; i++) {
    const p = rest[i] as Part;
    if (p.kind === "lit" || covered.has(p.name) || p.name === by) continue;
    const want = needed[pos] ?? "";
    if (p.name !== want) return `ties on ${by} are ordered by {${p.name}}, but the oracle breaks them by ${want}`;
    if ((dir === "desc") !== reverse.has(p.name)) {
      return dir === "desc"
        ? `a descending query returns ties on ${by} in descending ${want} order; the oracle wants ascending (write {${want}} reversed)`
        : `{${want}} is written reversed, so ascending ties come back in descending ${want} order`;
    }
    const f = rest[i + 1];
    if (f && !reverse.has(p.name) && !(f.kind === "lit" && startsWithDelimiter(f.text))) return `{${p.name}} is not followed by a delimiter, so its ties sort wrongly`;
    pos++;
  }
  return pos < needed.length ? `ties on ${by} are not broken by ${needed[pos] ?? ""}, so their order is not the oracle's` : undefined;
}
