/**
 * KeyConditionExpression (Query.KeyConditionExpressions): the partition key with `=`, and
 * optionally one sort key condition (=, <, <=, >, >=, BETWEEN, begins_with), joined by AND.
 * Operands may be written either way round (`:v = pk`). Messages are DynamoDB Local's
 * (measured in lib/run/conformance).
 */
import type { Condition, Operand } from "./ast";
import type { Bindings } from "./placeholders";
import { validation } from "../errors";
import type { KeyAttribute } from "../schema";
import type { Value } from "../value";

export type SortCondition =
  | { readonly op: "=" | "<" | "<=" | ">" | ">="; readonly v: Value }
  | { readonly op: "between"; readonly lo: Value; readonly hi: Value }
  | { readonly op: "begins_with"; readonly v: Value };

export interface KeyCondition {
  readonly pk: Value;
  readonly sk?: SortCondition;
}

const FLIP = { "=": "=", "<": ">", "<=": ">=", ">": "<", ">=": "<=" } as const;

function flatten(c: Condition, out: Condition[]): Condition[] {
  if (c.k === "and") {
    flatten(c.a, out);
    flatten(c.b, out);
  } else out.push(c);
  return out;
}

interface Part {
  readonly name: string;
  readonly cond: SortCondition;
}

function attributeName(op: Operand, b: Bindings): string | undefined {
  if (op.k === "size") throw validation("KeyConditionExpressions cannot contain nested operations");
  if (op.k !== "path") return undefined;
  const first = op.path[0]!;
  const name = first.kind === "name" ? (first.name.startsWith("#") ? b.names[first.name]! : first.name) : "";
  if (op.path.length > 1) {
    throw validation(`Key attributes must be scalars; list random access '[]' and map lookup '.' are not allowed: Key: ${name}`);
  }
  return name;
}

function valueOf(op: Operand, b: Bindings): Value | undefined {
  return op.k === "value" ? b.values.get(op.name) : undefined;
}

function part(c: Condition, b: Bindings): Part {
  const invalid = (op: string) => validation(`Invalid operator used in KeyConditionExpression: ${op}`);
  const multiple = () => validation("Invalid condition in KeyConditionExpression: Multiple attribute names used in one condition");
  switch (c.k) {
    case "or":
      throw invalid("OR");
    case "not":
      throw invalid("NOT");
    case "in":
      throw invalid("IN");
    case "cmp": {
      if (c.op === "<>") throw invalid("<>");
      const left = attributeName(c.a, b);
      const right = attributeName(c.b, b);
      if (left !== undefined && right !== undefined) throw multiple();
      if (left !== undefined) return { name: left, cond: { op: c.op, v: valueOf(c.b, b)! } };
      if (right !== undefined) return { name: right, cond: { op: FLIP[c.op], v: valueOf(c.a, b)! } };
      throw validation("Invalid condition in KeyConditionExpression: No key attribute specified");
    }
    case "between": {
      const name = attributeName(c.a, b);
      if (name === undefined || attributeName(c.lo, b) !== undefined || attributeName(c.hi, b) !== undefined) throw multiple();
      return { name, cond: { op: "between", lo: valueOf(c.lo, b)!, hi: valueOf(c.hi, b)! } };
    }
    case "fn": {
      if (c.name !== "begins_with") throw invalid(c.name);
      const name = attributeName(c.args[0]!, b);
      if (name === undefined || attributeName(c.args[1]!, b) !== undefined) throw multiple();
      return { name, cond: { op: "begins_with", v: valueOf(c.args[1]!, b)! } };
    }
    case "and":
      throw new Error("unreachable: flattened");
  }
}

function values(c: SortCondition): Value[] {
  return c.op === "between" ? [c.lo, c.hi] : [c.v];
}

export function analyseKeyCondition(c: Condition, pk: KeyAttribute, sk: KeyAttribute | undefined, b: Bindings): KeyCondition {
  const parts = flatten(c, []).map((x) => part(x, b));
  const seen = new Set<string>();
  for (const p of parts) {
    if (seen.has(p.name)) throw validation("KeyConditionExpressions must only contain one condition per key");
    seen.add(p.name);
  }
  const pkPart = parts.find((p) => p.name === pk.name);
  if (!pkPart || parts.some((p) => p.name !== pk.name && p.name !== sk?.name)) throw validation("Query condition missed key schema element");
  const pkCond = pkPart.cond;
  if (pkCond.op !== "=") throw validation("Query key condition not supported");
  const skPart = parts.find((p) => p.name === sk?.name);
  for (const [p, attr] of [[pkPart, pk], [skPart, sk]] as const) {
    if (!p || !attr) continue;
    if (values(p.cond).some((v) => v.t !== attr.type)) {
      throw validation("One or more parameter values were invalid: Condition parameter type does not match schema type");
    }
  }
  return skPart ? { pk: pkCond.v, sk: skPart.cond } : { pk: pkCond.v };
}
