/** HCL (the Terraform export): comments, block types, attribute names, strings, numbers, literals. */
import { identEnd, isDigit, isIdentStart, numberEnd, quotedEnd, Tokens, type Token } from "./types";

const BLOCKS = new Set(["resource", "data", "variable", "output", "provider", "terraform", "locals", "module", "required_providers"]);
const LITERALS = new Set(["true", "false", "null"]);

/** Whether `=` (not `==`) follows after blanks: then the identifier names an attribute. */
function assigned(text: string, from: number): boolean {
  let i = from;
  while (i < text.length && (text[i] === " " || text[i] === "\t")) i++;
  return text[i] === "=" && text[i + 1] !== "=";
}

export function tokenizeHcl(text: string): Token[] {
  const out = new Tokens();
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    const next = text[i + 1];
    let end: number;
    if (c === "#" || (c === "/" && next === "/")) {
      end = text.indexOf("\n", i);
      if (end === -1) end = text.length;
      out.push("comment", text.slice(i, end));
    } else if (c === "/" && next === "*") {
      const close = text.indexOf("*/", i + 2);
      end = close === -1 ? text.length : close + 2;
      out.push("comment", text.slice(i, end));
    } else if (c === '"') {
      end = quotedEnd(text, i, '"');
      out.push("string", text.slice(i, end));
    } else if (isDigit(c)) {
      end = numberEnd(text, i);
      out.push("number", text.slice(i, end));
    } else if (isIdentStart(c)) {
      end = identEnd(text, i);
      while (end < text.length && text[end] === "-" && isIdentStart(text[end + 1])) end = identEnd(text, end + 1);
      const word = text.slice(i, end);
      out.push(LITERALS.has(word) ? "literal" : assigned(text, end) ? "key" : BLOCKS.has(word) ? "keyword" : "text", word);
    } else {
      end = i + 1;
      out.push("{}[]().,=:?<>!+-*/%&|".includes(c) ? "punctuation" : "text", c);
    }
    i = Math.max(end, i + 1);
  }
  return out.list;
}
