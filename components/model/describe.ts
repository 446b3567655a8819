import type { AccessPattern } from "@/lib/model";

/**
 * Reads a pattern's `where` the way DynamoDB expressions read: run-time parameters
 * as `:name`, design-time constants as literals.
 */
export function describeWhere(where: AccessPattern["where"]): string {
  if (!where) return "";
  return Object.entries(where)
    .map(([attribute, condition]) => describeCondition(attribute, condition))
    .join(" AND ");
}

const SYMBOLS: Record<string, string> = { eq: "=", lt: "<", lte: "<=", gt: ">", gte: ">=" };

function describeCondition(attribute: string, condition: unknown): string {
  if (typeof condition === "string") return describeOperator(attribute, condition, `:${attribute}`);
  if (typeof condition === "object" && condition !== null) {
    const [operator, value] = Object.entries(condition)[0] ?? ["?", undefined];
    if (operator === "between" && Array.isArray(value)) {
      return `${attribute} BETWEEN ${literal(value[0])} AND ${literal(value[1])}`;
    }
    return describeOperator(attribute, operator, literal(value));
  }
  return attribute;
}

function describeOperator(attribute: string, operator: string, operand: string): string {
  const symbol = SYMBOLS[operator];
  if (symbol) return `${attribute} ${symbol} ${operand}`;
  switch (operator) {
    case "between":
      return `${attribute} BETWEEN ${operand}From AND ${operand}To`;
    case "beginsWith":
      return `begins_with(${attribute}, ${operand})`;
    case "exists":
      return `attribute_exists(${attribute})`;
    case "notExists":
      return `attribute_not_exists(${attribute})`;
    default:
      return `${attribute} ${operator} ${operand}`;
  }
}

function literal(value: unknown): string {
  return JSON.stringify(value) ?? String(value);
}

export function entityNames(entity: AccessPattern["entity"]): string {
  return Array.isArray(entity) ? entity.join(" + ") : entity;
}
