/**
 * Maps read patterns onto a layout, the same way for a proposed and a pinned layout:
 * each requirement goes to the table or the first index that serves it exactly, preferring
 * one without an entity-type filter and without shards; scans go to a sparse index whose
 * condition is exactly the scan's constants, or to the table with a FilterExpression (R11).
 */
import type { AccessPattern } from "../model";
import type { Facts } from "./facts";
import { templateOf, templatesOn, type Layout } from "./layout";
import { indexLabel, type EntityMatch } from "./match";
import { conditionsOf, sameCond, type Requirement } from "./requirements";
import { serveOn } from "./serve";
import { placeholders, type IndexSchema } from "./template";
import type { ReadPlan, ScanPlan } from "./types";

export interface ReadMapping {
  req: Requirement;
  plan?: ReadPlan;
  schema?: IndexSchema;
  matches?: EntityMatch[];
  /** Why each index could not serve it (for unserved patterns), evaluated on demand. */
  reasons: Array<() => string>;
}

export function mapRead(facts: Facts, layout: Layout, req: Requirement, analyseFilter = true): ReadMapping {
  const reasons: Array<() => string> = [];
  let best: { plan: ReadPlan; schema: IndexSchema; matches: EntityMatch[]; cost: number } | undefined;
  for (const schema of [layout.table, ...layout.indexes]) {
    const r = serveOn(facts, layout, schema, req, analyseFilter);
    if (!r.ok) {
      reasons.push(r.reason);
      continue;
    }
    const cost = (r.plan.typeFilter ? 2 : 0) + (r.plan.shards > 1 ? 1 : 0);
    if (!best || cost < best.cost) best = { plan: r.plan, schema, matches: r.matches, cost };
  }
  // Reasons (closures over the matcher's state) are kept only when nothing serves the pattern.
  return best ? { req, plan: best.plan, schema: best.schema, matches: best.matches, reasons: [] } : { req, reasons };
}

export function mapScan(facts: Facts, layout: Layout, pattern: AccessPattern): ScanPlan {
  const entity = typeof pattern.entity === "string" ? pattern.entity : pattern.entity[0] ?? "";
  const conds = conditionsOf(pattern);
  const order = facts.order;
  const e = facts.entities.get(entity);
  for (const schema of layout.indexes) {
    const t = templateOf(layout, entity, schema.name);
    if (!t || !e || schema.kind !== "global") continue;
    const same = t.when.length === conds.length && t.when.every((w) => conds.some((c) => sameCond(c, w)));
    const present = [...placeholders(t.pk), ...placeholders(t.sk)].every((a) => !e.attrs.get(a)?.optional || conds.some((c) => c.attr === a && c.op !== "notExists"));
    if (!same || !present || conds.length === 0) continue;
    const others = templatesOn(layout, schema.name, order).some((x) => x.entity !== entity);
    return { index: schema.name, entity, filters: [], typeFilter: others, consistent: false, limit: pattern.limit ?? null };
  }
  return {
    index: null, entity,
    filters: conds.map((c) => ({ attribute: c.attr, operator: c.op, ...(c.value !== undefined ? { value: c.value } : {}) })),
    typeFilter: facts.list.length > 1 || facts.list.some((x) => x.uniqueAttrs.length > 0), consistent: pattern.consistency === "strong", limit: pattern.limit ?? null,
  };
}

/** One line on why no index serves a requirement: the table's reason and the closest index's. */
export function unservedReason(m: ReadMapping, layout: Layout): string {
  const parts = m.reasons.slice(0, 3).map((r) => r()).filter((x) => x !== "");
  if (layout.indexes.length === 0 && parts.length === 1) return `${parts[0] ?? ""}, and the design has no secondary index`;
  return parts.join("; ");
}

export { indexLabel };
