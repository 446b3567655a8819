import { beforeEach, describe, expect, it } from "vitest";
import { parseModelText, type Model } from "@/lib/model";
import { renameEntity, updatePattern } from "@/lib/model/edit";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { useDocument } from "./document";
import { useSaveStatus } from "./save-status";

const model = (() => {
  const parsed = parseModelText(readFileSync(join(__dirname, "..", "..", "e2e", "fixtures", "library-model.json"), "utf8"));
  if (!parsed.ok) throw new Error("fixture must be valid");
  return parsed.model;
})();
const doc = () => useDocument.getState();
const draftOf = () => doc().draft as Model;

beforeEach(() => {
  useDocument.setState({ model: null, source: null, draft: null, history: { past: [], future: [] } });
  doc().open(model, "library-model.json");
});

describe("document edits", () => {
  it("keystrokes in one field are one undo step, each applied to the document before the first", () => {
    const name = model.entities[0]!.name;
    for (const typed of ["X", "Xy", "Xyz"]) doc().edit("entity-0-name", (m) => renameEntity(m, 0, typed));
    expect(doc().model!.entities[0]!.name).toBe("Xyz");
    expect(doc().history.past).toHaveLength(2); // open, then the one rename
    doc().endEdit();
    doc().undo();
    expect(doc().model!.entities[0]!.name).toBe(name);
    doc().redo();
    expect(doc().model!.entities[0]!.name).toBe("Xyz");
  });

  it("an invalid edit becomes the draft and the model stays the last valid one; fixing it commits", () => {
    doc().edit("ap-0-limit", (m) => updatePattern(m, 0, { rps: -1 }));
    expect(doc().model).toBe(model);
    expect(draftOf().accessPatterns[0]!.rps).toBe(-1);
    doc().edit("ap-0-limit", (m) => updatePattern(m, 0, { rps: 5 }));
    expect(doc().draft).toBeNull();
    expect(doc().model!.accessPatterns[0]!.rps).toBe(5);
    // Unchanged parts keep their identity (memoized rows rely on it).
    expect(doc().model!.entities).toBe(model.entities);
  });

  it("a later edit applies to the draft, and discarding it is undoable", () => {
    doc().edit("a", (m) => updatePattern(m, 0, { rps: -1 }));
    doc().edit("b", (m) => updatePattern(m, 0, { name: "renamed" }));
    expect(draftOf().accessPatterns[0]).toMatchObject({ rps: -1, name: "renamed" });
    doc().discardDraft();
    expect(doc().draft).toBeNull();
    doc().undo();
    expect(draftOf().accessPatterns[0]).toMatchObject({ rps: -1, name: "renamed" });
  });

  it("reports a storage that refuses the write instead of throwing into the edit", () => {
    // Vitest runs in Node, which has no localStorage: exactly a blocked storage.
    doc().edit("c", (m) => updatePattern(m, 0, { rps: 9 }));
    expect(doc().model!.accessPatterns[0]!.rps).toBe(9);
    expect(useSaveStatus.getState().status).toMatchObject({ state: "failed" });
  });
});
