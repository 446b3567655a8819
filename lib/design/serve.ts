/**
 * Can one index serve a whole requirement? Every entity it reads must match on that
 * index, with one partition key and one sort-key condition common to all of them, so the
 * pattern is a single Query (guide §3: a multi-entity requirement needs the same index for
 * all its entities). Other entities that can appear in the key range are dropped by the
 * entity-type filter, the one filter the oracle allows (model-format.md).
 */
import { compareUtf8 } from "../model";
import type { Facts } from "./facts";
import { templatesOn, type Layout } from "./layout";
import { indexLabel, matchEntity, type EntityMatch } from "./match";
import { mayMeet, templateTokens, tokens, withLead, type Tokens } from "./overlap";
import { effectiveDirection, orderFixed, type Requirement } from "./requirements";
import type { IndexSchema, Part, Tpl } from "./template";
import { uniquenessParts } from "./uniqueness";
import type { BoundPart, ReadPlan, SortCondition } from "./types";

export type ServeResult = { ok: true; plan: ReadPlan; matches: EntityMatch[] } | { ok: false; reason: () => string };

/**
 * With `analyseFilter` false the entity-type filter is not worked out (it never decides
 * whether an index serves a pattern, only how): the planner asks that question thousands
 * of times, the final mapping once per pattern and index.
 */
export function serveOn(facts: Facts, layout: Layout, schema: IndexSchema, req: Requirement, analyseFilter = true): ServeResult {
  const matches: EntityMatch[] = [];
  for (const name of req.entities) {
    const t = layout.templates.get(name)?.get(schema.name);
    if (!t) return { ok: false, reason: () => `${name} has no keys on ${indexLabel(schema)}` };
    const m = matchEntity(facts, schema, t, req);
    if (!m.ok) return m;
    matches.push(m.match);
  }
  const first = matches[0];
  if (!first) return { ok: false, reason: () => "the pattern names no entity" };
  const shards = first.template.shards;
  let sort: SortCondition = first.sort;
  for (const m of matches.slice(1)) {
    if (m.template.shards !== shards) return { ok: false, reason: () => `${first.entity} and ${m.entity} are sharded differently on ${indexLabel(schema)}` };
    if (!sameBound(m.partition, first.partition)) return { ok: false, reason: () => `${first.entity} and ${m.entity} do not share a partition key on ${indexLabel(schema)}, so one Query cannot read both` };
    if (JSON.stringify(m.sort) !== JSON.stringify(first.sort)) {
      const literalOnly = matches.every((x) => x.sort.kind !== "range" && boundParts(x.sort).every((p) => "literal" in p));
      if ((req.order && !orderFixed(req)) || !literalOnly) return { ok: false, reason: () => `${first.entity} and ${m.entity} need different sort-key conditions on ${indexLabel(schema)}, so one Query cannot read both` };
      sort = { kind: "none" };
    }
  }
  // Literal-only collections: narrow to the entities' common prefix only when that keeps others out.
  if (sort.kind === "none" && matches.length > 1 && analyseFilter && needsTypeFilter(facts, layout, schema, req, first, sort)) {
    const narrowed = commonPrefix(matches);
    if (narrowed.kind !== "none" && matches.every((m) => m.sort.kind !== "range")) sort = narrowed;
  }
  if (req.order && matches.length > 1 && orderFixed(req)) {
    // Every result ties on order.by: entities must come in name order, by their sort-key prefixes.
    const byPrefix = matches.map((m) => ({ ...m, tag: boundParts(m.sort).map((p) => ("literal" in p ? p.literal : "")).join("") }));
    const problem = tagProblem(byPrefix, "asc");
    if (problem) return { ok: false, reason: () => `on ${indexLabel(schema)}: ${problem}` };
  } else if (req.order && matches.length > 1) {
    const problem = tagProblem(matches, req.order.dir);
    if (problem) return { ok: false, reason: () => `on ${indexLabel(schema)}: ${problem}` };
  }
  const filter = analyseFilter && needsTypeFilter(facts, layout, schema, req, first, sort);
  const plan: ReadPlan = {
    index: schema.name, entities: [...req.entities], partition: first.partition, shards, sort,
    typeFilter: filter ? [...req.entities] : null,
    forward: effectiveDirection(req) === "asc", consistent: req.strong, limit: req.limit ?? null,
    partitionType: schema.pk.type, sortType: schema.sk?.type ?? null,
  };
  return { ok: true, plan, matches };
}

/**
 * Entities of one collection with literal sort-key prefixes (`ARTICLE#`, `ARTICLETAG#`):
 * their longest common prefix (`ARTICLE`) still narrows the Query to them, so fewer other
 * items are read and dropped by the entity-type filter.
 */
function commonPrefix(matches: EntityMatch[]): SortCondition {
  const texts = matches.map((m) => boundParts(m.sort).map((p) => ("literal" in p ? p.literal : "")).join(""));
  let prefix = texts[0] ?? "";
  for (const t of texts) {
    let k = 0;
    while (k < prefix.length && k < t.length && prefix[k] === t[k]) k++;
    prefix = prefix.slice(0, k);
  }
  if (/[\uD800-\uDBFF]$/.test(prefix)) prefix = prefix.slice(0, -1);
  return prefix === "" ? { kind: "none" } : { kind: "beginsWith", prefix: [{ literal: prefix }] };
}

function boundParts(s: SortCondition): BoundPart[] {
  return s.kind === "none" ? [] : s.kind === "eq" ? s.value : s.prefix;
}

function normal(parts: BoundPart[]): string {
  const out: BoundPart[] = [];
  for (const p of parts) {
    const prev = out[out.length - 1];
    if ("literal" in p && prev && "literal" in prev) out[out.length - 1] = { literal: prev.literal + p.literal };
    else if (!("literal" in p && p.literal === "")) out.push(p);
  }
  return JSON.stringify(out);
}

function sameBound(a: BoundPart[], b: BoundPart[]): boolean {
  return normal(a) === normal(b);
}

/** Ties between entities follow entity names: the tags after the sort value must sort the same way. */
function tagProblem(matches: EntityMatch[], dir: "asc" | "desc"): string | undefined {
  const sorted = [...matches].sort((a, b) => compareUtf8(a.entity, b.entity));
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1] as EntityMatch, b = sorted[i] as EntityMatch;
    const ta = a.tag ?? "", tb = b.tag ?? "";
    let k = 0;
    while (k < ta.length && k < tb.length && ta[k] === tb[k]) k++;
    if (k === ta.length || k === tb.length) return `the tags of ${a.entity} and ${b.entity} after the sort value do not tell them apart`;
    const order = compareUtf8(ta.slice(k), tb.slice(k));
    if ((dir === "asc") !== (order < 0)) return `ties between ${a.entity} and ${b.entity} come back in the wrong entity order for ${dir}`;
  }
  return undefined;
}

const NONE: ReadonlySet<string> = new Set();

interface Entry { template: Tpl; pk: Tokens; sk: Tokens }
interface Buckets { version: number; byLabel: Map<string, Entry[]>; loose: Entry[]; all: Entry[] }
const bucketCache = new WeakMap<Layout, Map<string | null, Buckets>>();

/** The label a partition key starts with, up to its first `#`, or undefined when it does not start with one. */
function labelOf(lead: string): string | undefined {
  const i = lead.indexOf("#");
  return i < 0 ? undefined : lead.slice(0, i + 1);
}

/**
 * The templates of an index grouped by partition label: two keys whose leading literals
 * both reach a `#` can only meet when those labels are equal, so a lookup checks one
 * bucket plus the templates without a label.
 */
function bucketsOf(facts: Facts, layout: Layout, index: string | null): Buckets {
  let m = bucketCache.get(layout);
  if (!m) {
    m = new Map();
    bucketCache.set(layout, m);
  }
  const version = layout.version ?? 0;
  const hit = m.get(index);
  if (hit && hit.version === version) return hit;
  const b: Buckets = { version, byLabel: new Map(), loose: [], all: [] };
  for (const t of templatesOn(layout, index, facts.order)) {
    const { pk, sk } = templateTokens(facts.entities.get(t.entity), t);
    const entry = { template: t, pk, sk };
    b.all.push(entry);
    const label = labelOf(pk.lead);
    if (label === undefined) b.loose.push(entry);
    else b.byLabel.set(label, [...(b.byLabel.get(label) ?? []), entry]);
  }
  m.set(index, b);
  return b;
}

/** Whether any entity outside the requirement can have keys inside its key condition on this index. */
function needsTypeFilter(facts: Facts, layout: Layout, schema: IndexSchema, req: Requirement, first: EntityMatch, sort: SortCondition): boolean {
  const own = first.template;
  const e = facts.entities.get(own.entity);
  const pk = templateTokens(e, own).pk;
  const condParts: Part[] = boundParts(sort).map((p) => ("literal" in p ? { kind: "lit", text: p.literal } : { kind: "attr", name: p.attribute }));
  const cond = withLead(tokens(e, condParts, own.reverse));
  const exact = sort.kind === "eq";
  const buckets = bucketsOf(facts, layout, schema.name);
  const label = labelOf(pk.lead);
  const candidates = label === undefined ? buckets.all : [...(buckets.byLabel.get(label) ?? []), ...buckets.loose];
  for (const x of candidates) {
    if (req.entities.includes(x.template.entity)) continue;
    // The sort-key test first: it usually fails on the typed prefix alone, before any automaton runs.
    if (x.template.sk && schema.sk && !mayMeet(x.sk, cond, !exact)) continue;
    if (mayMeet(x.pk, pk)) return true;
  }
  // Uniqueness items live on the table too (uniqueness.ts).
  if (schema.kind === "table") {
    for (const x of facts.list) {
      for (const a of x.uniqueAttrs) {
        const u = templateTokens(x, { pk: uniquenessParts(x, a), reverse: NONE, shards: 1 }, uniquenessParts(x, a)).pk;
        if (mayMeet(u, pk) && (!schema.sk || mayMeet(u, cond, !exact))) return true;
      }
    }
  }
  return false;
}
