/**
 * A small JSON parser for model files, because JSON.parse cannot do what we need:
 * - syntax errors with 1-based line and column (columns in UTF-16 code units; a leading
 *   byte-order mark is skipped and not counted);
 * - duplicate keys are reported (JSON.parse silently keeps the last one, and we never
 *   silently fix a document);
 * - number literals whose value a JS double cannot hold exactly are reported, since
 *   saving the model would otherwise change them;
 * - nesting is limited (MAX_DEPTH) so a hostile input cannot overflow the stack;
 * - every object is built with Object.fromEntries, so a "__proto__" key is an ordinary
 *   own property and no prototype is ever touched.
 * It also records where each value starts, so later problems can carry a line and column.
 */
import { formatSegment } from "./path";
import type { RawProblem } from "./problems";
import type { JsonValue } from "./types";
import { numberProblem } from "./values";

export const MAX_DEPTH = 512;

export interface JsonParseOutput {
  /** undefined when the text is not JSON (then `problems` holds the syntax error). */
  value: JsonValue | undefined;
  /** Start offset per formatted path: the key for object members, else the value. */
  offsets: Map<string, number>;
  /** Syntax error (alone), or duplicate keys and inexact numbers (all errors). */
  problems: RawProblem[];
  /** 1-based line and column of a text offset. */
  locate(offset: number): { line: number; column: number };
}

class SyntaxFailure {
  constructor(
    readonly offset: number,
    readonly message: string,
  ) {}
}

const WS_SPACE = 0x20, WS_TAB = 0x09, WS_LF = 0x0a, WS_CR = 0x0d;

export function parseJson(input: string): JsonParseOutput {
  const start = input.charCodeAt(0) === 0xfeff ? 1 : 0;
  const lineStarts = computeLineStarts(input, start);
  const locate = (offset: number) => {
    let lo = 0, hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (lineStarts[lo] ?? 0) + 1 };
  };
  const parser = new Parser(input, start, locate);
  try {
    const value = parser.parseDocument();
    return { value, offsets: parser.offsets, problems: parser.problems, locate };
  } catch (e) {
    if (!(e instanceof SyntaxFailure)) throw e;
    const { line, column } = locate(e.offset);
    return {
      value: undefined,
      offsets: new Map(),
      problems: [{ segments: [], severity: "error", line, column, message: `Invalid JSON at line ${line}, column ${column}: ${e.message}` }],
      locate,
    };
  }
}

function computeLineStarts(text: string, start: number): number[] {
  const starts = [start];
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === WS_LF) starts.push(i + 1);
    else if (c === WS_CR) {
      if (text.charCodeAt(i + 1) === WS_LF) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

class Parser {
  pos: number;
  readonly offsets = new Map<string, number>();
  readonly problems: RawProblem[] = [];

  constructor(
    private readonly text: string,
    start: number,
    private readonly locate: (offset: number) => { line: number; column: number },
  ) {
    this.pos = start;
  }

  parseDocument(): JsonValue {
    this.skipWhitespace();
    this.offsets.set("", this.pos);
    const value = this.parseValue("", [], 0);
    this.skipWhitespace();
    if (this.pos < this.text.length) this.fail(`unexpected ${this.describeHere()} after the JSON value`);
    return value;
  }

  private fail(message: string, offset = this.pos): never {
    throw new SyntaxFailure(offset, message);
  }

  private describeHere(): string {
    if (this.pos >= this.text.length) return "the end of the input";
    const code = this.text.codePointAt(this.pos) ?? 0;
    if (code < 0x20 || code === 0x7f) return `character U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
    return `'${String.fromCodePoint(code)}'`;
  }

  private skipWhitespace(): void {
    const t = this.text;
    while (this.pos < t.length) {
      const c = t.charCodeAt(this.pos);
      if (c !== WS_SPACE && c !== WS_TAB && c !== WS_LF && c !== WS_CR) return;
      this.pos++;
    }
  }

  private parseValue(path: string, segments: ReadonlyArray<string | number>, depth: number): JsonValue {
    const c = this.text.charCodeAt(this.pos);
    if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (depth >= MAX_DEPTH) this.fail(`nesting deeper than ${MAX_DEPTH} levels`);
      return c === 0x7b ? this.parseObject(path, segments, depth + 1) : this.parseArray(path, segments, depth + 1);
    }
    if (c === 0x22 /* " */) return this.parseString();
    if (c === 0x2d /* - */ || (c >= 0x30 && c <= 0x39)) return this.parseNumber(segments);
    if (this.text.startsWith("true", this.pos)) return this.literal(4, true);
    if (this.text.startsWith("false", this.pos)) return this.literal(5, false);
    if (this.text.startsWith("null", this.pos)) return this.literal(4, null);
    return this.fail(`expected a JSON value, found ${this.describeHere()}`);
  }

  private literal<T>(length: number, value: T): T {
    this.pos += length;
    return value;
  }

  private parseObject(path: string, segments: ReadonlyArray<string | number>, depth: number): JsonValue {
    this.pos++; // {
    const entries: Array<[string, JsonValue]> = [];
    const seen = new Set<string>();
    this.skipWhitespace();
    if (this.text.charCodeAt(this.pos) === 0x7d) {
      this.pos++;
      return {};
    }
    for (;;) {
      this.skipWhitespace();
      if (this.text.charCodeAt(this.pos) !== 0x22) this.fail(`expected a property name in double quotes, found ${this.describeHere()}`);
      const keyOffset = this.pos;
      const key = this.parseString();
      this.skipWhitespace();
      if (this.text.charCodeAt(this.pos) !== 0x3a) this.fail(`expected ':' after a property name, found ${this.describeHere()}`);
      this.pos++;
      this.skipWhitespace();
      const childPath = path + formatSegment(key, path === "");
      if (seen.has(key)) {
        const { line, column } = this.locate(keyOffset);
        this.problems.push({ segments, severity: "error", line, column, message: `duplicate key ${JSON.stringify(key)}` });
      } else {
        seen.add(key);
        this.offsets.set(childPath, keyOffset);
      }
      const value = this.parseValue(childPath, [...segments, key], depth);
      entries.push([key, value]);
      this.skipWhitespace();
      const c = this.text.charCodeAt(this.pos);
      this.pos++;
      if (c === 0x2c) continue;
      if (c === 0x7d) break;
      this.pos--;
      this.fail(`expected ',' or '}' after a property value, found ${this.describeHere()}`);
    }
    // fromEntries defines own data properties ("__proto__" included); on a duplicate the
    // last value wins, as in JSON.parse, but the duplicate has been reported as an error.
    return Object.fromEntries(entries) as { [key: string]: JsonValue };
  }

  private parseArray(path: string, segments: ReadonlyArray<string | number>, depth: number): JsonValue {
    this.pos++; // [
    const items: JsonValue[] = [];
    this.skipWhitespace();
    if (this.text.charCodeAt(this.pos) === 0x5d) {
      this.pos++;
      return items;
    }
    for (;;) {
      this.skipWhitespace();
      const childPath = `${path}[${items.length}]`;
      this.offsets.set(childPath, this.pos);
      items.push(this.parseValue(childPath, [...segments, items.length], depth));
      this.skipWhitespace();
      const c = this.text.charCodeAt(this.pos);
      this.pos++;
      if (c === 0x2c) continue;
      if (c === 0x5d) return items;
      this.pos--;
      this.fail(`expected ',' or ']' after an array element, found ${this.describeHere()}`);
    }
  }

  private parseString(): string {
    const t = this.text;
    const open = this.pos;
    this.pos++; // opening quote
    let out = "";
    let chunkStart = this.pos;
    for (;;) {
      if (this.pos >= t.length) this.fail("unterminated string (missing closing '\"')", open);
      const c = t.charCodeAt(this.pos);
      if (c === 0x22) {
        out += t.slice(chunkStart, this.pos);
        this.pos++;
        return out;
      }
      if (c < 0x20) {
        this.fail(`${this.describeHere()} is not allowed inside a string; escape it (for example \\n)`);
      }
      if (c !== 0x5c) {
        this.pos++;
        continue;
      }
      out += t.slice(chunkStart, this.pos);
      out += this.parseEscape();
      chunkStart = this.pos;
    }
  }

  private parseEscape(): string {
    const t = this.text;
    const at = this.pos;
    const e = t[this.pos + 1];
    this.pos += 2;
    switch (e) {
      case '"': return '"';
      case "\\": return "\\";
      case "/": return "/";
      case "b": return "\b";
      case "f": return "\f";
      case "n": return "\n";
      case "r": return "\r";
      case "t": return "\t";
      case "u": {
        const hex = t.slice(this.pos, this.pos + 4);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail("invalid \\u escape: expected 4 hexadecimal digits", at);
        this.pos += 4;
        return String.fromCharCode(parseInt(hex, 16));
      }
      default:
        return this.fail(e === undefined ? "unterminated string" : `invalid escape '\\${e}' in a string`, at);
    }
  }

  private parseNumber(segments: ReadonlyArray<string | number>): number {
    const t = this.text;
    const start = this.pos;
    const re = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
    re.lastIndex = start;
    const m = re.exec(t);
    if (!m) this.fail("invalid number");
    const literal = m[0];
    this.pos = start + literal.length;
    const next = t.charCodeAt(this.pos);
    // "01", "1.", "1e": the regex stops early; the leftover digit, dot or e is the error.
    if ((next >= 0x30 && next <= 0x39) || next === 0x2e || next === 0x65 || next === 0x45) this.fail("invalid number");
    const value = Number(literal);
    const problem = numberProblem(literal, value);
    if (problem) {
      const { line, column } = this.locate(start);
      this.problems.push({ segments, severity: "error", line, column, message: problem });
    }
    return value;
  }
}
