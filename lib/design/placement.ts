/**
 * Secondary indexes for what the table cannot serve (guide §3, "What is left goes to
 * GSIs"). Requirements are placed greedily, most constrained first (multi-entity, then
 * ordered, then the rest, in model order), each on the first index where it fits:
 *   1. an index whose templates already serve it (sharing: GSI overloading);
 *   2. an index where its entities have no template yet, with its ideal template added;
 *   3. an index where folding a constant into the sort key lets one template serve it
 *      and everything the template served before (composite sort key over sparse);
 *   4. a new index, up to DynamoDB's 20 GSIs (then it stays unserved: TOO_MANY_GSIS).
 * Strongly consistent requirements get local indexes instead (GSIs cannot read strongly),
 * up to 5. Each step is a bounded scan over at most 20 indexes, so placement is linear in
 * the number of patterns.
 */
import { MAX_GLOBAL_SECONDARY_INDEXES, MAX_LOCAL_SECONDARY_INDEXES } from "../dynamo/limits";
import type { Facts } from "./facts";
import { idealTemplate } from "./ideal";
import { removeTemplate, setTemplate, templateOf, type Layout } from "./layout";
import type { NameAllocator } from "./names";
import type { Requirement } from "./requirements";
import { serveOn } from "./serve";
import { attr, lit, merge, type IndexSchema, type Tpl } from "./template";

export interface PlacementReport {
  /** Requirements that would need a 21st GSI or a 6th LSI. */
  overflow: Map<string, "global" | "local">;
}

function rank(r: Requirement): number[] {
  return [r.entities.length > 1 ? 0 : 1, r.order ? 0 : 1, -(r.eq.length + r.fixed.length), r.position];
}

function compareRanks(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export function placeIndexes(facts: Facts, layout: Layout, reqs: ReadonlyArray<Requirement>, names: NameAllocator): PlacementReport {
  const overflow = new Map<string, "global" | "local">();
  const servedAnywhere = (r: Requirement) =>
    [layout.table, ...layout.indexes].some((s) => (!r.strong || s.kind !== "global") && serveOn(facts, layout, s, r, false).ok);
  const byEntity = new Map<string, Requirement[]>();
  for (const r of reqs) for (const e of r.entities) byEntity.set(e, [...(byEntity.get(e) ?? []), r]);
  const pending = reqs.filter((r) => !serveOn(facts, layout, layout.table, r, false).ok).sort((a, b) => compareRanks(rank(a), rank(b)));
  for (const r of pending) {
    if (servedAnywhere(r)) continue;
    const kind = r.strong ? "local" : "global";
    if (!placeOnExisting(facts, layout, r, kind) && !(kind === "global" && widen(facts, layout, r, byEntity))) {
      if (!placeOnNew(facts, layout, r, kind, names)) {
        const count = layout.indexes.filter((i) => i.kind === kind).length;
        const max = kind === "global" ? MAX_GLOBAL_SECONDARY_INDEXES : MAX_LOCAL_SECONDARY_INDEXES;
        if (count >= max) overflow.set(r.id, kind);
      }
    }
  }
  return { overflow };
}

function ideal(facts: Facts, layout: Layout, r: Requirement, entity: string, schema: IndexSchema): Tpl | undefined {
  const e = facts.entities.get(entity);
  if (!e || schema.name === null) return undefined;
  const table = templateOf(layout, entity, null);
  if (schema.kind === "local" && !table) return undefined;
  return idealTemplate(facts, r, e, schema.name, schema.kind === "local" ? table?.pk : undefined);
}

/** Adds the missing templates of `r` to `schema`; keeps them only if the index then serves it. */
function tryAdd(facts: Facts, layout: Layout, r: Requirement, schema: IndexSchema): boolean {
  const added: Tpl[] = [];
  for (const name of r.entities) {
    if (templateOf(layout, name, schema.name)) continue;
    const t = ideal(facts, layout, r, name, schema);
    if (!t) break;
    setTemplate(layout, t);
    added.push(t);
  }
  if (added.length > 0 && serveOn(facts, layout, schema, r, false).ok) return true;
  for (const t of added) removeTemplate(layout, t.entity, t.index);
  return false;
}

function placeOnExisting(facts: Facts, layout: Layout, r: Requirement, kind: "global" | "local"): boolean {
  return layout.indexes.some((s) => s.kind === kind && tryAdd(facts, layout, r, s));
}

function placeOnNew(facts: Facts, layout: Layout, r: Requirement, kind: "global" | "local", names: NameAllocator): boolean {
  const count = layout.indexes.filter((i) => i.kind === kind).length;
  if (count >= (kind === "global" ? MAX_GLOBAL_SECONDARY_INDEXES : MAX_LOCAL_SECONDARY_INDEXES)) return false;
  const n = count + 1;
  const schema: IndexSchema = kind === "global"
    ? { name: `GSI${n}`, kind, pk: { name: names.peek(`GSI${n}PK`), type: "S" }, sk: { name: names.peek(`GSI${n}SK`), type: "S" }, projection: "ALL" }
    : { name: `LSI${n}`, kind, pk: layout.table.pk, sk: { name: names.peek(`LSI${n}SK`), type: "S" }, projection: "ALL" };
  layout.indexes.push(schema);
  if (tryAdd(facts, layout, r, schema)) {
    names.commit(schema.pk.name);
    if (schema.sk) names.commit(schema.sk.name);
    return true;
  }
  layout.indexes.pop();
  return false;
}

/**
 * Folds constants of the sparse condition into the sort key, right after the typed
 * prefix (`PAYMENT#{status}#{createdAt}`), so one template serves several constants or a
 * run-time equality on the same attribute. Kept only if every requirement the template
 * served still matches.
 */
function widen(facts: Facts, layout: Layout, r: Requirement, byEntity: Map<string, Requirement[]>): boolean {
  if (r.entities.length !== 1) return false;
  const entity = r.entities[0] ?? "";
  const e = facts.entities.get(entity);
  if (!e) return false;
  for (const schema of layout.indexes) {
    if (schema.kind !== "global") continue;
    const t = templateOf(layout, entity, schema.name);
    const first = t?.sk?.[0];
    if (!t || !t.sk || first?.kind !== "lit" || first.text !== `${e.prefix}#`) continue;
    const folds = t.when.filter((w) => w.op === "eq" && (r.eq.includes(w.attr) || r.fixed.some((c) => c.attr === w.attr && c.op === "eq" && JSON.stringify(c.value) !== JSON.stringify(w.value))));
    if (folds.length === 0) continue;
    const before = (byEntity.get(entity) ?? []).filter((x) => serveOn(facts, layout, schema, x, false).ok);
    const widened: Tpl = {
      ...t, when: t.when.filter((w) => !folds.includes(w)),
      sk: merge([first, ...folds.flatMap((w) => [attr(w.attr), lit("#")]), ...t.sk.slice(1)]),
    };
    setTemplate(layout, widened);
    if (serveOn(facts, layout, schema, r, false).ok && before.every((x) => serveOn(facts, layout, schema, x, false).ok)) return true;
    setTemplate(layout, t);
  }
  return false;
}
