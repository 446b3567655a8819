/**
 * Applies an UpdateExpression (Expressions.UpdateExpressions): SET (with + and -,
 * if_not_exists, list_append), REMOVE, ADD (numbers and sets), DELETE (from sets).
 * Every right-hand side reads the item as it was before the update. Paths may not overlap.
 * Key attributes may not be updated. Messages are DynamoDB Local's (measured).
 */
import type { Operand, UpdateAst } from "../expr/ast";
import type { Bindings } from "../expr/placeholders";
import { bytesEqual } from "../compare";
import { addDecimal, compareDecimal, parseDecimal } from "../decimal";
import { validation } from "../errors";
import type { Item, Value } from "../value";
import { formatPath, getPath, getResolved, removePath, resolvePath, setPath, type ResolvedPath } from "./path";

const LONG_TYPE: Record<Value["t"], string> = {
  S: "STRING", N: "NUMBER", B: "BINARY", BOOL: "BOOLEAN", NULL: "NULL", L: "LIST", M: "MAP",
  SS: "STRING_SET", NS: "NUMBER_SET", BS: "BINARY_SET",
};

const NULL: Value = { t: "NULL" };
const wrongType = () => validation("An operand in the update expression has an incorrect data type");

function checkPaths(paths: ResolvedPath[]): void {
  for (let i = 0; i < paths.length; i++) {
    for (let j = i + 1; j < paths.length; j++) {
      const a = paths[i]!;
      const b = paths[j]!;
      const n = Math.min(a.length, b.length);
      let k = 0;
      while (k < n && a[k] === b[k]) k++;
      if (k === n) {
        throw validation(`Invalid UpdateExpression: Two document paths overlap with each other; must remove or rewrite one of these paths; path one: ${formatPath(a)}, path two: ${formatPath(b)}`);
      }
      if (typeof a[k] !== typeof b[k]) {
        throw validation(`Invalid UpdateExpression: Two document paths conflict with each other; must remove or rewrite one of these paths; path one: ${formatPath(a)}, path two: ${formatPath(b)}`);
      }
    }
  }
}

function checkConstants(ast: UpdateAst, b: Bindings): void {
  const fail = (fn: string, v: Value): never => {
    throw validation(`Invalid UpdateExpression: Incorrect operand type for operator or function; operator or function: ${fn}, operand type: ${v.t}`);
  };
  const walk = (op: Operand): void => {
    if (op.k === "+" || op.k === "-" || op.k === "list_append") {
      for (const side of [op.a, op.b]) {
        const v = side.k === "value" ? b.values.get(side.name) : undefined;
        if (v && (op.k === "list_append" ? v.t !== "L" : v.t !== "N")) fail(op.k, v);
        walk(side);
      }
    } else if (op.k === "if_not_exists") walk(op.fallback);
  };
  for (const a of ast.set) walk(a.value);
  for (const [list, name, ok] of [
    [ast.add, "ADD", (t: string) => t === "N" || t === "SS" || t === "NS" || t === "BS"],
    [ast.delete, "DELETE", (t: string) => t === "SS" || t === "NS" || t === "BS"],
  ] as const) {
    for (const a of list) {
      const v = a.value.k === "value" ? b.values.get(a.value.name) : undefined;
      if (v && !ok(v.t)) {
        throw validation(`Invalid UpdateExpression: Incorrect operand type for operator or function; operator: ${name}, operand type: ${LONG_TYPE[v.t]}, typeSet: ALLOWED_FOR_${name}_OPERAND`);
      }
    }
  }
}

function evaluate(op: Operand, old: Item, b: Bindings): Value {
  switch (op.k) {
    case "value":
      return b.values.get(op.name)!;
    case "path": {
      const v = getPath(old, op.path, b);
      if (!v) throw validation("The provided expression refers to an attribute that does not exist in the item");
      return v;
    }
    case "if_not_exists":
      return getPath(old, op.path, b) ?? evaluate(op.fallback, old, b);
    case "list_append": {
      const x = evaluate(op.a, old, b);
      const y = evaluate(op.b, old, b);
      if (x.t !== "L" || y.t !== "L") throw wrongType();
      return { t: "L", v: [...x.v, ...y.v] };
    }
    case "+":
    case "-": {
      const x = evaluate(op.a, old, b);
      const y = evaluate(op.b, old, b);
      if (x.t !== "N" || y.t !== "N") throw wrongType();
      return { t: "N", v: addDecimal(x.v, y.v, op.k === "-") };
    }
    case "size":
      throw wrongType(); // the update parser never produces size()
  }
}

function addTo(current: Value | undefined, v: Value): Value {
  if (!current) return v;
  if (current.t === "N" && v.t === "N") return { t: "N", v: addDecimal(current.v, v.v) };
  if (current.t === "SS" && v.t === "SS") return { t: "SS", v: [...current.v, ...v.v.filter((x) => !current.v.includes(x))] };
  if (current.t === "NS" && v.t === "NS") {
    // Members added to an existing set come back in canonical text (measured: 7.0 → "7").
    const added = v.v.filter((x) => !current.v.some((y) => compareDecimal(x, y) === 0)).map((d) => parseDecimal(d.text));
    return { t: "NS", v: [...current.v, ...added] };
  }
  if (current.t === "BS" && v.t === "BS") return { t: "BS", v: [...current.v, ...v.v.filter((x) => !current.v.some((y) => bytesEqual(x, y)))] };
  throw wrongType();
}

/** The set minus v; undefined when nothing is left (the attribute is removed). */
function deleteFrom(current: Value, v: Value): Value | undefined {
  let rest: Value;
  if (current.t === "SS" && v.t === "SS") rest = { t: "SS", v: current.v.filter((x) => !v.v.includes(x)) };
  else if (current.t === "NS" && v.t === "NS") rest = { t: "NS", v: current.v.filter((x) => !v.v.some((y) => compareDecimal(x, y) === 0)) };
  else if (current.t === "BS" && v.t === "BS") rest = { t: "BS", v: current.v.filter((x) => !v.v.some((y) => bytesEqual(x, y))) };
  else throw wrongType();
  return rest.v.length ? rest : undefined;
}

/** Later list indexes first, so removing one never shifts another (they name original positions). */
function removalOrder(a: ResolvedPath, b: ResolvedPath): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x !== y) return typeof x === "number" && typeof y === "number" ? y - x : 0;
  }
  return 0;
}

export interface UpdateResult {
  readonly item: Map<string, Value>;
  /** The paths the expression writes (UPDATED_OLD / UPDATED_NEW are built from these). */
  readonly touched: readonly ResolvedPath[];
}

/** An update expression checked against the request: paths resolved, static errors raised. */
export interface CompiledUpdate {
  readonly ast: UpdateAst;
  readonly set: readonly ResolvedPath[];
  readonly remove: readonly ResolvedPath[];
  readonly add: readonly ResolvedPath[];
  readonly delete: readonly ResolvedPath[];
  readonly touched: readonly ResolvedPath[];
}

/** Checks that need no item: overlapping paths, key attributes, operand types of constants. */
export function compileUpdate(ast: UpdateAst, b: Bindings, keyNames: readonly string[]): CompiledUpdate {
  const set = ast.set.map((a) => resolvePath(a.path, b));
  const remove = ast.remove.map((p) => resolvePath(p, b));
  const add = ast.add.map((a) => resolvePath(a.path, b));
  const del = ast.delete.map((a) => resolvePath(a.path, b));
  const all = [...set, ...remove, ...add, ...del];
  checkPaths(all);
  for (const p of all) {
    if (keyNames.includes(p[0] as string)) {
      throw validation(`One or more parameter values were invalid: Cannot update attribute ${p[0]}. This attribute is part of the key`);
    }
  }
  checkConstants(ast, b);
  return { ast, set, remove: [...remove].sort(removalOrder), add, delete: del, touched: all };
}

/** `old` is the stored item, or just the key attributes when the item does not exist. */
export function applyUpdate(old: Item, u: CompiledUpdate, b: Bindings): UpdateResult {
  const { ast } = u;
  // Local checks every target path before it evaluates any value (measured: with
  // `SET c = c + :n, m.x = :v` on a new item it reports the path of m.x, not the missing c).
  const dry = new Map(old);
  for (const p of [...u.set, ...u.add]) setPath(dry, p, NULL);
  for (const p of u.remove) removePath(dry, p);
  const setValues = ast.set.map((a) => evaluate(a.value, old, b));
  const item = new Map(old);
  u.set.forEach((p, i) => setPath(item, p, setValues[i]!));
  for (const p of u.remove) removePath(item, p);
  u.add.forEach((p, i) => setPath(item, p, addTo(getResolved(old, p), operandConstant(ast.add[i]!.value, b))));
  u.delete.forEach((p, i) => {
    const current = getResolved(old, p);
    if (!current) return;
    const rest = deleteFrom(current, operandConstant(ast.delete[i]!.value, b));
    if (rest) setPath(item, p, rest);
    else removePath(item, p);
  });
  return { item, touched: u.touched };
}

function operandConstant(op: Operand, b: Bindings): Value {
  return b.values.get((op as { name: string }).name)!;
}
