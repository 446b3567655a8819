/**
 * Can two key templates render the same string? Each template becomes a sequence of
 * literal characters and value classes (the characters an encoded value can contain,
 * any number of them), and a small product automaton searches for a common string. The
 * answer over-approximates (a class may also be empty), so "no" is a proof: KEY_COLLISION
 * and the entity-type filter rely on it.
 */
import type { AttributeType } from "../model";
import type { EntityFacts } from "./facts";
import type { Part } from "./template";

type CharClass = (code: number) => boolean;
type Token = { ch: number } | { cls: CharClass; nonEmpty: boolean };

const DIGIT: CharClass = (c) => c >= 0x30 && c <= 0x39;
const CLASSES: Record<string, CharClass> = {
  // escapeString output: every code point above `#` (the escape pair starts with `$`).
  string: (c) => c >= 0x24,
  number: (c) => DIGIT(c) || c === 0x7e,
  datetime: (c) => DIGIT(c) || c === 0x2d || c === 0x2e || c === 0x3a || c === 0x54 || c === 0x5a,
  binary: (c) => DIGIT(c) || (c >= 0x61 && c <= 0x66),
  boolean: (c) => c >= 0x61 && c <= 0x7a,
  reversed: (c) => DIGIT(c) || (c >= 0x61 && c <= 0x66) || c === 0x7e,
  shard: DIGIT,
  any: () => true,
};

function classOf(type: AttributeType | undefined): CharClass {
  return (type && CLASSES[type]) || CLASSES["any"] || (() => true);
}

/** The token sequence of template parts for an entity (shard suffix `#n` included when sharded). */
export function tokens(e: EntityFacts | undefined, parts: ReadonlyArray<Part>, reverse: ReadonlySet<string> = new Set(), shards = 1): Token[] {
  const out: Token[] = [];
  for (const p of parts) {
    if (p.kind === "lit") for (const ch of p.text) out.push({ ch: ch.codePointAt(0) ?? 0 });
    else {
      const type = e?.attrs.get(p.name)?.type;
      const reversed = reverse.has(p.name);
      // Key attributes are never empty (samples.ts); numbers, datetimes, booleans and reversed values never encode to "".
      const nonEmpty = reversed || !!e?.keySet.has(p.name) || type === "number" || type === "datetime" || type === "boolean";
      out.push({ cls: reversed ? CLASSES["reversed"] ?? classOf(undefined) : classOf(type), nonEmpty });
    }
  }
  if (shards > 1) {
    out.push({ ch: 0x23 });
    out.push({ cls: DIGIT, nonEmpty: true });
  }
  return out;
}

/** Tokens of a literal string. */
export function literalTokens(text: string): Token[] {
  return [...text].map((ch) => ({ ch: ch.codePointAt(0) ?? 0 }));
}

/** A class token that matches anything (a bound value of unknown form). */
export const ANY: Token = { cls: () => true, nonEmpty: false };

/** Characters that stand for every class when two classes must consume one character together. */
const SAMPLES = [0x24, 0x2d, 0x2e, 0x30, 0x39, 0x3a, 0x41, 0x54, 0x5a, 0x61, 0x66, 0x7a, 0x7e, 0xe9, 0x4e00, 0x1f600];

/**
 * Whether some string matches both sequences; with `prefixOnly`, whether some string
 * matching `a` starts with a string matching `b`.
 */
export function mayOverlap(a: Token[], b: Token[], prefixOnly = false): boolean {
  // State: positions i, j and whether the class token at each position has consumed a character.
  const width = (b.length + 1) * 4;
  const seen = new Uint8Array((a.length + 1) * width);
  const stack: number[] = [0];
  const push = (i: number, j: number, fa: number, fb: number) => stack.push(i * width + j * 4 + fa * 2 + fb);
  const done = (t: Token | undefined, consumed: number) => !!t && "cls" in t && (consumed === 1 || !t.nonEmpty);
  while (stack.length > 0) {
    const k = stack.pop() ?? 0;
    if (seen[k]) continue;
    seen[k] = 1;
    const i = Math.floor(k / width), j = Math.floor((k % width) / 4), fa = (k >> 1) & 1, fb = k & 1;
    if (j === b.length && (prefixOnly || i === a.length)) return true;
    const x = a[i], y = b[j];
    if (done(x, fa)) push(i + 1, j, 0, fb);
    if (done(y, fb)) push(i, j + 1, fa, 0);
    if (!x || !y) continue;
    if ("ch" in x && "ch" in y) {
      if (x.ch === y.ch) push(i + 1, j + 1, 0, 0);
    } else if ("ch" in x && "cls" in y) {
      if (y.cls(x.ch)) push(i + 1, j, 0, 1);
    } else if ("cls" in x && "ch" in y) {
      if (x.cls(y.ch)) push(i, j + 1, 1, 0);
    } else if ("cls" in x && "cls" in y) {
      if (SAMPLES.some((c) => x.cls(c) && y.cls(c))) push(i, j, 1, 1);
    }
  }
  return false;
}

/** The literal characters a sequence starts with (before its first class). */
function leadOf(t: Token[]): string {
  let s = "";
  for (const x of t) {
    if (!("ch" in x)) break;
    s += String.fromCodePoint(x.ch);
  }
  return s;
}

export interface Tokens {
  tokens: Token[];
  lead: string;
  /** The sequence is all literal (no class). */
  closed: boolean;
}

export function withLead(tokens: Token[]): Tokens {
  const lead = leadOf(tokens);
  return { tokens, lead, closed: tokens.every((x) => "ch" in x) };
}

/**
 * mayOverlap with a fast rejection: two sequences can only meet if one's leading literal
 * is a prefix of the other's (or, for a prefix test, they agree on their common part).
 */
export function mayMeet(a: Tokens, b: Tokens, prefixOnly = false): boolean {
  const n = Math.min(a.lead.length, b.lead.length);
  for (let i = 0; i < n; i++) if (a.lead.charCodeAt(i) !== b.lead.charCodeAt(i)) return false;
  if (!prefixOnly && a.closed && b.closed) return a.lead === b.lead;
  return mayOverlap(a.tokens, b.tokens, prefixOnly);
}

interface Cached { shards: number; pk: Tokens; sk: Tokens }
const cache = new WeakMap<object, Cached>();

/** Token sequences of a template's keys, cached per template object (and shard count). */
export function templateTokens(
  e: EntityFacts | undefined, t: { pk: ReadonlyArray<Part>; sk?: ReadonlyArray<Part>; reverse: ReadonlySet<string>; shards: number }, key: object = t,
): Cached {
  const hit = cache.get(key);
  if (hit && hit.shards === t.shards) return hit;
  const made = { shards: t.shards, pk: withLead(tokens(e, t.pk, t.reverse, t.shards)), sk: withLead(tokens(e, t.sk ?? [], t.reverse)) };
  cache.set(key, made);
  return made;
}
