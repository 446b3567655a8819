/**
 * `where` conditions: their grammar (an operator string, or a one-operator constant
 * object) and R6 (operators fit types; constants have the attribute's type and are among
 * its values). Where keys are attribute names, which may be "__proto__" or "constructor":
 * the map is read with Object.entries only.
 */
import type { Path } from "../path";
import { CONSTANT_OPERATORS, OPERATORS, RANGE_OPERATORS, type AttributeType, type Operator } from "../types";
import {
  compareBytes, compareUtf8, datetimeProblem, decodeBase64, describe, isBase64, isDatetime,
} from "../values";
import { isPlainObject } from "../safe";
import { typed, type AttributeInfo, type RuleContext } from "./context";

export interface ParsedCondition {
  attribute: string;
  path: Path;
  operator: Operator;
  /** A parameter given at run time (an operator string other than exists/notExists). */
  runtime: boolean;
  /** Set for constant objects: the value and its path. */
  constant?: { value: unknown; path: Path };
}

const OPERATOR_LIST: readonly string[] = OPERATORS;
const CONSTANT_LIST: readonly string[] = CONSTANT_OPERATORS;
const RANGE_LIST: readonly string[] = RANGE_OPERATORS;

export function isRange(op: Operator): boolean {
  return RANGE_LIST.includes(op);
}

/** The well-formed conditions of a where map; malformed ones are reported and left out. */
export function parseWhere(ctx: RuleContext, where: Record<string, unknown>, wherePath: Path): ParsedCondition[] {
  const out: ParsedCondition[] = [];
  for (const [attribute, raw] of Object.entries(where)) {
    const path = [...wherePath, attribute];
    if (typeof raw === "string") {
      if (OPERATOR_LIST.includes(raw)) {
        const operator = raw as Operator;
        out.push({ attribute, path, operator, runtime: operator !== "exists" && operator !== "notExists" });
      } else {
        ctx.problems.error(path, `expected one of ${OPERATORS.join(", ")}, or a constant like {"eq": value}, found ${describe(raw)}`);
      }
      continue;
    }
    if (!isPlainObject(raw)) {
      ctx.problems.error(path, `expected an operator like "eq" or a constant like {"eq": value}, found ${describe(raw)}`);
      continue;
    }
    const keys = Object.keys(raw);
    const [op] = keys;
    if (keys.length !== 1 || op === undefined) {
      ctx.problems.error(path, `a constant holds exactly one operator, found ${keys.length}${keys.length ? ` (${keys.join(", ")})` : ""}`);
    } else if (op === "exists" || op === "notExists") {
      ctx.problems.error(path, `${op} takes no value; write "${op}" instead of an object`);
    } else if (!CONSTANT_LIST.includes(op)) {
      ctx.problems.error([...path, op], `expected one of ${CONSTANT_OPERATORS.join(", ")} in a constant, found ${JSON.stringify(op)}`);
    } else {
      out.push({ attribute, path, operator: op as Operator, runtime: false, constant: { value: raw[op], path: [...path, op] } });
    }
  }
  return out;
}

const ORDERED: ReadonlyArray<Operator> = ["eq", "lt", "lte", "gt", "gte", "between", "exists", "notExists"];
/** Which operators each attribute type takes (R6). */
export const OPERATORS_BY_TYPE: Readonly<Record<AttributeType, ReadonlyArray<Operator>>> = {
  string: [...ORDERED, "beginsWith"],
  datetime: [...ORDERED, "beginsWith"],
  binary: [...ORDERED, "beginsWith"],
  number: ORDERED,
  boolean: ["eq", "exists", "notExists"],
  list: ["exists", "notExists"],
  map: ["exists", "notExists"],
  stringSet: ["exists", "notExists"],
  numberSet: ["exists", "notExists"],
};

/** R6 for one condition, against the attribute as declared on each entity the pattern names. */
export function checkConditionTypes(ctx: RuleContext, c: ParsedCondition, declared: AttributeInfo[]): void {
  const types = new Set(declared.map((a) => a.type).filter((t): t is AttributeType => t !== undefined));
  if (types.size !== 1) return; // absent (R7) or different types (R7)
  const [type] = [...types] as [AttributeType];
  const allowed = OPERATORS_BY_TYPE[type];
  if (!allowed.includes(c.operator)) {
    const fits = (Object.keys(OPERATORS_BY_TYPE) as AttributeType[]).filter((t) => OPERATORS_BY_TYPE[t].includes(c.operator));
    ctx.problems.error(c.path, `operator ${c.operator} does not apply to ${typed(type)} attribute; on ${type} use ${allowed.join(", ")} (${c.operator} applies to ${fits.join(", ")})`, "R6");
    return;
  }
  if (!c.constant) return;
  const valueSets = declared.flatMap((a) => {
    const v = Object.hasOwn(a.node, "values") ? a.node["values"] : undefined;
    return Array.isArray(v) ? [v as unknown[]] : [];
  });
  const { value, path } = c.constant;
  if (c.operator === "beginsWith" && type === "datetime") {
    // A prefix is the point of begins_with on a datetime ("2026-11" = November 2026).
    if (!isDatetimePrefix(value)) {
      ctx.problems.error(path, `expected the start of a datetime like "2026-11" or "2026-11-27T10", found ${describe(value)}`, "R6");
    }
    return;
  }
  if (c.operator !== "between") {
    checkConstant(ctx, value, path, type, valueSets);
    return;
  }
  if (!Array.isArray(value) || value.length !== 2) {
    ctx.problems.error(path, `expected [low, high], two ${type} values, found ${describe(value)}`, "R6");
    return;
  }
  const [low, high] = value as [unknown, unknown];
  const okLow = checkConstant(ctx, low, [...path, 0], type, valueSets);
  const okHigh = checkConstant(ctx, high, [...path, 1], type, valueSets);
  if (okLow && okHigh && compareConstants(type, low, high) > 0) {
    ctx.problems.error(path, `expected low <= high, found ${describe(low)} above ${describe(high)}`, "R6");
  }
}

/** Completions tried for a datetime prefix: one of them fits any prefix of a real datetime. */
const DATETIME_COMPLETIONS = ["2000-01-01T00:00:00.000Z", "2000-10-10T10:00:00.000Z", "2000-12-20T20:00:00.000Z", "2000-01-30T00:00:00.000Z"];

/** A non-empty prefix of some valid datetime in the fixed form (so it can start a key range). */
export function isDatetimePrefix(value: unknown): boolean {
  if (typeof value !== "string" || value.length === 0 || value.length > 24) return false;
  return DATETIME_COMPLETIONS.some((c) => isDatetime(value + c.slice(value.length)));
}

/** Reports and returns false when `value` is not a constant of `type` (or not in values). */
function checkConstant(ctx: RuleContext, value: unknown, path: Path, type: AttributeType, valueSets: unknown[][]): boolean {
  const problem = constantTypeProblem(value, type);
  if (problem) {
    ctx.problems.error(path, problem, "R6");
    return false;
  }
  for (const values of valueSets) {
    if (!values.includes(value)) {
      ctx.problems.error(path, `expected one of the attribute's values ${values.map((v) => describe(v)).join(", ")}, found ${describe(value)}`, "R6");
      return false;
    }
  }
  return true;
}

export function constantTypeProblem(value: unknown, type: AttributeType): string | undefined {
  switch (type) {
    case "string":
      return typeof value === "string" ? undefined : `expected a string, found ${describe(value)}`;
    case "number":
      return typeof value === "number" && Number.isFinite(value) ? undefined : `expected a number, found ${describe(value)}`;
    case "boolean":
      return typeof value === "boolean" ? undefined : `expected true or false, found ${describe(value)}`;
    case "datetime":
      if (isDatetime(value)) return undefined;
      return typeof value === "string"
        ? `expected a datetime like "2026-11-27T10:00:00.000Z", found ${describe(value)}: ${datetimeProblem(value)}`
        : `expected a datetime like "2026-11-27T10:00:00.000Z", found ${describe(value)}`;
    case "binary":
      return isBase64(value) ? undefined : `expected binary as a base64 string, found ${describe(value)}`;
    default:
      return `a constant cannot have type ${type}`;
  }
}

/** Order of two valid constants of one type: strings by UTF-8 bytes, binary by bytes. */
export function compareConstants(type: AttributeType, a: unknown, b: unknown): number {
  if (type === "number") return (a as number) - (b as number);
  if (type === "binary") return compareBytes(decodeBase64(a as string), decodeBase64(b as string));
  if (type === "boolean") return Number(a) - Number(b);
  return compareUtf8(a as string, b as string);
}
