/**
 * Key templates inside the engine: parsed parts, with the sparse condition, shard count
 * and reversed placeholders of one entity on one index (types.ts, EntityIndexKeys).
 */
import { keyTemplateText, parseKeyTemplate, type KeyAttributeDefinition, type Projection } from "../model";
import type { Cond } from "./requirements";
import { DELIMITER } from "./encode";

export type Part = { kind: "lit"; text: string } | { kind: "attr"; name: string };

export interface Tpl {
  entity: string;
  index: string | null;
  pk: Part[];
  sk?: Part[];
  when: Cond[];
  shards: number;
  reverse: Set<string>;
}

export interface IndexSchema {
  /** null: the table. */
  name: string | null;
  kind: "table" | "global" | "local";
  pk: KeyAttributeDefinition;
  sk?: KeyAttributeDefinition;
  projection: Projection;
}

export const lit = (text: string): Part => ({ kind: "lit", text });
export const attr = (name: string): Part => ({ kind: "attr", name });

/** Parts of template text, or undefined when the text is malformed. */
export function partsOf(text: string): Part[] | undefined {
  const parsed = parseKeyTemplate(text);
  if (!parsed.ok) return undefined;
  return parsed.parts.map((p) => ("attribute" in p ? attr(p.attribute) : lit(p.literal)));
}

const texts = new WeakMap<ReadonlyArray<Part>, string>();
const names = new WeakMap<ReadonlyArray<Part>, string[]>();

/** Template text of parts (cached: parts arrays are never changed once built). */
export function textOf(parts: ReadonlyArray<Part>): string {
  let t = texts.get(parts);
  if (t === undefined) {
    t = keyTemplateText(parts.map((p) => (p.kind === "lit" ? { literal: p.text } : { attribute: p.name })));
    texts.set(parts, t);
  }
  return t;
}

/** Segments joined by the delimiter: literal words and placeholders (`E#{a}#{b}`). */
export function joined(segments: ReadonlyArray<Part>, trailing = false): Part[] {
  const out: Part[] = [];
  segments.forEach((s, i) => {
    if (i > 0) out.push(lit(DELIMITER));
    out.push(s);
  });
  if (trailing) out.push(lit(DELIMITER));
  return merge(out);
}

/** Adjacent literals merged, empty literals dropped. */
export function merge(parts: ReadonlyArray<Part>): Part[] {
  const out: Part[] = [];
  for (const p of parts) {
    const prev = out[out.length - 1];
    if (p.kind === "lit" && p.text === "") continue;
    if (p.kind === "lit" && prev?.kind === "lit") out[out.length - 1] = lit(prev.text + p.text);
    else out.push(p);
  }
  return out;
}

export function placeholders(parts: ReadonlyArray<Part> | undefined): string[] {
  if (!parts) return [];
  let n = names.get(parts);
  if (!n) {
    n = parts.flatMap((p) => (p.kind === "attr" ? [p.name] : []));
    names.set(parts, n);
  }
  return n;
}

/** Attributes a template reads: placeholders of both keys and the `when` attributes. */
export function templateAttributes(t: Tpl): Set<string> {
  return new Set([...placeholders(t.pk), ...placeholders(t.sk), ...t.when.map((c) => c.attr)]);
}

/** The first code point of a literal is a delimiter: at or below `#`, so it sorts below every encoded value character. */
export function startsWithDelimiter(text: string): boolean {
  const c = text.codePointAt(0);
  return c !== undefined && c <= 0x23;
}

/** Index of the first delimiter character (≤ `#`) in a literal, or -1. */
export function delimiterIndex(text: string): number {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) <= 0x23) return i;
  return -1;
}

export function sameParts(a: ReadonlyArray<Part> | undefined, b: ReadonlyArray<Part> | undefined): boolean {
  if (!a || !b) return a === b;
  return a.length === b.length && a.every((p, i) => {
    const q = b[i];
    return q !== undefined && p.kind === q.kind && (p.kind === "lit" ? p.text === (q as { text: string }).text : p.name === (q as { name: string }).name);
  });
}
