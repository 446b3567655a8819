/**
 * One or two sentences per access pattern: the technique, with the concrete keys, and why
 * DynamoDB rewards it (docs/design-rules.md). Deterministic text, no randomness.
 */
import type { Facts } from "./facts";
import { templatesOn, type Layout } from "./layout";
import type { ReadMapping } from "./reads";
import { placeholders, textOf, type Tpl } from "./template";
import { orderedTechniques, type Technique } from "./techniques";
import { fmt, listSome, listWords } from "./text";
import type { BoundPart, ReadPlan, ScanPlan, SortCondition } from "./types";
import type { WriteMapping } from "./writes";
import type { AccessPattern } from "../model";
import { condText, effectiveDirection } from "./requirements";

export interface Explained {
  techniques: Technique[];
  explanation: string;
}

const q = (s: string) => `\`${s}\``;

function partsText(parts: BoundPart[]): string {
  return parts.map((p) => ("literal" in p ? p.literal : p.param ? `{${p.attribute}}` : String(p.constant))).join("");
}

export function sortText(sort: SortCondition, sk: string): string {
  switch (sort.kind) {
    case "none": return "";
    case "eq": return ` AND ${sk} = ${q(partsText(sort.value))}`;
    case "beginsWith": return ` AND begins_with(${sk}, ${q(partsText(sort.prefix))})`;
    case "range": {
      const p = partsText(sort.prefix);
      const op = { lt: "<", lte: "<=", gt: ">", gte: ">=", between: "between", beginsWith: "begins with" }[sort.operator];
      return ` AND ${sk} ${op} ${q(`${p}{${sort.attribute}}`)}`;
    }
  }
}

const byShape = new WeakMap<Layout, Map<string, string[]>>();

/** Entities other than `entity` that share its partition template on an index (grouped once per layout). */
function collectionMates(facts: Facts, layout: Layout, t: Tpl): string[] {
  let m = byShape.get(layout);
  if (!m) {
    m = new Map();
    for (const s of [layout.table, ...layout.indexes]) {
      for (const x of templatesOn(layout, s.name, facts.order)) {
        const k = `${s.name ?? ""}\u0000${textOf(x.pk)}`;
        m.set(k, [...(m.get(k) ?? []), x.entity]);
      }
    }
    byShape.set(layout, m);
  }
  return (m.get(`${t.index ?? ""}\u0000${textOf(t.pk)}`) ?? []).filter((x) => x !== t.entity);
}

export function explainRead(facts: Facts, layout: Layout, m: ReadMapping): Explained {
  const plan = m.plan as ReadPlan;
  const schema = m.schema;
  const req = m.req;
  const first = m.matches?.[0]?.template;
  if (!schema || !first) return { techniques: [], explanation: "" };
  const tech: Technique[] = [];
  const pkName = schema.pk.name, skName = schema.sk?.name ?? "";
  const pkText = textOf(first.pk);
  const skText = first.sk ? textOf(first.sk) : "";
  const key = `${pkName} = ${q(pkText)}${sortText(plan.sort, skName)}`;
  const where = schema.name === null ? "the table" : schema.name;
  const ordered = req.order && plan.sort.kind !== "eq" ? ` in ${req.order.by} order` : "";
  const isGet = schema.kind === "table" && plan.entities.length === 1 && (plan.sort.kind === "eq" || !schema.sk) && !plan.typeFilter && plan.shards === 1;
  let main: string;
  if (isGet) {
    tech.push("primary-key-lookup");
    main = `GetItem on ${key}: the table key is ${req.entities[0] ?? ""}'s whole identity, so this reads exactly one item (${readUnitsWord(plan)}).`;
  } else if (plan.entities.length > 1) {
    tech.push("item-collection");
    main = `Query ${key}: ${listWords(plan.entities)} share ${q(pkText)} on ${where} (item collection), so one Query reads them together${ordered} instead of one request per entity.`;
  } else if (schema.kind === "table") {
    tech.push("item-collection");
    const mates = collectionMates(facts, layout, first);
    main = `Query ${key}: ${first.entity} lives in the item collection ${q(pkText)}${mates.length ? ` beside ${listSome(mates)}` : ""}, told apart by the typed prefix of ${q(skText)}, so one Query reads exactly its items${ordered}.`;
  } else {
    const users = usersOf(facts, layout, schema.name).filter((u) => u !== first.entity);
    if (users.length > 0) tech.push("gsi-overloading");
    if (schema.kind === "local") tech.push("local-secondary-index");
    const kind = schema.kind === "local" ? "local secondary index, strongly consistent" : users.length > 0 ? `overloaded with ${listSome(users)}` : "global secondary index";
    main = `Query ${key}: ${where} (${kind}) keys ${first.entity} by ${q(pkText)} / ${q(skText)}, so ${plan.shards > 1 ? "its Queries read" : "one Query reads"} exactly the answer${ordered}.`;
  }
  const extra: string[] = [];
  if (!isGet && isInverted(facts, layout, first) && schema.kind !== "table") {
    tech.push("inverted-index");
    extra.push("the join entity's key is swapped on this index (inverted index), so each side of the many-to-many is one Query");
  }
  const bound = plan.sort.kind === "none" ? [] : plan.sort.kind === "eq" ? plan.sort.value : plan.sort.prefix;
  if (bound.some((p) => !("literal" in p)) && (plan.sort.kind === "range" || (req.order && plan.sort.kind !== "eq"))) {
    tech.push("composite-sort-key");
    extra.push("equalities folded in front of the sort value (composite sort key) do the work a filter would pay for");
  }
  const optionalKey = placeholders([...first.pk, ...(first.sk ?? [])]).some((a) => facts.entities.get(first.entity)?.attrs.get(a)?.optional);
  if (first.when.length > 0 || (optionalKey && schema.kind !== "table")) {
    tech.push("sparse-index");
    if (first.when.length > 0) extra.push(`only items where ${first.when.map(condText).join(" and ")} carry ${where}'s keys (sparse index), so it holds just the answer and other items cost no index writes`);
  }
  if (!plan.partition.some((p) => !("literal" in p))) {
    tech.push("constant-partition");
    extra.push(`with no run-time equality the partition key is the constant ${q(pkText)}`);
  }
  if (plan.shards > 1) {
    tech.push("write-sharding");
    extra.push(`the key is sharded ${plan.shards} ways (#0..#${plan.shards - 1}) for write throughput, so the read fans out ${plan.shards} Queries merged by ${skName}${plan.limit ? `, each returning up to ${plan.limit} items` : ""}`);
  }
  if (plan.typeFilter) {
    tech.push("entity-filter");
    extra.push(`an entity-type filter on ${layout.typeAttribute} drops other entities in that key range${plan.limit ? ` (Limit counts items before the filter, so the caller pages until it has ${plan.limit})` : ""}`);
  }
  if (plan.consistent) tech.push("strong-read");
  if (first.reverse.size > 0 && effectiveDirection(req) === "desc") {
    tech.push("reversed-tiebreak");
    extra.push(`${listWords([...first.reverse])} ${first.reverse.size > 1 ? "are" : "is"} written reversed, so the descending Query returns ties in ascending key order`);
  }
  const sortAttr = plan.sort.kind === "range" ? plan.sort.attribute : req.order?.by;
  const type = sortAttr ? facts.entities.get(first.entity)?.attrs.get(sortAttr)?.type : undefined;
  if (type === "number" && schema.sk?.type === "S") tech.push("sortable-number-encoding");
  const second = extra.length ? ` Also: ${extra.join("; ")}.` : "";
  return { techniques: orderedTechniques(tech), explanation: main + second };
}

const users = new WeakMap<Layout, Map<string | null, string[]>>();

/** Entities with templates on an index (computed once per layout and index). */
function usersOf(facts: Facts, layout: Layout, index: string | null): string[] {
  let m = users.get(layout);
  if (!m) {
    m = new Map();
    users.set(layout, m);
  }
  let list = m.get(index);
  if (!list) {
    list = templatesOn(layout, index, facts.order).map((t) => t.entity);
    m.set(index, list);
  }
  return list;
}

function readUnitsWord(plan: ReadPlan): string {
  return plan.consistent ? "1 read unit per 4 KB, strongly consistent" : "half a read unit per 4 KB";
}

/** A join entity's index template whose partition holds a different key attribute than the table's. */
function isInverted(facts: Facts, layout: Layout, t: Tpl): boolean {
  const e = facts.entities.get(t.entity);
  const table = layout.templates.get(t.entity)?.get(null);
  if (!e || !table || e.key.length < 2) return false;
  const mine = placeholders(t.pk), theirs = placeholders(table.pk);
  return mine.length > 0 && mine.every((a) => e.keySet.has(a)) && !mine.some((a) => theirs.includes(a));
}

export function explainScan(plan: ScanPlan, pattern: AccessPattern, layout: Layout): Explained {
  const tech: Technique[] = ["scan"];
  if (plan.index) {
    tech.push("sparse-index");
    return { techniques: orderedTechniques(tech), explanation: `Scan of ${plan.index}, a sparse index that holds only ${plan.entity} items matching ${pattern.id}'s constants, so the scan reads just the answer${plan.typeFilter ? ` (plus other entities on ${plan.index}, dropped by the entity-type filter)` : ""}.` };
  }
  const f = plan.filters.length > 0 ? ` with a FilterExpression on ${listWords(plan.filters.map((x) => x.attribute))}` : "";
  return { techniques: orderedTechniques(tech), explanation: `Scan of the table${f} and the entity-type filter on ${layout.typeAttribute}: a scan reads (and is charged for) every item, so keep it to rare jobs like exports (${fmt(pattern.rps ?? 1)} per second here).` };
}

export function explainWrite(w: WriteMapping, pattern: AccessPattern, entityUnique: string[]): Explained {
  const s: string[] = [];
  const unique = entityUnique.length > 0 ? listWords(entityUnique) : "";
  if (pattern.kind === "put") {
    s.push(pattern.condition === "notExists" ? "PutItem with attribute_not_exists on the key (idempotent create): a retried create fails instead of overwriting." : "PutItem of the whole item.");
    if (w.operation === "TransactWriteItems") s.push(`The unique ${unique} gets its own uniqueness item in the same TransactWriteItems, each attribute_not_exists, so two items can never claim one value, even when creates race.`);
  } else if (pattern.kind === "delete") {
    s.push(`DeleteItem on the table key${pattern.condition === "version" ? " with #version = :expected (optimistic locking)" : ""}.`);
    if (w.operation === "TransactWriteItems") s.push(`The uniqueness items of ${unique} are deleted in the same transaction, which frees their values.`);
  } else {
    const parts: string[] = [];
    const cas = w.techniques.includes("compare-and-set");
    const inKey = new Set(w.touched.flatMap((t) => t.attributes));
    const counters = (pattern.add ?? []).filter((a) => !cas || !inKey.has(a));
    const swapped = (pattern.add ?? []).filter((a) => cas && inKey.has(a));
    if (counters.length > 0) parts.push(`ADD changes ${listWords(counters)} in place (atomic counter), no read needed`);
    if (swapped.length > 0) parts.push(`${listWords(swapped)} is inside an index key, which ADD cannot re-render, so the caller reads it, writes the new value on condition the old one still holds (compare-and-set; retry on failure)${pattern.condition === "nonNegative" ? " and refuses a new value below zero" : ""}`);
    if (pattern.condition === "version") parts.push("the condition #version = :expected with an increment makes concurrent updates from one read fail but one (optimistic locking)");
    if (pattern.condition === "nonNegative" && counters.length > 0) parts.push(`the condition ${w.condition ?? ""} rejects a debit that would take the value below zero, atomically with the write (a credit only needs the item to exist)`);
    s.push(`UpdateItem on the table key${parts.length ? `: ${parts.join("; ")}` : ""}.`);
    if (w.touched.length > 0) s.push(`It changes ${listWords([...new Set(w.touched.flatMap((t) => t.attributes))])}, part of ${listWords(w.touched.map((t) => t.index))}'s keys, so it re-renders those keys (SET, or REMOVE when the item leaves a sparse index): 2 index writes when a key changes.`);
    if (w.operation === "TransactWriteItems") s.push("A unique attribute changes, so a transaction releases the old value's uniqueness item and claims the new one.");
  }
  s.push(`About ${fmt(w.writeUnits.total)} write unit${w.writeUnits.total === 1 ? "" : "s"} per request.`);
  return { techniques: orderedTechniques(w.techniques), explanation: s.join(" ") };
}
