/**
 * Tokens for the Export preview's syntax highlighting. A tokenizer is total: its tokens'
 * texts, joined, are exactly its input (any input, valid or not), it never throws, and it
 * reads each character a bounded number of times (a hand-written scanner, no backtracking
 * regular expressions), so any text highlights in linear time.
 */
export type TokenKind = "text" | "comment" | "string" | "number" | "keyword" | "literal" | "key" | "punctuation" | "heading" | "code";

export interface Token {
  kind: TokenKind;
  text: string;
}

/** Collects tokens, merging neighbours of the same kind (fewer spans to render). */
export class Tokens {
  readonly list: Token[] = [];
  push(kind: TokenKind, text: string): void {
    if (text === "") return;
    const last = this.list[this.list.length - 1];
    if (last && last.kind === kind) last.text += text;
    else this.list.push({ kind, text });
  }
}

export const isDigit = (c: string | undefined): boolean => c !== undefined && c >= "0" && c <= "9";
export const isIdentStart = (c: string | undefined): boolean => c !== undefined && (c === "_" || c === "$" || (c >= "a" && c <= "z") || (c >= "A" && c <= "Z"));
export const isIdentPart = (c: string | undefined): boolean => isIdentStart(c) || isDigit(c);

/** The end of a line starting the search at `from` (the index of "\n", or the text's length). */
export function lineEnd(text: string, from: number): number {
  const i = text.indexOf("\n", from);
  return i === -1 ? text.length : i;
}

/** The end (exclusive) of a quoted string opened at `start`: the closing quote, a line end or the text's end; backslash escapes. */
export function quotedEnd(text: string, start: number, quote: string, escapes = true, multiline = false): number {
  let i = start + 1;
  while (i < text.length) {
    const c = text[i];
    if (escapes && c === "\\") {
      i += 2;
      continue;
    }
    if (c === quote) return i + 1;
    if (c === "\n" && !multiline) return i;
    i++;
  }
  return text.length;
}

/** The end of a number starting at `start` (digits, one dot, an exponent, hex/underscores loosely). */
export function numberEnd(text: string, start: number): number {
  let i = start;
  if (text[i] === "-") i++;
  while (i < text.length && (isIdentPart(text[i]) || text[i] === ".")) {
    if ((text[i] === "e" || text[i] === "E") && (text[i + 1] === "-" || text[i + 1] === "+")) i++;
    i++;
  }
  return i;
}

/** Consumes one identifier from `start`. */
export function identEnd(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length && isIdentPart(text[i])) i++;
  return i;
}
