/**
 * The preview's tokenizers: for any text (fast-check: arbitrary strings, and strings built
 * from each language's own delimiters) and for every real export of the examples and the
 * hostile-names model, the tokens' texts join back to the input exactly, no token is
 * empty, nothing throws; pathological inputs (long runs of quotes, comment openers,
 * backticks, unclosed strings) stay linear; and the tokens mean what they say.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { designModel } from "../../design";
import { allExportFiles } from "../all";
import { EXAMPLES, example } from "../testing/examples";
import { hostileModel } from "../testing/hostile";
import { highlight, languageOf, type Language, type Token } from "./index";

const LANGUAGES: Language[] = ["typescript", "json", "yaml", "hcl", "markdown", "plain"];
const joined = (tokens: Token[]) => tokens.map((t) => t.text).join("");

function total(language: Language, text: string): Token[] {
  const tokens = highlight(language, text);
  expect(joined(tokens)).toBe(text);
  expect(tokens.every((t) => t.text.length > 0)).toBe(true);
  return tokens;
}

const DELIMITERS = ["\"", "'", "`", "\\", "/", "*", "/*", "*/", "//", "#", "${", "%{", "}", "{", "[", "]", ":", ": ", "- ", "|", ">", "<", "&", "!", "\n", "\r\n", " ", "\t", "=", "==", "0", "1.5e-3", "-2", "true", "null", "key", "resource", "const", "```", "``", "\\`", "😀", "\u0301", "\u2028"];
const delimiterSoup = fc.array(fc.constantFrom(...DELIMITERS), { maxLength: 60 }).map((p) => p.join(""));

describe("syntax highlighting", () => {
  it("property: tokens join back to any string, in every language", () => {
    fc.assert(
      fc.property(fc.constantFrom(...LANGUAGES), fc.oneof(fc.string({ unit: "binary", maxLength: 300 }), delimiterSoup), (language, text) => {
        total(language, text);
      }),
      { numRuns: 3000, seed: 17 },
    );
  });

  it("every real export of the examples and of the hostile-names model tokenizes back to itself", () => {
    let files = 0;
    for (const model of [...EXAMPLES.map(example), hostileModel()]) {
      for (const f of allExportFiles(model, {}, designModel(model)).files) {
        const language = languageOf(f.path);
        expect(language, f.path).not.toBe("plain");
        const tokens = total(language, f.content);
        expect(tokens.some((t) => t.kind !== "text"), f.path).toBe(true);
        files++;
      }
      for (const f of allExportFiles(model, { cloudFormationJson: true }).files.filter((x) => x.path.endsWith("template.json"))) total("json", f.content);
    }
    expect(files).toBeGreaterThan(80);
  });

  it("stays linear on pathological input", () => {
    const n = 200_000;
    const inputs = ['"'.repeat(n), "'".repeat(n), "`".repeat(n), "/*".repeat(n / 2), "\\".repeat(n), "` ``".repeat(n / 4), "a: ".repeat(n / 3), "x\n".repeat(n / 2), "#".repeat(n), "${".repeat(n / 2), '"\\'.repeat(n / 2), "- ".repeat(n / 2), "a ".repeat(n / 2) + "=", "`a\n".repeat(n / 3)];
    for (const language of LANGUAGES) {
      for (const text of inputs) {
        const start = performance.now();
        const tokens = highlight(language, text);
        const ms = performance.now() - start;
        expect(joined(tokens) === text).toBe(true);
        // 200,000 characters: a quadratic scan would take minutes; linear takes milliseconds.
        expect(ms, `${language} on ${JSON.stringify(text.slice(0, 6))}…`).toBeLessThan(2_000);
      }
    }
  });

  it("tells the kinds apart in each language", () => {
    const kinds = (language: Language, text: string) => highlight(language, text).filter((t) => t.kind !== "text").map((t) => `${t.kind}:${t.text}`);
    expect(kinds("typescript", 'export const a = "x"; // done\n/* c */ 42')).toEqual(["keyword:export", "keyword:const", "punctuation:=", 'string:"x"', "punctuation:;", "comment:// done", "comment:/* c */", "number:42"]);
    expect(kinds("json", '{"k": [1, true, "v"]}')).toEqual(["punctuation:{", 'key:"k"', "punctuation::", "punctuation:[", "number:1", "punctuation:,", "literal:true", "punctuation:,", 'string:"v"', "punctuation:]}"]);
    expect(kinds("yaml", '# top\nResources:\n  - Name: "a: b" # note\n    N: 3\n')).toEqual(["comment:# top", "key:Resources", "punctuation::", "punctuation:-", "key:Name", "punctuation::", 'string:"a: b"', "comment:# note", "key:N", "punctuation::", "number:3"]);
    expect(kinds("hcl", 'resource "a" "b" {\n  name = "x" # c\n  on   = true\n}')).toEqual(["keyword:resource", 'string:"a"', 'string:"b"', "punctuation:{", "key:name", "punctuation:=", 'string:"x"', "comment:# c", "key:on", "punctuation:=", "literal:true", "punctuation:}"]);
    expect(kinds("markdown", "# Title\n| a | `b | c` |\n- item \\` not code")).toEqual(["heading:# Title", "punctuation:|", "punctuation:|", "code:`b | c`", "punctuation:|", "punctuation:-"]);
  });

  it("picks the language by file name", () => {
    expect(["data-access.ts", "template.yaml", "template.json", "main.tf", "design.md", "notes.txt"].map(languageOf)).toEqual(["typescript", "yaml", "json", "hcl", "markdown", "plain"]);
  });
});
