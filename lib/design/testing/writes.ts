/**
 * A tiny in-memory executor of the write requests the engine builds (write-requests.ts),
 * with DynamoDB's semantics for the forms it emits: conditions (`=`, `>=`, attribute_exists,
 * attribute_not_exists, AND, a parenthesised OR), SET `a = :v` / `a = a + :v`, ADD, REMOVE,
 * and all-or-nothing transactions. For tests of the write promises (model-format.md).
 */
import type { Design, Item } from "../types";
import type { WriteRequest } from "../types";
import { compareKeys } from "./dynamo";

type Names = Record<string, string>;
type Values = Record<string, unknown>;

export class MemoryTable {
  readonly items = new Map<string, Item>();
  constructor(private readonly design: Design) {}

  private id(key: Record<string, unknown>): string {
    const t = this.design.table;
    return JSON.stringify([key[t.partitionKey.name], t.sortKey ? key[t.sortKey.name] : null]);
  }

  /** Applies a request; returns false when a condition fails (nothing is written then). */
  apply(req: WriteRequest): boolean {
    if (req.operation === "TransactWriteItems") {
      const staged = new Map(this.items);
      for (const t of req.TransactItems) {
        const one: WriteRequest | undefined = t.Put ? { operation: "PutItem", ...t.Put } : t.Update ? { operation: "UpdateItem", ...t.Update } : t.Delete ? { operation: "DeleteItem", ...t.Delete } : undefined;
        if (!one || !this.applyTo(staged, one)) return false;
      }
      this.items.clear();
      for (const [k, v] of staged) this.items.set(k, v);
      return true;
    }
    return this.applyTo(this.items, req);
  }

  private applyTo(items: Map<string, Item>, req: Exclude<WriteRequest, { operation: "TransactWriteItems" }>): boolean {
    const key = req.operation === "PutItem" ? req.Item : req.Key;
    const id = this.id(key);
    const current = items.get(id);
    const names = req.ExpressionAttributeNames ?? {}, values = req.ExpressionAttributeValues ?? {};
    if (req.ConditionExpression && !condition(req.ConditionExpression, current ?? {}, names, values)) return false;
    if (req.operation === "PutItem") items.set(id, { ...req.Item });
    else if (req.operation === "DeleteItem") items.delete(id);
    else items.set(id, update(req.UpdateExpression, { ...(current ?? {}), ...req.Key }, names, values));
    return true;
  }
}

function operand(ref: string, item: Item, names: Names, values: Values): unknown {
  if (ref.startsWith(":")) return values[ref];
  return item[names[ref] ?? ref];
}

function condition(expr: string, item: Item, names: Names, values: Values): boolean {
  const e = expr.trim();
  if (e.startsWith("(") && e.endsWith(")") && !e.slice(1, -1).includes("(")) return e.slice(1, -1).split(" OR ").some((x) => condition(x, item, names, values));
  const parts = splitTop(e, " AND ");
  if (parts.length > 1) return parts.every((x) => condition(x, item, names, values));
  const ors = splitTop(e, " OR ");
  if (ors.length > 1) return ors.some((x) => condition(x, item, names, values));
  let m: RegExpExecArray | null;
  if ((m = /^attribute_not_exists\((#\w+)\)$/.exec(e))) return operand(m[1] ?? "", item, names, values) === undefined;
  if ((m = /^attribute_exists\((#\w+)\)$/.exec(e))) return operand(m[1] ?? "", item, names, values) !== undefined;
  if ((m = /^(#\w+) (=|>=) (:\w+)$/.exec(e))) {
    const a = operand(m[1] ?? "", item, names, values), b = operand(m[3] ?? "", item, names, values);
    if (a === undefined || typeof a !== typeof b) return false;
    const d = compareKeys(a, b);
    return m[2] === "=" ? d === 0 : d >= 0;
  }
  throw new Error(`cannot evaluate condition ${e}`);
}

/** Splits on a separator outside parentheses. */
function splitTop(e: string, sep: string): string[] {
  const out: string[] = [];
  let depth = 0, start = 0;
  for (let i = 0; i < e.length; i++) {
    if (e[i] === "(") depth++;
    else if (e[i] === ")") depth--;
    else if (depth === 0 && e.startsWith(sep, i)) {
      out.push(e.slice(start, i));
      start = i + sep.length;
      i += sep.length - 1;
    }
  }
  out.push(e.slice(start));
  return out;
}

function update(expr: string, item: Item, names: Names, values: Values): Item {
  const out: Item = { ...item };
  for (const clause of expr.split(/ (?=SET |ADD |REMOVE )/)) {
    const [verb, ...rest] = clause.split(" ");
    const body = rest.join(" ");
    for (const action of body.split(", ")) {
      let m: RegExpExecArray | null;
      if (verb === "SET" && (m = /^(#\w+) = (#\w+) \+ (:\w+)$/.exec(action))) out[names[m[1] ?? ""] ?? ""] = Number(operand(m[2] ?? "", out, names, values)) + Number(operand(m[3] ?? "", out, names, values));
      else if (verb === "SET" && (m = /^(#\w+) = (:\w+)$/.exec(action))) out[names[m[1] ?? ""] ?? ""] = operand(m[2] ?? "", out, names, values);
      else if (verb === "ADD" && (m = /^(#\w+) (:\w+)$/.exec(action))) {
        const name = names[m[1] ?? ""] ?? "";
        out[name] = Number(out[name] ?? 0) + Number(operand(m[2] ?? "", out, names, values));
      } else if (verb === "REMOVE") delete out[names[action] ?? action];
      else throw new Error(`cannot apply ${verb} ${action}`);
    }
  }
  return out;
}
