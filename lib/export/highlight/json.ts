/** JSON (the IAM policy, NoSQL Workbench, CloudFormation as JSON, package.json): keys, strings, numbers, literals. */
import { identEnd, isDigit, isIdentStart, numberEnd, quotedEnd, Tokens, type Token } from "./types";

/** Whether the next non-blank character after `from` is a colon (a string there is an object key). */
function colonFollows(text: string, from: number): boolean {
  let i = from;
  while (i < text.length && (text[i] === " " || text[i] === "\t" || text[i] === "\r" || text[i] === "\n")) i++;
  return text[i] === ":";
}

export function tokenizeJson(text: string): Token[] {
  const out = new Tokens();
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    let end: number;
    if (c === '"') {
      end = quotedEnd(text, i, '"');
      out.push(colonFollows(text, end) ? "key" : "string", text.slice(i, end));
    } else if (isDigit(c) || (c === "-" && isDigit(text[i + 1]))) {
      end = numberEnd(text, i);
      out.push("number", text.slice(i, end));
    } else if (isIdentStart(c)) {
      end = identEnd(text, i);
      const word = text.slice(i, end);
      out.push(word === "true" || word === "false" || word === "null" ? "literal" : "text", word);
    } else {
      end = i + 1;
      out.push("{}[],:".includes(c) ? "punctuation" : "text", c);
    }
    i = Math.max(end, i + 1);
  }
  return out.list;
}
