/**
 * Markdown (the design document): headings, table pipes, list markers, code spans,
 * backslash escapes. Code spans are matched per line in one pass: each run of backticks
 * closes at the next run of the same length (CommonMark), found through a per-length
 * pointer that only moves forward, so a line full of unmatched runs stays linear.
 */
import { lineEnd, Tokens, type Token } from "./types";

function inline(text: string, from: number, to: number, out: Tokens): void {
  let i = from;
  while (i < to) {
    const c = text[i] as string;
    if (c === "\\" && i + 1 < to) {
      out.push("text", text.slice(i, i + 2));
      i += 2;
    } else {
      out.push(c === "|" ? "punctuation" : "text", c);
      i++;
    }
  }
}

function line(text: string, start: number, stop: number, out: Tokens): void {
  let j = start;
  while (j < stop && text[j] === " ") j++;
  if (text[j] === "#") {
    let k = j;
    while (k < stop && text[k] === "#") k++;
    if (k - j <= 6 && (k === stop || text[k] === " ")) {
      out.push("heading", text.slice(start, stop));
      return;
    }
  }
  out.push("text", text.slice(start, j));
  if ((text[j] === "-" || text[j] === "*" || text[j] === "+") && text[j + 1] === " ") {
    out.push("punctuation", text[j] as string);
    j++;
  }
  // Backtick runs of the line (skipping backslash-escaped backticks outside code).
  const runs: Array<{ at: number; length: number }> = [];
  for (let k = j; k < stop; ) {
    if (text[k] === "\\" && k + 1 < stop && text[k + 1] !== "`") k += 2;
    else if (text[k] === "`") {
      const at = k;
      while (k < stop && text[k] === "`") k++;
      runs.push({ at, length: k - at });
    } else k++;
  }
  const byLength = new Map<number, number[]>();
  runs.forEach((r, n) => {
    const list = byLength.get(r.length);
    if (list) list.push(n);
    else byLength.set(r.length, [n]);
  });
  const pointer = new Map<number, number>();
  let at = j;
  for (let n = 0; n < runs.length; n++) {
    const open = runs[n] as { at: number; length: number };
    if (open.at < at) continue;
    const same = byLength.get(open.length) ?? [];
    let p = pointer.get(open.length) ?? 0;
    while (p < same.length && (same[p] as number) <= n) p++;
    pointer.set(open.length, p);
    const close = p < same.length ? runs[same[p] as number] : undefined;
    if (!close) continue;
    inline(text, at, open.at, out);
    out.push("code", text.slice(open.at, close.at + close.length));
    at = close.at + close.length;
    n = same[p] as number;
  }
  inline(text, at, stop, out);
}

export function tokenizeMarkdown(text: string): Token[] {
  const out = new Tokens();
  let i = 0;
  while (i < text.length) {
    const stop = lineEnd(text, i);
    line(text, i, stop, out);
    if (stop < text.length) out.push("text", "\n");
    i = stop + 1;
  }
  return out.list;
}
