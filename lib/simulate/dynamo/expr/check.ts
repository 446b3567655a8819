/**
 * Checks DynamoDB makes before evaluating a condition, using the request's constant values
 * (Expressions.OperatorsAndFunctions): operand counts and kinds of functions, operand types
 * of constants, attribute_type's type names, BETWEEN bounds in order, at most 100 IN values.
 * Messages are DynamoDB Local's (measured).
 */
import type { Condition, Operand } from "./ast";
import type { Bindings } from "./placeholders";
import { compareScalars } from "../compare";
import { validation } from "../errors";
import { TYPE_NAMES, type Value } from "../value";
import { formatPath, resolvePath } from "../eval/path";
import type { ExpressionKind } from "./parse";

const MAX_IN_OPERANDS = 100;

function constant(op: Operand, b: Bindings): Value | undefined {
  return op.k === "value" ? b.values.get(op.name) : undefined;
}

/** `n = n`, `n BETWEEN n AND :x`, `n IN (n)`: Local refuses a path compared with itself. */
function checkDistinct(op: string, first: Operand, rest: readonly Operand[], b: Bindings, fail: (m: string) => never): void {
  if (first.k !== "path" || !rest.some((o) => o.k === "path")) return;
  const key = JSON.stringify(resolvePath(first.path, b));
  for (const o of rest) {
    if (o.k === "path" && JSON.stringify(resolvePath(o.path, b)) === key) {
      fail(`The first operand must be distinct from the remaining operands for this operator or function; operator: ${op}, first operand: ${formatPath(resolvePath(first.path, b))}`);
    }
  }
}

export function checkCondition(kind: ExpressionKind, c: Condition, b: Bindings): void {
  const fail = (message: string): never => {
    throw validation(`Invalid ${kind}: ${message}`);
  };
  const operandType = (fn: string, v: Value) => fail(`Incorrect operand type for operator or function; operator or function: ${fn}, operand type: ${v.t}`);
  const scalar = (fn: string, op: Operand) => {
    const v = constant(op, b);
    if (v && v.t !== "S" && v.t !== "N" && v.t !== "B") operandType(fn, v);
    return v;
  };
  switch (c.k) {
    case "and":
    case "or":
      checkCondition(kind, c.a, b);
      checkCondition(kind, c.b, b);
      return;
    case "not":
      checkCondition(kind, c.a, b);
      return;
    case "cmp":
      checkDistinct(c.op, c.a, [c.b], b, fail);
      if (c.op !== "=" && c.op !== "<>") {
        scalar(c.op, c.a);
        scalar(c.op, c.b);
      }
      return;
    case "between": {
      checkDistinct("BETWEEN", c.a, [c.lo, c.hi], b, fail);
      scalar("BETWEEN", c.a);
      const lo = scalar("BETWEEN", c.lo);
      const hi = scalar("BETWEEN", c.hi);
      if (lo && hi && lo.t === hi.t && compareScalars(lo, hi) > 0) {
        fail(
          "The BETWEEN operator requires upper bound to be greater than or equal to lower bound; " +
            `lower bound operand: AttributeValue: {${lo.t}:${showScalar(lo)}}, upper bound operand: AttributeValue: {${hi.t}:${showScalar(hi)}}`,
        );
      }
      return;
    }
    case "in":
      checkDistinct("IN", c.a, c.list, b, fail);
      if (c.list.length > MAX_IN_OPERANDS) {
        fail(`The IN operator is provided with too many operands; number of operands: ${c.list.length}`);
      }
      return;
    case "fn": {
      const want = c.name === "attribute_exists" || c.name === "attribute_not_exists" ? 1 : 2;
      if (c.args.length !== want) {
        fail(`Incorrect number of operands for operator or function; operator or function: ${c.name}, number of operands: ${c.args.length}`);
      }
      if (c.args[0]!.k !== "path") fail(`Operator or function requires a document path; operator or function: ${c.name}`);
      if (c.name === "begins_with") {
        const v = constant(c.args[1]!, b);
        if (v && v.t !== "S" && v.t !== "B") operandType("begins_with", v);
      }
      if (c.name === "attribute_type") {
        const v = constant(c.args[1]!, b);
        if (v && (v.t !== "S" || !(TYPE_NAMES as readonly string[]).includes(v.v))) {
          fail(`Invalid attribute type name found; type: ${v.t === "S" ? v.v : v.t}, valid types: {N,BS,L,B,NULL,M,S,SS,NS,BOOL}`);
        }
      }
      return;
    }
  }
}

function showScalar(v: Value): string {
  if (v.t === "S") return v.v;
  if (v.t === "N") return v.v.text;
  if (v.t === "B") return `[${[...(v.v as Uint8Array)].join(", ")}]`;
  return "";
}
