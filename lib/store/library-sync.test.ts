import { beforeEach, describe, expect, it, vi } from "vitest";

// The stores persist to localStorage; give them one before they are created.
vi.hoisted(() => {
  const data = new Map<string, string>();
  globalThis.localStorage = {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
    clear: () => data.clear(),
    key: (i: number) => [...data.keys()][i] ?? null,
    get length() {
      return data.size;
    },
  } as Storage;
});

import { paymentsModel } from "@/lib/model/testing/payments";
import type { Model } from "@/lib/model";
import { useDocument } from "./document";
import { emptyHistory } from "./history";
import { LIBRARY_KEY, useLibrary } from "./library";
import { keepOpenModel, openLibraryEntry, startLibrarySync } from "./library-sync";

let stop: () => void;
beforeEach(() => {
  stop?.();
  localStorage.clear();
  useDocument.setState({ model: null, source: null, history: emptyHistory() });
  useLibrary.setState({ entries: [], openId: null, deleted: null, problems: null });
  stop = startLibrarySync();
});

const named = (name: string): Model => ({ ...paymentsModel(), name });
const entry = (id: string) => useLibrary.getState().entries.find((e) => e.id === id)!;

describe("library store", () => {
  it("adds, duplicates, renames, deletes and undoes a delete, persisting under its own key", () => {
    const lib = useLibrary.getState();
    const a = lib.add(named("A"));
    const copy = lib.duplicate(a)!;
    expect(useLibrary.getState().entries.map((e) => e.name)).toEqual(["A", "A copy"]);
    lib.rename(copy, "  B  ");
    expect(entry(copy).name).toBe("B");
    lib.remove(a);
    expect(useLibrary.getState().entries.map((e) => e.name)).toEqual(["B"]);
    lib.undoRemove();
    expect(useLibrary.getState().entries.map((e) => e.name)).toEqual(["A", "B"]);
    const stored = JSON.parse(localStorage.getItem(LIBRARY_KEY)!);
    expect(stored.version).toBe(1);
    expect(stored.state.entries.map((e: { name: string }) => e.name)).toEqual(["A", "B"]);
    expect(stored.state).not.toHaveProperty("deleted");
  });

  it("a new entry holds a valid blank model with a unique name", () => {
    const lib = useLibrary.getState();
    const one = lib.create();
    const two = lib.create();
    expect(entry(one).name).toBe("Untitled model");
    expect(entry(two).name).toBe("Untitled model (2)");
    expect(entry(one).model.entities).toHaveLength(1);
  });
});

describe("library sync with the document store", () => {
  it("saves edits to the open entry, keeps the open model when opening another, and relinks on undo", () => {
    const lib = useLibrary.getState();
    const a = lib.add(named("A"));
    const b = lib.add(named("B"));
    openLibraryEntry(a);
    expect(useLibrary.getState().openId).toBe(a);

    const edited = { ...entry(a).model, notes: "edited" };
    useDocument.getState().replace(edited);
    expect(entry(a).model).toBe(edited);

    openLibraryEntry(b);
    expect(useLibrary.getState().openId).toBe(b);
    expect(useDocument.getState().model?.name).toBe("B");
    useDocument.getState().replace({ ...entry(b).model, notes: "b edit" });
    expect(entry(b).model.notes).toBe("b edit");

    // Undo twice: B's edit, then the open of B; we are back on A, whose entry is untouched by B.
    useDocument.getState().undo();
    expect(entry(b).model.notes).toBeUndefined();
    useDocument.getState().undo();
    expect(useLibrary.getState().openId).toBe(a);
    expect(entry(a).model.notes).toBe("edited");
    expect(entry(b).model.name).toBe("B");
  });

  it("an opened file detaches the entry and is added to the library before another entry opens", () => {
    const lib = useLibrary.getState();
    const a = lib.add(named("A"));
    openLibraryEntry(a);
    useDocument.getState().open(named("From a file"), "file.json");
    expect(useLibrary.getState().openId).toBeNull();
    expect(entry(a).model.name).toBe("A");
    useDocument.getState().replace(named("From a file, edited"));
    expect(useLibrary.getState().entries).toHaveLength(1);

    openLibraryEntry(a);
    const names = useLibrary.getState().entries.map((e) => e.name);
    expect(names).toEqual(["A", "From a file, edited"]);
  });

  it("keepOpenModel does nothing without a model and never duplicates the open entry", () => {
    keepOpenModel();
    expect(useLibrary.getState().entries).toHaveLength(0);
    const a = useLibrary.getState().add(named("A"));
    openLibraryEntry(a);
    keepOpenModel();
    expect(useLibrary.getState().entries).toHaveLength(1);
  });
});
