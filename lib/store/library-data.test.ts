import { describe, expect, it } from "vitest";
import { parseModel } from "@/lib/model";
import { paymentsModel } from "@/lib/model/testing/payments";
import {
  blankModel, checkEntryName, migrateLibrary, restoreLibrary, syncAction, uniqueName, type LibraryEntry,
} from "./library-data";

const entry = (id: string, name = id, model = paymentsModel()): LibraryEntry => ({ id, name, model, savedAt: "2026-11-28T00:00:00.000Z" });

describe("library data", () => {
  it("the blank model is valid", () => {
    const parsed = parseModel(blankModel());
    expect(parsed.ok && parsed.problems.filter((p) => p.severity === "error")).toEqual([]);
  });

  it("gives new names that are not taken", () => {
    const entries = [entry("a", "Model"), entry("b", "Model (2)")];
    expect(uniqueName(entries, "Other")).toBe("Other");
    expect(uniqueName(entries, "Model")).toBe("Model (3)");
  });

  it("checks entry names", () => {
    expect(checkEntryName("  ")).toMatch(/at least one character/);
    expect(checkEntryName("x".repeat(121))).toMatch(/at most 120/);
    expect(checkEntryName("Orders v2")).toBeNull();
  });

  it("migrates version 0 (a bare list of entries) and restores it", () => {
    const stored = [entry("a")];
    const migrated = migrateLibrary(stored, 0);
    expect(migrated).toEqual({ entries: stored, openId: null });
    const restored = restoreLibrary(migrated);
    expect(restored.library.entries.map((e) => e.id)).toEqual(["a"]);
    expect(restored.rejected).toEqual([]);
    expect(migrateLibrary({ entries: [], openId: null }, 1)).toEqual({ entries: [], openId: null });
  });

  it("keeps the valid entries and sets aside, with paths, the ones that no longer validate", () => {
    const bad = { ...entry("b"), model: { ...paymentsModel(), name: "" } };
    const restored = restoreLibrary({ entries: [entry("a"), bad, 42], openId: "b" });
    expect(restored.library.entries.map((e) => e.id)).toEqual(["a"]);
    expect(restored.library.openId).toBeNull();
    expect(restored.rejected).toEqual([bad, 42]);
    expect(restored.problems.map((p) => p.path)).toEqual(["entries[1].model.name", "entries[2]"]);
  });

  it("treats nothing stored as an empty library, and refuses a non-library", () => {
    expect(restoreLibrary(undefined).library).toEqual({ entries: [], openId: null });
    const r = restoreLibrary("junk");
    expect(r.library.entries).toEqual([]);
    expect(r.rejected).toEqual(["junk"]);
    expect(r.problems[0]?.message).toMatch(/entries list/);
  });
});

describe("syncAction", () => {
  const a = entry("a"), b = entry("b");
  const entries = [a, b];

  it("saves an edit of the open entry", () => {
    const edited = { ...a.model, notes: "x" };
    expect(syncAction(entries, "a", { model: a.model, source: "library: a" }, { model: edited, source: "library: a" }))
      .toEqual({ kind: "save", id: "a", model: edited });
  });

  it("links the entry whose saved model the document now shows (open, undo, redo)", () => {
    expect(syncAction(entries, "a", { model: a.model, source: "library: a" }, { model: b.model, source: "library: b" })).toEqual({ kind: "link", id: "b" });
    expect(syncAction(entries, "a", { model: a.model, source: "library: a" }, { model: a.model, source: "library: a" })).toEqual({ kind: "none" });
  });

  it("never writes another model over the open entry when something else is opened", () => {
    const file = paymentsModel();
    expect(syncAction(entries, "a", { model: a.model, source: "library: a" }, { model: file, source: "orders.json" })).toEqual({ kind: "detach" });
    expect(syncAction(entries, null, { model: null, source: null }, { model: file, source: "orders.json" })).toEqual({ kind: "none" });
  });

  it("does nothing for an edit when no entry is open", () => {
    const m = paymentsModel();
    expect(syncAction(entries, null, { model: m, source: "f" }, { model: { ...m, notes: "y" }, source: "f" })).toEqual({ kind: "none" });
  });
});
