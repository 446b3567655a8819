/**
 * One AccessPatternDesign per access pattern, in model order: the operation, index, key
 * condition (with physical names), filter, direction, shards, techniques and explanation.
 */
import { patternEntities, type AccessPattern } from "../model";
import { explainRead, explainScan, explainWrite } from "./explain";
import type { Facts } from "./facts";
import { sortShape } from "./keycond";
import type { Layout } from "./layout";
import { readCost } from "./load";
import { mapScan, unservedReason, type ReadMapping } from "./reads";
import { mapWrite } from "./writes";
import type { AccessPatternDesign, ReadPlan, ScanPlan } from "./types";

function base(p: AccessPattern): Omit<AccessPatternDesign, "served" | "operation" | "techniques" | "explanation"> {
  return {
    id: p.id, name: p.name, kind: p.kind, entities: patternEntities(p), index: null, keyCondition: null, filter: null,
    scanIndexForward: null, consistentRead: false, limit: p.limit ?? null, shards: 1, mergeOrder: null, pattern: p,
  };
}

/** The key condition with physical names: `GSI1PK = :pk AND begins_with(GSI1SK, :prefix)`. */
export function keyConditionText(plan: ReadPlan, layout: Layout): string {
  const schema = plan.index === null ? layout.table : layout.indexes.find((i) => i.name === plan.index);
  const pk = schema?.pk.name ?? "PK", sk = schema?.sk?.name ?? "SK";
  const shape = sortShape(plan.sort, plan.sortType !== null && plan.sortType !== "S");
  return `${pk} = :pk${shape ? ` AND ${shape.replace(/#sk/g, sk)}` : ""}`;
}

export function typeFilterText(entities: string[], typeAttribute: string): string {
  return entities.length === 1 ? `${typeAttribute} = :type` : `${typeAttribute} IN (${entities.map((_, i) => `:type${i}`).join(", ")})`;
}

export function readDesign(facts: Facts, layout: Layout, m: ReadMapping): AccessPatternDesign {
  const p = m.req.pattern;
  if (!m.plan || !m.schema) {
    return { ...base(p), served: false, operation: null, techniques: [], explanation: `Not served: ${unservedReason(m, layout)}.` };
  }
  const plan = m.plan;
  const { techniques, explanation } = explainRead(facts, layout, m);
  const isGet = plan.index === null && plan.entities.length === 1 && (plan.sort.kind === "eq" || !m.schema.sk) && !plan.typeFilter && plan.shards === 1;
  const sk = m.schema.sk?.name ?? null;
  const ordered = !isGet && sk !== null;
  return {
    ...base(p), served: true, operation: isGet ? "GetItem" : "Query", index: plan.index,
    keyCondition: isGet ? `${m.schema.pk.name} = :pk${sk ? ` AND ${sk} = :sk` : ""}` : keyConditionText(plan, layout),
    filter: plan.typeFilter ? typeFilterText(plan.typeFilter, layout.typeAttribute) : null,
    scanIndexForward: isGet ? null : plan.forward, consistentRead: plan.consistent, shards: plan.shards,
    mergeOrder: ordered && plan.shards > 1 ? { attribute: sk, direction: plan.forward ? "asc" : "desc" } : null,
    techniques, explanation, readUnits: readCost(facts, layout, m).perRequest, plan,
  };
}

export function scanDesign(facts: Facts, layout: Layout, p: AccessPattern): AccessPatternDesign {
  const scan: ScanPlan = mapScan(facts, layout, p);
  const { techniques, explanation } = explainScan(scan, p, layout);
  const filters = scan.filters.map((f) => `${f.attribute} ${f.operator}${f.value !== undefined ? ` ${JSON.stringify(f.value)}` : ""}`);
  if (scan.typeFilter) filters.push(`${layout.typeAttribute} = :type`);
  return {
    ...base(p), served: true, operation: "Scan", index: scan.index, filter: filters.length ? filters.join(" AND ") : null,
    consistentRead: scan.consistent, techniques, explanation, scan,
  };
}

export function writeDesign(facts: Facts, layout: Layout, p: AccessPattern): AccessPatternDesign {
  const w = mapWrite(facts, layout, p);
  const entity = patternEntities(p)[0] ?? "";
  const unique = facts.entities.get(entity)?.uniqueAttrs ?? [];
  const { techniques, explanation } = explainWrite(w, p, p.kind === "update" ? (p.set ?? []).filter((a) => unique.includes(a)) : unique);
  return {
    ...base(p), served: true, operation: w.operation, techniques, explanation,
    ...(w.condition ? { condition: w.condition } : {}),
    ...(w.updateExpression ? { updateExpression: w.updateExpression } : {}),
    ...(w.transactItems ? { transactItems: w.transactItems } : {}),
    ...(w.indexKeyUpdates ? { indexKeyUpdates: w.indexKeyUpdates } : {}),
    writeUnits: w.writeUnits,
  };
}
