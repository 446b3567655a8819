/** The top-level attribute names a condition reads (for key-attribute and projection checks). */
import type { Condition, Operand } from "./ast";
import type { Bindings } from "./placeholders";

function operandNames(op: Operand, b: Bindings, out: Set<string>): void {
  switch (op.k) {
    case "path":
    case "size":
    case "if_not_exists": {
      const first = op.path[0]!;
      if (first.kind === "name") out.add(first.name.startsWith("#") ? b.names[first.name]! : first.name);
      if (op.k === "if_not_exists") operandNames(op.fallback, b, out);
      return;
    }
    case "value":
      return;
    default:
      operandNames(op.a, b, out);
      operandNames(op.b, b, out);
  }
}

export function conditionNames(c: Condition, b: Bindings, out = new Set<string>()): Set<string> {
  switch (c.k) {
    case "and":
    case "or":
      conditionNames(c.a, b, out);
      conditionNames(c.b, b, out);
      break;
    case "not":
      conditionNames(c.a, b, out);
      break;
    case "cmp":
      operandNames(c.a, b, out);
      operandNames(c.b, b, out);
      break;
    case "between":
      for (const o of [c.a, c.lo, c.hi]) operandNames(o, b, out);
      break;
    case "in":
      for (const o of [c.a, ...c.list]) operandNames(o, b, out);
      break;
    case "fn":
      for (const o of c.args) operandNames(o, b, out);
  }
  return out;
}
