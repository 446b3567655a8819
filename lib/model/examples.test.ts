import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseModelText, serializeModel } from "./index";
import { parseExamplesManifest } from "./examples";

// The gallery's examples are the first thing a newcomer sees and the test data for
// every later engine: each must validate with no errors and match the manifest.
const dir = join(__dirname, "..", "..", "public", "examples");
const manifest = parseExamplesManifest(JSON.parse(readFileSync(join(dir, "index.json"), "utf8")));

describe("public/examples", () => {
  it("has a valid manifest that lists every example file", () => {
    expect(manifest.ok).toBe(true);
    if (!manifest.ok) return;
    const files = readdirSync(dir).filter((f) => f.endsWith(".json") && f !== "index.json").sort();
    expect(manifest.examples.map((e) => e.file).sort()).toEqual(files);
    expect(files.length).toBeGreaterThanOrEqual(6);
  });

  const examples = manifest.ok ? manifest.examples : [];
  for (const example of examples) {
    it(`${example.file} validates, has 6–20 access patterns, and round-trips`, () => {
      const text = readFileSync(join(dir, example.file), "utf8");
      const parsed = parseModelText(text);
      if (!parsed.ok) expect(parsed.problems).toEqual([]);
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) return;
      expect(parsed.problems.filter((p) => p.severity !== "info")).toEqual([]);
      const count = parsed.model.accessPatterns.length;
      expect(count).toBe(example.patterns);
      expect(count).toBeGreaterThanOrEqual(6);
      expect(count).toBeLessThanOrEqual(20);
      expect(parsed.model.description?.length ?? 0).toBeGreaterThan(40);
      expect(JSON.parse(serializeModel(parsed.model))).toEqual(JSON.parse(text));
    });
  }

  it("rejects a manifest entry without a title", () => {
    const result = parseExamplesManifest({ examples: [{ file: "a.json", summary: "s", tags: [], patterns: 1 }] });
    expect(result.ok).toBe(false);
  });
});
