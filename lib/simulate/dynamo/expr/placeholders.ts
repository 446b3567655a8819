/**
 * ExpressionAttributeNames / ExpressionAttributeValues of one request: every placeholder an
 * expression uses must be defined, and every one defined must be used
 * (Expressions.ExpressionAttributeNames, Expressions.ExpressionAttributeValues).
 * Messages are DynamoDB Local's (measured in lib/run/conformance).
 */
import type { Parsed } from "./ast";
import type { ExpressionKind } from "./parse";
import { EXPRESSION_NUMBERS, fromNative } from "../convert";
import { validation } from "../errors";
import type { Value } from "../value";

export interface Bindings {
  readonly names: Readonly<Record<string, string>>;
  readonly values: ReadonlyMap<string, Value>;
}

export const NO_BINDINGS: Bindings = { names: {}, values: new Map() };

export interface ExpressionUse {
  readonly kind: ExpressionKind;
  readonly parsed: Parsed<unknown>;
}

function defined<T>(map: Record<string, T> | undefined): Record<string, T> | undefined {
  if (!map) return map;
  for (const k in map) {
    if (map[k] === undefined) return Object.fromEntries(Object.entries(map).filter(([, v]) => v !== undefined));
  }
  return map;
}

const PLACEHOLDER = { names: /^#[A-Za-z0-9_]+$/, values: /^:[A-Za-z0-9_]+$/ };

function checkKeys(keys: readonly string[], what: "names" | "values"): void {
  for (const key of keys) {
    if (!PLACEHOLDER[what].test(key)) {
      const label = what === "names" ? "ExpressionAttributeNames" : "ExpressionAttributeValues";
      throw validation(`${label} contains invalid key: Syntax error; key: "${key}"`);
    }
  }
}

/**
 * Checks the placeholders of all the request's expressions and converts the values once.
 * `valueKinds` lists the operation's expressions that may use values, in the order Local
 * names them when values come without any of them (measured).
 */
export function bindPlaceholders(
  uses: readonly ExpressionUse[],
  names: Record<string, string> | undefined,
  values: Record<string, unknown> | undefined,
  valueKinds: readonly ExpressionKind[] = [],
): Bindings {
  // The DocumentClient drops undefined values before sending (measured: `:u: undefined` is "not defined").
  names = defined(names);
  values = defined(values);
  if (names && Object.keys(names).length === 0) throw validation("ExpressionAttributeNames must not be empty");
  if (values && Object.keys(values).length === 0) throw validation("ExpressionAttributeValues must not be empty");
  if (names && uses.length === 0) throw validation("ExpressionAttributeNames can only be specified when using expressions");
  if (values && !uses.some((u) => valueKinds.includes(u.kind))) {
    const missing = valueKinds.length === 1 ? `${valueKinds[0]} is null` : `${valueKinds.join(" and ")} are null`;
    throw validation(`ExpressionAttributeValues can only be specified when using expressions: ${missing}`);
  }
  if (uses.length === 0) return NO_BINDINGS;
  const usedNames = new Set<string>();
  const usedValues = new Set<string>();
  for (const { kind, parsed } of uses) {
    for (const n of parsed.names) {
      if (!names || !Object.prototype.hasOwnProperty.call(names, n)) {
        throw validation(`Invalid ${kind}: An expression attribute name used in the document path is not defined; attribute name: ${n}`);
      }
      usedNames.add(n);
    }
    for (const v of parsed.values) {
      if (!values || !Object.prototype.hasOwnProperty.call(values, v)) {
        throw validation(`Invalid ${kind}: An expression attribute value used in expression is not defined; attribute value: ${v}`);
      }
      usedValues.add(v);
    }
  }
  // Keys an expression uses are well formed (the lexer made them); check the others.
  const unusedNames = Object.keys(names ?? {}).filter((n) => !usedNames.has(n));
  const unusedValues = Object.keys(values ?? {}).filter((v) => !usedValues.has(v));
  checkKeys(unusedNames, "names");
  checkKeys(unusedValues, "values");
  if (unusedNames.length) throw validation(`Value provided in ExpressionAttributeNames unused in expressions: keys: {${unusedNames.join(", ")}}`);
  if (unusedValues.length) throw validation(`Value provided in ExpressionAttributeValues unused in expressions: keys: {${unusedValues.join(", ")}}`);
  const converted = new Map<string, Value>();
  for (const v of usedValues) converted.set(v, fromNative(values![v], EXPRESSION_NUMBERS));
  return { names: names ?? {}, values: converted };
}
