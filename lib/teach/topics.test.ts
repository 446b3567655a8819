import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FINDING_CODES, TECHNIQUES } from "../design";
import { TOPICS, findingSlug, topicBySlug } from "./topics";

/** Every `code: "X"` and `finding("X"` literal in the engine's source: the codes it can actually emit. */
function emittedCodes(): Set<string> {
  const codes = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name)) {
        for (const m of readFileSync(path, "utf8").matchAll(/(?:code: |finding\()"([A-Z][A-Z_]+)"/g)) codes.add(m[1]!);
      }
    }
  };
  walk(join(__dirname, "..", "design"));
  walk(join(__dirname, "..", "capacity"));
  return codes;
}

describe("teaching topics", () => {
  it("explain every finding code the engine can emit", () => {
    const emitted = emittedCodes();
    expect(emitted.size).toBeGreaterThan(5);
    for (const code of emitted) expect(topicBySlug(findingSlug(code as never))?.ref, code).toBe(code);
    for (const code of FINDING_CODES) expect(topicBySlug(findingSlug(code)), code).toBeDefined();
  });

  it("explain every technique the engine names", () => {
    for (const technique of Object.keys(TECHNIQUES)) expect(topicBySlug(technique)?.kind, technique).toBe("technique");
  });

  it("every finding code in docs/findings.md has a topic", () => {
    const doc = readFileSync(join(__dirname, "..", "..", "docs", "findings.md"), "utf8");
    const codes = [...doc.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((m) => m[1]!);
    expect(codes.length).toBe(FINDING_CODES.length);
    for (const code of codes) expect(topicBySlug(findingSlug(code as never)), code).toBeDefined();
  });

  it("each topic has a URL-safe unique slug, text, a DynamoDB behaviour, a source and related topics that exist", () => {
    const slugs = new Set<string>();
    for (const t of TOPICS) {
      expect(t.slug).toMatch(/^[a-z0-9-]+$/);
      expect(slugs.has(t.slug), t.slug).toBe(false);
      slugs.add(t.slug);
      expect(t.summary.length, t.slug).toBeGreaterThan(60);
      expect(t.behaviour.length, t.slug).toBeGreaterThan(40);
      expect(t.sources.length, t.slug).toBeGreaterThan(0);
    }
    for (const t of TOPICS) for (const r of t.related) expect(slugs.has(r), `${t.slug} → ${r}`).toBe(true);
  });
});
