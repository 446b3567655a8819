/**
 * A fast-check property beside hostile.test.ts: arbitrary hostile attribute, pattern and
 * model names (quotes, `${`, comment markers, Unicode, control characters where the format
 * allows them) keep every export format well-formed, and NoSQL Workbench round-trips them.
 */
import { parse as parseHcl } from "@cdktf/hcl2json";
import fc from "fast-check";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { designModel, type Design } from "../design";
import { parseModel, type Model } from "../model";
import { allExportFiles } from "./all";
import { importNoSqlWorkbench } from "./nosql-import";
import { HOSTILE, HOSTILE_MODEL_JSON } from "./testing/hostile";
import { readMarkdown } from "./testing/markdown-read";

const NAMES = Object.values(HOSTILE);

/** Syntax errors of TypeScript text (the parser only: fast enough for a property). */
function syntaxErrors(source: string): string[] {
  const out = ts.transpileModule(source, { reportDiagnostics: true, compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ES2022 } });
  return (out.diagnostics ?? []).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
}

const FRAGMENTS = ["'", '"', "\\", "${", "%{", "`", "*/", "/*", "//", "<!--", "-->", "<script>", "&", "#", ": ", "- ", "*", "!", "{", "[", "|", ">", "__proto__", "constructor", "toString", "😀", "\u200d", "\u0301", "\u2028", "שלום", " "];
const hostileName = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: "grapheme", minLength: 1, maxLength: 3 })), { minLength: 1, maxLength: 5 })
  .map((parts) => parts.join(""))
  .filter((s) => !/\p{Cc}/u.test(s) && new TextEncoder().encode(s).length <= 255 && s.trim() === s && s.length > 0);

/** A pattern's or the model's name: any characters (control characters, line separators too). */
const freeText = (max: number) => fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS, "\r", "\u0007", "\u2029"), fc.string({ unit: "binary", minLength: 1, maxLength: 4 })), { minLength: 1, maxLength: 12 })
  .map((p) => [...p.join("")].slice(0, max).join(""))
  .filter((s) => s.trim().length > 0);

function variantWith(names: { a: string; b: string; c: string; patternName: string; modelName: string }): Model | undefined {
  const taken = new Set<string>(NAMES.filter((n) => n !== HOSTILE.created && n !== HOSTILE.status && n !== HOSTILE.proto));
  if (new Set([names.a, names.b, names.c]).size < 3 || [names.a, names.b, names.c].some((n) => taken.has(n))) return undefined;
  // Key attributes cannot hold braces (the model format's key templates cannot write them).
  if (/[{}]/.test(names.a + names.b)) return undefined;
  const json = structuredClone(HOSTILE_MODEL_JSON) as unknown as { name: string; entities: Array<{ attributes: Array<{ name: string }> }>; accessPatterns: Array<Record<string, unknown>> };
  json.name = names.modelName;
  const rename = new Map<string, string>([[HOSTILE.created, names.a], [HOSTILE.status, names.b], [HOSTILE.proto, names.c]]);
  const swap = (s: string) => rename.get(s) ?? s;
  for (const e of json.entities) for (const a of e.attributes) a.name = swap(a.name);
  for (const p of json.accessPatterns) {
    if (p["where"]) p["where"] = Object.fromEntries(Object.entries(p["where"] as object).map(([k, v]) => [swap(k), v]));
    if (p["order"]) p["order"] = { ...(p["order"] as object), by: swap((p["order"] as { by: string }).by) };
    if (p["set"]) p["set"] = (p["set"] as string[]).map(swap);
    if (p["id"] === "constructor") p["name"] = names.patternName;
  }
  const parsed = parseModel(json);
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.path}: ${p.message}`).join("\n"));
  return parsed.model;
}

describe("property: arbitrary hostile names keep every format well-formed", () => {
  it("TypeScript and ElectroDB parse, YAML, JSON and HCL parse, Markdown holds no raw HTML, NoSQL Workbench round-trips", async () => {
    await fc.assert(
      fc.asyncProperty(fc.record({ a: hostileName, b: hostileName, c: hostileName, patternName: freeText(60), modelName: freeText(120) }), async (names) => {
        const m = variantWith(names);
        fc.pre(m !== undefined);
        if (!m) return;
        const d: Design = designModel(m);
        const all = allExportFiles(m, {}, d).files;
        for (const f of all) {
          if (f.path.endsWith(".ts")) expect(syntaxErrors(f.content), f.path).toEqual([]);
          if (f.path.endsWith(".json")) JSON.parse(f.content);
          if (f.path.endsWith(".yaml")) parseYaml(f.content);
          if (f.path.endsWith(".tf")) await parseHcl("main.tf", f.content);
          if (f.path.endsWith(".md")) expect(readMarkdown(f.content).prose).not.toMatch(/[<>]/);
        }
        const wb = all.find((f) => f.path.startsWith("nosql-workbench/"))?.content ?? "";
        const back = importNoSqlWorkbench(wb);
        expect(back.ok).toBe(true);
        if (back.ok) {
          const attrs = new Set(back.model.entities.flatMap((e) => e.attributes.map((a) => a.name)));
          for (const n of [names.a, names.b, names.c]) expect(attrs.has(n), n).toBe(true);
        }
      }),
      { numRuns: 30, seed: 2026 },
    );
  }, 600_000);
});
