/**
 * Entry points: parse a ConditionExpression / FilterExpression / KeyConditionExpression,
 * an UpdateExpression or a ProjectionExpression. Results are cached by text (the same
 * access pattern sends the same expression thousands of times); errors carry DynamoDB's
 * "Invalid <Kind>: " prefix.
 */
import type { Condition, Operand, Parsed, Path, UpdateAction, UpdateAst } from "./ast";
import { ExpressionError } from "./lexer";
import { Parser } from "./parser";
import { validation } from "../errors";

export type ExpressionKind = "ConditionExpression" | "FilterExpression" | "KeyConditionExpression" | "UpdateExpression" | "ProjectionExpression";

const CACHE_LIMIT = 2000;
const caches = new Map<ExpressionKind, Map<string, Parsed<unknown>>>();

function cached<T>(kind: ExpressionKind, source: string, parse: (p: Parser) => T): Parsed<T> {
  let cache = caches.get(kind);
  if (!cache) caches.set(kind, (cache = new Map()));
  const hit = cache.get(source);
  if (hit) return hit as Parsed<T>;
  let result: Parsed<T>;
  try {
    if (source.trim() === "") throw new ExpressionError("The expression can not be empty;");
    const p = new Parser(source);
    const ast = parse(p);
    result = { ast, names: p.names, values: p.values };
  } catch (error) {
    if (error instanceof ExpressionError) throw validation(`Invalid ${kind}: ${error.message}`);
    throw error;
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(source, result);
  return result;
}

export function parseCondition(kind: "ConditionExpression" | "FilterExpression" | "KeyConditionExpression", source: string): Parsed<Condition> {
  return cached(kind, source, (p) => {
    const c = p.condition();
    p.expectEnd();
    return c;
  });
}

export function parseProjection(source: string): Parsed<readonly Path[]> {
  return cached("ProjectionExpression", source, (p) => {
    const paths: Path[] = [p.path()];
    while (p.atPunct(",")) {
      p.next();
      paths.push(p.path());
    }
    p.expectEnd();
    return paths;
  });
}

const CLAUSES = ["SET", "REMOVE", "ADD", "DELETE"] as const;
type Clause = (typeof CLAUSES)[number];

/** set-operand ::= path | :value | if_not_exists(path, operand) | list_append(operand, operand) */
function updateOperand(p: Parser): Operand {
  const t = p.peek();
  if (t.kind === "ident" && p.peek(1).kind === "punct" && p.peek(1).text === "(") {
    if (t.text === "if_not_exists") {
      p.next();
      p.next();
      const path = p.path();
      p.expectPunct(",");
      const fallback = updateOperand(p);
      p.expectPunct(")");
      return { k: "if_not_exists", path, fallback };
    }
    if (t.text === "list_append") {
      p.next();
      p.next();
      const a = updateOperand(p);
      p.expectPunct(",");
      const b = updateOperand(p);
      p.expectPunct(")");
      return { k: "list_append", a, b };
    }
    throw new ExpressionError(`Invalid function name; function: ${t.text}`);
  }
  if (t.kind === "value") return p.valueOperand();
  return { k: "path", path: p.path() };
}

/** set-value ::= set-operand [ (+|-) set-operand ] */
function setValue(p: Parser): Operand {
  const a = updateOperand(p);
  if (p.atPunct("+") || p.atPunct("-")) {
    const op = p.next().text as "+" | "-";
    return { k: op, a, b: updateOperand(p) };
  }
  return a;
}

function clauseOf(p: Parser): Clause | undefined {
  const t = p.peek();
  if (t.kind !== "ident") return undefined;
  const word = t.text.toUpperCase();
  return (CLAUSES as readonly string[]).includes(word) ? (word as Clause) : undefined;
}

export function parseUpdate(source: string): Parsed<UpdateAst> {
  return cached("UpdateExpression", source, (p) => {
    const out = { set: [] as UpdateAction[], remove: [] as Path[], add: [] as UpdateAction[], delete: [] as UpdateAction[] };
    const seen = new Set<Clause>();
    while (p.peek().kind !== "eof") {
      const clause = clauseOf(p) ?? p.fail();
      if (seen.has(clause)) throw new ExpressionError(`The "${clause}" section can only be used once in an update expression;`);
      seen.add(clause);
      p.next();
      do {
        if (clause === "REMOVE") out.remove.push(p.path());
        else if (clause === "SET") {
          const path = p.path();
          p.expectPunct("=");
          out.set.push({ path, value: setValue(p) });
        } else {
          const path = p.path();
          const t = p.peek();
          if (t.kind !== "value") p.fail(t);
          (clause === "ADD" ? out.add : out.delete).push({ path, value: p.valueOperand() });
        }
      } while (p.atPunct(",") && p.next());
      if (p.peek().kind !== "eof" && !clauseOf(p)) p.fail();
    }
    return out;
  });
}
