/** YAML (the CloudFormation template): comments, keys, quoted strings, numbers and literals, indicators. */
import { isDigit, lineEnd, numberEnd, quotedEnd, Tokens, type Token } from "./types";

const LITERALS = new Set(["true", "false", "null", "~", "yes", "no", "on", "off", "True", "False", "Null", "TRUE", "FALSE", "NULL"]);

/** A value (or flow content) from `i` to the line's end `stop`. */
function value(text: string, i: number, stop: number, out: Tokens): void {
  let atStart = true;
  while (i < stop) {
    const c = text[i] as string;
    let end: number;
    if (c === "#" && (i === 0 || text[i - 1] === " " || text[i - 1] === "\t")) {
      end = stop;
      out.push("comment", text.slice(i, end));
    } else if (c === '"' || c === "'") {
      end = Math.min(quotedEnd(text, i, c, c === '"'), stop);
      out.push("string", text.slice(i, end));
    } else if (atStart && (isDigit(c) || (c === "-" && isDigit(text[i + 1])))) {
      end = Math.min(numberEnd(text, i), stop);
      out.push("number", text.slice(i, end));
    } else if ("[]{},:|>&*!-?".includes(c)) {
      end = i + 1;
      out.push("punctuation", c);
    } else if (c === " " || c === "\t") {
      out.push("text", c);
      i++;
      continue; // blanks keep `atStart`
    } else {
      end = i + 1;
      while (end < stop && !" \t,[]{}#\"'".includes(text[end] as string)) end++;
      const word = text.slice(i, end);
      out.push(LITERALS.has(word) ? "literal" : "text", word);
    }
    atStart = false;
    i = Math.max(end, i + 1);
  }
}

export function tokenizeYaml(text: string): Token[] {
  const out = new Tokens();
  let i = 0;
  while (i < text.length) {
    const stop = lineEnd(text, i);
    let j = i;
    while (j < stop && (text[j] === " " || text[j] === "\t")) j++;
    out.push("text", text.slice(i, j));
    // Sequence indicators: "- " (possibly several on one line).
    while (j < stop && text[j] === "-" && (text[j + 1] === " " || j + 1 === stop)) {
      out.push("punctuation", "-");
      j++;
      const k = j;
      while (j < stop && text[j] === " ") j++;
      out.push("text", text.slice(k, j));
    }
    if (text[j] === "#") {
      out.push("comment", text.slice(j, stop));
    } else {
      // A key: a quoted scalar or plain text up to ": " (or a colon that ends the line).
      let keyEnd = -1;
      if (text[j] === '"' || text[j] === "'") {
        const q = Math.min(quotedEnd(text, j, text[j] as string, text[j] === '"'), stop);
        if (text[q] === ":" && (q + 1 === stop || text[q + 1] === " ")) keyEnd = q;
      } else if (j < stop && !"[{&*!|>%@`".includes(text[j] as string)) {
        // Searched within the line only, so many lines without a colon stay linear.
        let colon = -1;
        for (let k = j; k < stop - 1; k++) {
          if (text[k] === ":" && text[k + 1] === " ") {
            colon = k;
            break;
          }
        }
        const bare = stop > j && text[stop - 1] === ":" ? stop - 1 : -1;
        const candidate = colon !== -1 ? colon : bare;
        if (candidate !== -1 && !text.slice(j, candidate).includes(" #")) keyEnd = candidate;
      }
      if (keyEnd !== -1) {
        out.push("key", text.slice(j, keyEnd));
        out.push("punctuation", ":");
        value(text, keyEnd + 1, stop, out);
      } else {
        value(text, j, stop, out);
      }
    }
    if (stop < text.length) out.push("text", "\n");
    i = stop + 1;
  }
  return out.list;
}
