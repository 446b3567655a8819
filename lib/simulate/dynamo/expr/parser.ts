/**
 * Recursive-descent parser for condition expressions, shared by ConditionExpression,
 * FilterExpression and KeyConditionExpression (Expressions.OperatorsAndFunctions):
 *
 *   condition ::= operand comparator operand | operand BETWEEN operand AND operand
 *               | operand IN ( operand, … ) | function | condition AND condition
 *               | condition OR condition | NOT condition | ( condition )
 *   operand   ::= path | :value | size(path)
 *   path      ::= name ( .name | [n] )*        name ::= identifier | #placeholder
 *
 * Precedence, high to low: comparators, IN, BETWEEN, functions, parentheses, NOT, AND, OR.
 * A bare reserved word as a name is refused (ReservedWords).
 */
import type { Comparator, Condition, ConditionFunction, Operand, Path, PathElement } from "./ast";
import { ExpressionError, syntaxError, tokenize, type Token } from "./lexer";
import { isReservedWord } from "../reserved-words";

const COMPARATORS = new Set(["=", "<>", "<", "<=", ">", ">="]);
const CONDITION_FUNCTIONS = new Set(["attribute_exists", "attribute_not_exists", "attribute_type", "begins_with", "contains"]);
/** Words Local's expression grammar reserves as tokens: a syntax error where a name is expected (measured). */
const KEYWORDS = new Set(["AND", "OR", "NOT", "BETWEEN", "IN", "ADD", "DELETE", "SET"]);

export class Parser {
  private readonly tokens: Token[];
  private pos = 0;
  readonly names = new Set<string>();
  readonly values = new Set<string>();

  constructor(readonly source: string) {
    this.tokens = tokenize(source);
  }

  peek(offset = 0): Token {
    return this.tokens[Math.min(this.pos + offset, this.tokens.length - 1)]!;
  }

  next(): Token {
    const t = this.peek();
    if (this.pos < this.tokens.length - 1) this.pos++;
    return t;
  }

  fail(token: Token = this.peek()): never {
    const i = this.tokens.indexOf(token);
    throw syntaxError(this.source, token, i > 0 ? this.tokens[i - 1] : undefined, this.tokens[i + 1]);
  }

  isKeyword(word: string, t: Token = this.peek()): boolean {
    return t.kind === "ident" && t.text.toUpperCase() === word;
  }

  expectPunct(text: string): void {
    const t = this.peek();
    if (t.kind !== "punct" || t.text !== text) this.fail(t);
    this.next();
  }

  atPunct(text: string): boolean {
    const t = this.peek();
    return t.kind === "punct" && t.text === text;
  }

  expectEnd(): void {
    if (this.peek().kind !== "eof") this.fail();
  }

  private nameElement(): PathElement {
    const t = this.peek();
    if (t.kind === "name") {
      this.next();
      this.names.add(t.text);
      return { kind: "name", name: t.text };
    }
    if (t.kind === "ident" && !KEYWORDS.has(t.text.toUpperCase())) {
      this.next();
      if (isReservedWord(t.text)) throw new ExpressionError(`Attribute name is a reserved keyword; reserved keyword: ${t.text}`);
      return { kind: "name", name: t.text };
    }
    return this.fail(t);
  }

  path(): Path {
    const elements: PathElement[] = [this.nameElement()];
    for (;;) {
      if (this.atPunct(".")) {
        this.next();
        elements.push(this.nameElement());
      } else if (this.atPunct("[")) {
        this.next();
        const n = this.peek();
        if (n.kind !== "number") this.fail(n);
        this.next();
        this.expectPunct("]");
        elements.push({ kind: "index", index: Number(n.text) });
      } else return elements;
    }
  }

  valueOperand(): Operand {
    const t = this.next();
    this.values.add(t.text);
    return { k: "value", name: t.text };
  }

  /** operand ::= path | :value | size(path) */
  operand(): Operand {
    const t = this.peek();
    if (t.kind === "value") return this.valueOperand();
    if (t.kind === "ident" && this.peek(1).kind === "punct" && this.peek(1).text === "(") {
      if (t.text !== "size") {
        if (CONDITION_FUNCTIONS.has(t.text)) {
          throw new ExpressionError(`The function is not allowed to be used this way in an expression; function: ${t.text}`);
        }
        throw new ExpressionError(`Invalid function name; function: ${t.text}`);
      }
      this.next();
      this.next();
      const path = this.path();
      this.expectPunct(")");
      return { k: "size", path };
    }
    return { k: "path", path: this.path() };
  }

  condition(): Condition {
    let left = this.andCondition();
    while (this.isKeyword("OR")) {
      this.next();
      left = { k: "or", a: left, b: this.andCondition() };
    }
    return left;
  }

  private andCondition(): Condition {
    let left = this.notCondition();
    while (this.isKeyword("AND")) {
      this.next();
      left = { k: "and", a: left, b: this.notCondition() };
    }
    return left;
  }

  private notCondition(): Condition {
    if (this.isKeyword("NOT")) {
      this.next();
      return { k: "not", a: this.notCondition() };
    }
    return this.primary();
  }

  private primary(): Condition {
    const t = this.peek();
    if (t.kind === "punct" && t.text === "(") {
      this.next();
      const inner = this.condition();
      this.expectPunct(")");
      return inner;
    }
    if (t.kind === "ident" && CONDITION_FUNCTIONS.has(t.text) && this.atPunctAt(1, "(")) {
      this.next();
      this.next();
      const args: Operand[] = [this.operand()];
      while (this.atPunct(",")) {
        this.next();
        args.push(this.operand());
      }
      this.expectPunct(")");
      return { k: "fn", name: t.text as ConditionFunction, args };
    }
    const a = this.operand();
    const op = this.peek();
    if (a.k === "size" && (op.kind === "eof" || (op.kind === "punct" && op.text === ")") || this.isKeyword("AND") || this.isKeyword("OR"))) {
      throw new ExpressionError("The function is not allowed to be used this way in an expression; function: size");
    }
    if (op.kind === "punct" && COMPARATORS.has(op.text)) {
      this.next();
      return { k: "cmp", op: op.text as Comparator, a, b: this.operand() };
    }
    if (this.isKeyword("BETWEEN")) {
      this.next();
      const lo = this.operand();
      if (!this.isKeyword("AND")) this.fail();
      this.next();
      return { k: "between", a, lo, hi: this.operand() };
    }
    if (this.isKeyword("IN")) {
      this.next();
      this.expectPunct("(");
      const list: Operand[] = [this.operand()];
      while (this.atPunct(",")) {
        this.next();
        list.push(this.operand());
      }
      this.expectPunct(")");
      return { k: "in", a, list };
    }
    return this.fail(op);
  }

  private atPunctAt(offset: number, text: string): boolean {
    const t = this.peek(offset);
    return t.kind === "punct" && t.text === text;
  }
}
