/**
 * Tokens of DynamoDB expressions (Expressions.OperatorsAndFunctions, Expressions.Attributes):
 * attribute names, #name and :value placeholders, list indexes, comparators, + and -.
 */
/** "invalid": a character no token starts with; the parser reports it as a syntax error. */
export type TokenKind = "ident" | "name" | "value" | "number" | "punct" | "invalid" | "eof";

export interface Token {
  readonly kind: TokenKind;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** A problem in an expression; the caller prefixes "Invalid <Kind>Expression: ". */
export class ExpressionError extends Error {}

const PUNCT2 = new Set(["<>", "<=", ">="]);
const PUNCT1 = new Set(["(", ")", "[", "]", ",", ".", "=", "<", ">", "+", "-"]);

/** Names start with a letter, then letters, digits and underscores (measured: `_a` and `1a` are syntax errors). */
function isIdentStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isIdentPart(c: number): boolean {
  return isIdentStart(c) || (c >= 48 && c <= 57) || c === 95;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * DynamoDB's syntax error: the offending token, and the text from the token before it to
 * the token after it (measured: `n == :v` → token "=", near "== :v"; `a AND` → near "AND").
 */
export function syntaxError(source: string, token: Token, previous: Token | undefined, following?: Token): ExpressionError {
  const shown = token.kind === "eof" ? "<EOF>" : token.text;
  const from = previous ? previous.start : token.start;
  const to = token.kind === "eof" ? (previous ? previous.end : token.end) : following && following.kind !== "eof" ? following.end : token.end;
  return new ExpressionError(`Syntax error; token: "${shown}", near: "${source.slice(from, to)}"`);
}

export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) {
      i++;
      continue;
    }
    const start = i;
    let kind: TokenKind;
    if (c === 35 /* # */ || c === 58 /* : */) {
      i++;
      while (i < source.length && isIdentPart(source.charCodeAt(i))) i++;
      kind = i === start + 1 ? "invalid" : c === 35 ? "name" : "value";
    } else if (isIdentStart(c)) {
      while (i < source.length && isIdentPart(source.charCodeAt(i))) i++;
      kind = "ident";
    } else if (isDigit(c)) {
      // "0" is a number on its own: a[01] is a syntax error at "1" (measured).
      i++;
      if (c !== 48) while (i < source.length && isDigit(source.charCodeAt(i))) i++;
      kind = "number";
    } else if (PUNCT2.has(source.slice(i, i + 2))) {
      i += 2;
      kind = "punct";
    } else if (PUNCT1.has(source[i]!)) {
      i++;
      kind = "punct";
    } else {
      // One code point, so an astral character is one token.
      i += source.codePointAt(i)! > 0xffff ? 2 : 1;
      kind = "invalid";
    }
    tokens.push({ kind, text: source.slice(start, i), start, end: i });
  }
  tokens.push({ kind: "eof", text: "", start: source.length, end: source.length });
  return tokens;
}
