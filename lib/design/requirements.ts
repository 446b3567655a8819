/**
 * Every read pattern as a requirement (guide §1): the entities it reads, its run-time
 * equalities (what the caller has), its design-time conditions, and its sort path.
 */
import {
  describeCondition, orderDirection, patternConsistency, patternEntities, patternRps, whereEntries,
  type AccessPattern, type ConstantValue, type Operator, type OrderDirection,
} from "../model";

/** One `where` entry taken apart. */
export interface Cond {
  attr: string;
  op: Operator;
  /** A run-time parameter (eq or a range operator given as a string). */
  runtime: boolean;
  value?: ConstantValue | [ConstantValue, ConstantValue];
}

export interface Requirement {
  pattern: AccessPattern;
  /** Position of the pattern in the model. */
  position: number;
  id: string;
  kind: "get" | "query";
  entities: string[];
  /** Run-time eq attributes, in `where` order. */
  eq: string[];
  /** The run-time range condition, at most one (R9). */
  range?: Cond;
  /** Design-time conditions: constants (eq and ranges) and exists/notExists. */
  fixed: Cond[];
  order?: { by: string; dir: OrderDirection };
  strong: boolean;
  limit?: number;
  rps: number;
}

export function conditionsOf(pattern: AccessPattern): Cond[] {
  return whereEntries(pattern).map(([attr, c]) => {
    const d = describeCondition(c);
    return { attr, op: d.operator, runtime: d.runtime, ...(d.constant !== undefined ? { value: d.constant } : {}) };
  });
}

export function requirementOf(pattern: AccessPattern, position: number): Requirement | undefined {
  if (pattern.kind !== "get" && pattern.kind !== "query") return undefined;
  const conds = conditionsOf(pattern);
  const eq = conds.filter((c) => c.runtime && c.op === "eq").map((c) => c.attr);
  const range = conds.find((c) => c.runtime && c.op !== "eq");
  return {
    pattern, position, id: pattern.id, kind: pattern.kind, entities: patternEntities(pattern), eq,
    ...(range ? { range } : {}),
    fixed: conds.filter((c) => !c.runtime),
    ...(pattern.order ? { order: { by: pattern.order.by, dir: orderDirection(pattern) } } : {}),
    strong: patternConsistency(pattern) === "strong",
    ...(pattern.limit !== undefined ? { limit: pattern.limit } : {}),
    rps: patternRps(pattern),
  };
}

/** Same attribute, operator and constant: one condition implies the other. */
export function sameCond(a: Cond, b: Cond): boolean {
  return a.attr === b.attr && a.op === b.op && a.runtime === b.runtime && JSON.stringify(a.value) === JSON.stringify(b.value);
}

/** A readable form of a condition: `status = "OPEN"`, `resolvedAt not exists`. */
export function condText(c: Cond): string {
  const v = (x: unknown) => JSON.stringify(x);
  switch (c.op) {
    case "exists": return `${c.attr} exists`;
    case "notExists": return `${c.attr} does not exist`;
    case "between": return Array.isArray(c.value) ? `${c.attr} between ${v(c.value[0])} and ${v(c.value[1])}` : `${c.attr} between`;
    case "beginsWith": return `${c.attr} begins with ${c.runtime ? "a parameter" : v(c.value)}`;
    default: {
      const sym = { eq: "=", lt: "<", lte: "<=", gt: ">", gte: ">=" }[c.op];
      return `${c.attr} ${sym} ${c.runtime ? `:${c.attr}` : v(c.value)}`;
    }
  }
}

/**
 * The direction results come back in. When an equality fixes `order.by`, every result
 * ties on it, so the oracle's tie order (entity, then key, ascending) is the whole order.
 */
export function effectiveDirection(req: Requirement): OrderDirection {
  if (!req.order) return "asc";
  return orderFixed(req) ? "asc" : req.order.dir;
}

/** `order.by` is bound by an equality (run-time or constant). */
export function orderFixed(req: Requirement): boolean {
  const by = req.order?.by;
  return by !== undefined && (req.eq.includes(by) || req.fixed.some((c) => c.attr === by && c.op === "eq"));
}
