/**
 * Evaluates ConditionExpression / FilterExpression against an item
 * (Expressions.OperatorsAndFunctions). A missing attribute makes comparisons false, except
 * `<>`, which is true (measured on Local: `nope <> :v` passes). Comparisons across types are
 * false; `<`, `<=`, `>`, `>=`, BETWEEN order only S, N and B.
 */
import type { Condition, Operand } from "../expr/ast";
import type { Bindings } from "../expr/placeholders";
import { bytesEqual, compareScalars, valuesEqual } from "../compare";
import { compareDecimal, parseDecimal } from "../decimal";
import type { Item, Value } from "../value";
import { getPath } from "./path";

/**
 * size(): number of elements of a set, list or map, bytes of a binary, and the length of a
 * string in UTF-16 code units, as DynamoDB Local (Java String.length) measures it:
 * size("é😀") = 3 on Local. Other types have no size (the comparison is false).
 */
function sizeOf(v: Value | undefined): Value | undefined {
  if (!v) return undefined;
  let n: number;
  switch (v.t) {
    case "S":
      n = v.v.length;
      break;
    case "B":
      n = v.v.length;
      break;
    case "L":
    case "SS":
    case "NS":
    case "BS":
      n = v.v.length;
      break;
    case "M":
      n = v.v.size;
      break;
    default:
      return undefined;
  }
  return { t: "N", v: parseDecimal(String(n)) };
}

export function operandValue(op: Operand, item: Item, b: Bindings): Value | undefined {
  switch (op.k) {
    case "path":
      return getPath(item, op.path, b);
    case "value":
      return b.values.get(op.name);
    case "size":
      return sizeOf(getPath(item, op.path, b));
    default:
      return undefined; // update-only operands never reach a condition (the parser refuses them)
  }
}

function startsWithBytes(a: Uint8Array, prefix: Uint8Array): boolean {
  return prefix.length <= a.length && bytesEqual(a.subarray(0, prefix.length), prefix);
}

function containsBytes(a: Uint8Array, part: Uint8Array): boolean {
  outer: for (let i = 0; i + part.length <= a.length; i++) {
    for (let j = 0; j < part.length; j++) if (a[i + j] !== part[j]) continue outer;
    return true;
  }
  return false;
}

function contains(a: Value, x: Value): boolean {
  switch (a.t) {
    case "S":
      return x.t === "S" && a.v.includes(x.v);
    case "B":
      return x.t === "B" && containsBytes(a.v, x.v);
    case "SS":
      return x.t === "S" && a.v.includes(x.v);
    case "NS":
      return x.t === "N" && a.v.some((d) => compareDecimal(d, x.v) === 0);
    case "BS":
      return x.t === "B" && a.v.some((y) => bytesEqual(y, x.v));
    case "L":
      return a.v.some((y) => valuesEqual(y, x));
    default:
      return false;
  }
}

function ordered(a: Value | undefined, b: Value | undefined): number {
  return a && b ? compareScalars(a, b) : NaN;
}

export function evaluateCondition(c: Condition, item: Item, b: Bindings): boolean {
  switch (c.k) {
    case "and":
      return evaluateCondition(c.a, item, b) && evaluateCondition(c.b, item, b);
    case "or":
      return evaluateCondition(c.a, item, b) || evaluateCondition(c.b, item, b);
    case "not":
      return !evaluateCondition(c.a, item, b);
    case "cmp": {
      const x = operandValue(c.a, item, b);
      const y = operandValue(c.b, item, b);
      if (c.op === "=") return !!x && !!y && valuesEqual(x, y);
      if (c.op === "<>") return !(x && y && valuesEqual(x, y));
      const o = ordered(x, y);
      if (Number.isNaN(o)) return false;
      return c.op === "<" ? o < 0 : c.op === "<=" ? o <= 0 : c.op === ">" ? o > 0 : o >= 0;
    }
    case "between": {
      const x = operandValue(c.a, item, b);
      const lo = ordered(x, operandValue(c.lo, item, b));
      const hi = ordered(x, operandValue(c.hi, item, b));
      return lo >= 0 && hi <= 0;
    }
    case "in": {
      const x = operandValue(c.a, item, b);
      if (!x) return false;
      return c.list.some((o) => {
        const y = operandValue(o, item, b);
        return !!y && valuesEqual(x, y);
      });
    }
    case "fn": {
      const [p, q] = c.args;
      const x = operandValue(p!, item, b);
      switch (c.name) {
        case "attribute_exists":
          return x !== undefined;
        case "attribute_not_exists":
          return x === undefined;
        case "attribute_type": {
          const t = operandValue(q!, item, b);
          return !!x && t?.t === "S" && x.t === t.v;
        }
        case "begins_with": {
          const y = operandValue(q!, item, b);
          if (!x || !y) return false;
          if (x.t === "S" && y.t === "S") return x.v.startsWith(y.v);
          if (x.t === "B" && y.t === "B") return startsWithBytes(x.v, y.v);
          return false;
        }
        case "contains": {
          const y = operandValue(q!, item, b);
          return !!x && !!y && contains(x, y);
        }
      }
    }
  }
}
