/**
 * The Markdown design doc: well-formed GitHub tables (every row as many cells as its
 * header, even with pipes and line breaks in names), a row per entity and per access
 * pattern with its operation, a section per pattern with its explanation, every finding.
 */
import { describe, expect, it } from "vitest";
import { designModel, designToJson } from "../design";
import { parseModel } from "../model";
import { markdownText } from "./markdown";
import { EXAMPLES, example } from "./testing/examples";

/** Cells of a table row, splitting on pipes that are not escaped. */
function cells(row: string): string[] {
  return row.trim().replace(/^\||\|$/g, "").split(/(?<!\\)\|/);
}

function tables(text: string): string[][] {
  const out: string[][] = [];
  let current: string[] | undefined;
  for (const line of text.split("\n")) {
    if (line.startsWith("|")) (current ??= []).push(line);
    else if (current) { out.push(current); current = undefined; }
  }
  if (current) out.push(current);
  return out;
}

describe("the Markdown export", () => {
  for (const name of EXAMPLES) {
    it(`${name}: tables of keys and patterns, explanations and findings`, () => {
      const model = example(name);
      const design = designModel(model);
      const json = designToJson(design);
      const text = markdownText(model, design);
      for (const t of tables(text)) {
        const width = cells(t[0] ?? "").length;
        for (const row of t) expect(cells(row), row).toHaveLength(width);
      }
      for (const e of model.entities) expect(text).toMatch(new RegExp(`^\\| ${e.name} \\|`, "m"));
      for (const p of json.accessPatterns) {
        expect(text).toContain(`| \`${p.id}\` | ${p.kind} | ${p.served ? p.operation : "**not served**"} |`);
        expect(text).toContain(`### ${p.id}: `);
      }
      for (const f of json.findings) expect(text).toContain(`**${f.code}**`);
      expect(markdownText(model, design)).toBe(text);
    });
  }

  it("keeps rows whole when names hold pipes, backticks and line breaks", () => {
    const base = example("saas-teams");
    const parsed = parseModel({ ...base, name: "A | B", description: "line one\nline | two", accessPatterns: base.accessPatterns.map((p, i) => (i === 0 ? { ...p, name: "get `it` | now\nplease" } : p)) });
    if (!parsed.ok) throw new Error("invalid");
    const text = markdownText(parsed.model, designModel(parsed.model));
    for (const t of tables(text)) {
      const width = cells(t[0] ?? "").length;
      for (const row of t) expect(cells(row)).toHaveLength(width);
    }
    expect(text).toContain("# A \\| B: key design");
  });
});
