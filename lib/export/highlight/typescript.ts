/** TypeScript (the data-access module, the stream consumer, the CDK app, ElectroDB entities). */
import { identEnd, isDigit, isIdentStart, numberEnd, quotedEnd, Tokens, type Token } from "./types";

const KEYWORDS = new Set([
  "as", "async", "await", "break", "case", "catch", "class", "const", "continue", "default", "delete", "do", "else", "enum",
  "export", "extends", "for", "from", "function", "if", "implements", "import", "in", "instanceof", "interface", "keyof",
  "let", "new", "of", "private", "protected", "public", "readonly", "return", "static", "super", "switch", "this", "throw",
  "try", "type", "typeof", "var", "void", "while", "yield",
]);
const LITERALS = new Set(["true", "false", "null", "undefined"]);

export function tokenizeTypeScript(text: string): Token[] {
  const out = new Tokens();
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    const next = text[i + 1];
    let end: number;
    if (c === "/" && next === "/") {
      end = text.indexOf("\n", i);
      if (end === -1) end = text.length;
      out.push("comment", text.slice(i, end));
    } else if (c === "/" && next === "*") {
      const close = text.indexOf("*/", i + 2);
      end = close === -1 ? text.length : close + 2;
      out.push("comment", text.slice(i, end));
    } else if (c === '"' || c === "'") {
      end = quotedEnd(text, i, c);
      out.push("string", text.slice(i, end));
    } else if (c === "`") {
      // A template literal as one string, placeholders included (no nesting: linear, and close enough).
      end = quotedEnd(text, i, "`", true, true);
      out.push("string", text.slice(i, end));
    } else if (isDigit(c)) {
      end = numberEnd(text, i);
      out.push("number", text.slice(i, end));
    } else if (isIdentStart(c)) {
      end = identEnd(text, i);
      const word = text.slice(i, end);
      out.push(KEYWORDS.has(word) ? "keyword" : LITERALS.has(word) ? "literal" : "text", word);
    } else {
      end = i + 1;
      out.push("{}[]().,;:=<>+-*/!?&|%^~@".includes(c) ? "punctuation" : "text", c);
    }
    i = Math.max(end, i + 1);
  }
  return out.list;
}
