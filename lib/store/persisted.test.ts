import { describe, expect, it } from "vitest";
import { parseModelText } from "@/lib/model";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { migrateDocument, restoreDocument } from "./persisted";

const model = (() => {
  const parsed = parseModelText(readFileSync(join(__dirname, "..", "..", "e2e", "fixtures", "library-model.json"), "utf8"));
  if (!parsed.ok) throw new Error("fixture must be valid");
  return parsed.model;
})();

describe("persisted document", () => {
  it("restores a stored document and validates its model", () => {
    const restored = restoreDocument({ model, source: "library-model.json" });
    expect(restored).toEqual({ ok: true, document: { model, source: "library-model.json", draft: null } });
  });

  it("treats nothing stored as an empty workspace", () => {
    expect(restoreDocument(undefined)).toEqual({ ok: true, document: { model: null, source: null, draft: null } });
    expect(restoreDocument(null)).toEqual({ ok: true, document: { model: null, source: null, draft: null } });
  });

  it("refuses a stored model that no longer validates, with its problems", () => {
    const restored = restoreDocument({ model: { ...model, name: "" }, source: "x" });
    expect(restored.ok).toBe(false);
    if (restored.ok) return;
    expect(restored.problems.map((p) => p.path)).toContain("name");
    expect(restored.raw).toMatchObject({ source: "x" });
  });

  it("refuses something that is not a stored document", () => {
    expect(restoreDocument("garbage").ok).toBe(false);
    expect(restoreDocument([1, 2]).ok).toBe(false);
  });

  it("migrates version 0 (the model alone) to the current version", () => {
    const migrated = migrateDocument(model, 0);
    expect(migrated).toEqual({ model, source: null, draft: null });
    expect(restoreDocument(migrated)).toEqual({ ok: true, document: { model, source: null, draft: null } });
  });

  it("migrates version 1 (no drafts) to version 2 without touching the model", () => {
    const v1 = { model, source: "a.json" };
    const migrated = migrateDocument(v1, 1);
    expect(migrated).toEqual({ model, source: "a.json", draft: null });
    expect(restoreDocument(migrated)).toEqual({ ok: true, document: { model, source: "a.json", draft: null } });
  });

  it("keeps an unfinished, invalid draft beside the last valid model", () => {
    const draft = { ...model, name: "" };
    expect(restoreDocument({ model, source: "a", draft })).toEqual({ ok: true, document: { model, source: "a", draft } });
    // Something that is not even an object is no draft; the valid model still opens.
    expect(restoreDocument({ model, source: "a", draft: 3 })).toEqual({ ok: true, document: { model, source: "a", draft: null } });
  });

  it("leaves current documents alone", () => {
    const current = { model, source: "a", draft: null };
    expect(migrateDocument(current, 2)).toBe(current);
  });
});
