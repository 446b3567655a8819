/**
 * The template a requirement asks for on a new index slot (guide §1, §3, §4):
 * - partition key: the run-time equalities that identify an owner (`TENANT#{tenantId}`),
 *   or a constant partition when there are none (`GAME#STATUS#OPEN`);
 * - sort key: the entity's typed prefix, low-cardinality equalities (composite sort key),
 *   the range or order attribute, then the key attributes that break ties;
 * - sparse condition: the pattern's constants and presence tests, so only qualifying
 *   items carry the index keys;
 * - multi-entity ordered results put the sort value first and an entity tag after it, so
 *   entities interleave by the sort value and ties follow entity names.
 */
import { encodeValue } from "./render";
import { escapeString, reverseEncoded } from "./encode";
import { attrOf, isLowCardinality, sanitizeLabel, type EntityFacts, type Facts } from "./facts";
import { effectiveDirection, type Cond, type Requirement } from "./requirements";
import { attr, joined, lit, placeholders, type Part, type Tpl } from "./template";

/** Key attributes first (in key order), then the others in declaration order. */
export function canonical(e: EntityFacts, attrs: ReadonlyArray<string>): string[] {
  const names = [...e.attrs.keys()];
  const rank = (a: string) => (e.keySet.has(a) ? e.key.indexOf(a) : e.key.length + names.indexOf(a));
  return [...new Set(attrs)].sort((a, b) => rank(a) - rank(b));
}

/** `TENANT#{tenantId}#PAYMENT#{paymentId}`: each attribute after its owner's label. */
export function labelledKey(facts: Facts, attrs: ReadonlyArray<string>): Part[] {
  return joined(attrs.flatMap((a) => [lit(facts.label(a)), attr(a)]));
}

function constantText(facts: Facts, e: EntityFacts, c: Cond): string {
  const value = (v: unknown) => {
    const type = attrOf(facts, e.name, c.attr)?.type ?? "string";
    return type === "string" || type === "datetime" ? escapeString(String(v)) : encodeValue(type, v) ?? escapeString(String(v));
  };
  const label = sanitizeLabel(c.attr);
  switch (c.op) {
    case "eq": return `${label}#${value(c.value)}`;
    case "exists": return `${label}#EXISTS`;
    case "notExists": return `${label}#NONE`;
    case "between": return Array.isArray(c.value) ? `${label}#BETWEEN#${value(c.value[0])}#${value(c.value[1])}` : label;
    default: return `${label}#${c.op.toUpperCase()}#${value(c.value)}`;
  }
}

/**
 * The literal of a constant partition: the entities and the conditions that fill it. All
 * entities of a multi-entity requirement share it (`GAME+PLAYER#ALL`), so one Query reads them.
 */
export function constantPartition(facts: Facts, e: EntityFacts, when: ReadonlyArray<Cond>, entities: ReadonlyArray<string> = [e.name]): string {
  const owners = facts.order.filter((n) => entities.includes(n)).map((n) => facts.entities.get(n)?.prefix ?? n).join("+");
  return when.length === 0 ? `${owners}#ALL` : [owners, ...when.map((c) => constantText(facts, e, c))].join("#");
}

/** Whether a strict `<` may fall on the sort attribute when it ends the key (it then needs a closing delimiter). */
function needsClosing(facts: Facts, e: EntityFacts, r: Requirement, sortAttr: string): boolean {
  const strict = r.range?.attr === sortAttr ? r.range.op === "lt" : r.fixed.some((c) => c.attr === sortAttr && c.op === "lt");
  return strict && attrOf(facts, e.name, sortAttr)?.type !== "datetime";
}

export function idealTemplate(facts: Facts, r: Requirement, e: EntityFacts, index: string, tablePk?: Part[]): Tpl {
  const eq = canonical(e, r.eq);
  const multi = r.entities.length > 1;
  let pkAttrs: string[];
  let skEq: string[];
  if (tablePk) {
    pkAttrs = placeholders(tablePk);
    skEq = eq.filter((a) => !pkAttrs.includes(a));
  } else if (multi) {
    pkAttrs = eq;
    skEq = [];
  } else {
    const high = eq.filter((a) => !isLowCardinality(attrOf(facts, e.name, a)));
    pkAttrs = high.length > 0 ? high : eq;
    skEq = high.length > 0 ? eq.filter((a) => !high.includes(a)) : [];
  }
  const when = r.fixed.map((c) => ({ ...c }));
  const fixedEq = new Set([...eq, ...r.fixed.filter((c) => c.op === "eq").map((c) => c.attr)]);
  let sortAttr = r.range?.attr ?? r.order?.by;
  if (sortAttr !== undefined && fixedEq.has(sortAttr)) sortAttr = undefined;
  const pk = tablePk ?? (pkAttrs.length > 0 ? labelledKey(facts, pkAttrs) : [lit(constantPartition(facts, e, when, r.entities))]);
  const tiebreak = e.key.filter((k) => !pkAttrs.includes(k) && !skEq.includes(k) && k !== sortAttr);
  const desc = effectiveDirection(r) === "desc";
  const sortSegment = sortAttr !== undefined ? [attr(sortAttr)] : [];
  const segments: Part[] = multi && r.order && sortAttr !== undefined
    ? [...sortSegment, lit(desc ? reverseEncoded(e.prefix) : e.prefix), ...tiebreak.map(attr)]
    : [lit(e.prefix), ...skEq.map(attr), ...sortSegment, ...tiebreak.map(attr)];
  const lastSegment = segments[segments.length - 1];
  // A lone prefix, or an entity tag that ends the key, gets its delimiter (`ALPHA#` must not be a prefix of `ALPHAB#`).
  const closing = segments.length === 1 || (multi && !!r.order && sortAttr !== undefined && tiebreak.length === 0)
    || (lastSegment?.kind === "attr" && sortAttr !== undefined && lastSegment.name === sortAttr && needsClosing(facts, e, r, sortAttr));
  return {
    entity: e.name, index, pk, sk: joined(segments, closing), when, shards: 1,
    reverse: new Set(desc ? tiebreak : []),
  };
}
