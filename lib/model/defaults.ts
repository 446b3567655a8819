/**
 * Defaults of optional fields, read without writing them into the document (a parsed
 * model keeps only what the file says, so saving it does not add fields).
 */
import { getOwn } from "./safe";
import type {
  AccessPattern, Condition, ConstantValue, Consistency, Entity, Model, Operator, OrderDirection, TableSettings,
} from "./types";

export const DEFAULT_ENTITY_COUNT = 1000;
export const DEFAULT_RPS = 1;

export function entityCount(entity: Entity): number {
  return entity.count ?? DEFAULT_ENTITY_COUNT;
}

export function patternRps(pattern: AccessPattern): number {
  return pattern.rps ?? DEFAULT_RPS;
}

export function patternConsistency(pattern: AccessPattern): Consistency {
  return pattern.consistency ?? "eventual";
}

export function orderDirection(pattern: AccessPattern): OrderDirection {
  return pattern.order?.dir ?? "asc";
}

/** The entity names a pattern reads or writes, always as a list. */
export function patternEntities(pattern: AccessPattern): string[] {
  return typeof pattern.entity === "string" ? [pattern.entity] : [...pattern.entity];
}

/** The where entries in document order. Safe for any attribute name (`__proto__` too). */
export function whereEntries(pattern: AccessPattern): Array<[string, Condition]> {
  return pattern.where ? Object.entries(pattern.where) : [];
}

/** The condition on one attribute, or undefined; never an inherited member. */
export function conditionOn(pattern: AccessPattern, attribute: string): Condition | undefined {
  return pattern.where ? getOwn(pattern.where, attribute) : undefined;
}

/** A condition taken apart: its operator, whether it is a run-time parameter, its constant. */
export function describeCondition(condition: Condition): {
  operator: Operator;
  runtime: boolean;
  constant?: ConstantValue | [ConstantValue, ConstantValue];
} {
  if (typeof condition === "string") {
    return { operator: condition, runtime: condition !== "exists" && condition !== "notExists" };
  }
  const [entry] = Object.entries(condition) as Array<[Operator, ConstantValue | [ConstantValue, ConstantValue]]>;
  if (!entry) throw new Error("a constant condition holds exactly one operator");
  return { operator: entry[0], runtime: false, constant: entry[1] };
}

/**
 * The table name when `table.name` is absent: the model name lower-cased, every character
 * outside [a-z0-9_.-] replaced by "-", cut to 255, padded with "-" to 3. A character is a
 * Unicode code point, so one emoji becomes one "-".
 */
export function defaultTableName(modelName: string): string {
  const replaced = [...modelName.toLowerCase()].map((ch) => (/^[a-z0-9_.-]$/.test(ch) ? ch : "-")).join("");
  return replaced.slice(0, 255).padEnd(3, "-");
}

export function tableName(model: Model): string {
  return model.table?.name ?? defaultTableName(model.name);
}

/** Table settings with every default filled in (for engines; never written back). */
export function tableSettings(model: Model): Required<Pick<TableSettings, "name" | "billing" | "tableClass" | "stream" | "pointInTimeRecovery">> & TableSettings {
  const t = model.table ?? {};
  return {
    ...t,
    name: t.name ?? defaultTableName(model.name),
    billing: t.billing ?? "onDemand",
    tableClass: t.tableClass ?? "standard",
    stream: t.stream ?? "none",
    pointInTimeRecovery: t.pointInTimeRecovery ?? false,
    ...(t.replicas ? { multiRegionConsistency: t.multiRegionConsistency ?? "eventual" } : {}),
  };
}
