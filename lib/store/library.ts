import { create } from "zustand";
import { persist, createJSONStorage } from "zustand/middleware";
import type { Model, Problem } from "@/lib/model";
import {
  LIBRARY_VERSION, blankModel, migrateLibrary, restoreLibrary, uniqueName, type LibraryEntry, type StoredLibrary,
} from "./library-data";

export const LIBRARY_KEY = "tablewright.library";
/** Entries that failed to restore are kept here, never dropped. */
export const LIBRARY_RECOVERED_KEY = "tablewright.library.recovered";

interface LibraryState extends StoredLibrary {
  /** The last deleted entry and where it was, so "Undo delete" can put it back (not persisted). */
  deleted: { entry: LibraryEntry; index: number; wasOpen: boolean } | null;
  problems: Problem[] | null;
  /** Add a model as a new entry; returns its id. */
  add: (model: Model, name?: string) => string;
  /** A new entry holding a blank, valid model; returns its id. */
  create: () => string;
  duplicate: (id: string) => string | null;
  rename: (id: string, name: string) => void;
  remove: (id: string) => void;
  undoRemove: () => void;
  save: (id: string, model: Model) => void;
  setOpenId: (id: string | null) => void;
  dismissProblems: () => void;
}

let counter = 0;
function newId(): string {
  counter += 1;
  const random = typeof crypto !== "undefined" && "randomUUID" in crypto ? crypto.randomUUID() : `${Date.now().toString(36)}-${counter}`;
  return `m-${random}`;
}

const now = () => new Date().toISOString();

/**
 * The local library of models: its own localStorage key, versioned like the document.
 * The document store stays the one open model; library-sync.ts keeps the open entry
 * in step with it.
 */
export const useLibrary = create<LibraryState>()(
  persist(
    (set, get) => ({
      entries: [],
      openId: null,
      deleted: null,
      problems: null,
      add: (model, name) => {
        const id = newId();
        set((s) => ({ entries: [...s.entries, { id, name: uniqueName(s.entries, name ?? model.name), model, savedAt: now() }] }));
        return id;
      },
      create: () => get().add(blankModel(), "Untitled model"),
      duplicate: (id) => {
        const entry = get().entries.find((e) => e.id === id);
        if (!entry) return null;
        const copy = newId();
        set((s) => {
          const index = s.entries.findIndex((e) => e.id === id);
          const entries = [...s.entries];
          entries.splice(index + 1, 0, { id: copy, name: uniqueName(s.entries, `${entry.name} copy`), model: entry.model, savedAt: now() });
          return { entries };
        });
        return copy;
      },
      rename: (id, name) => set((s) => ({ entries: s.entries.map((e) => (e.id === id ? { ...e, name: name.trim() } : e)) })),
      remove: (id) =>
        set((s) => {
          const index = s.entries.findIndex((e) => e.id === id);
          const entry = s.entries[index];
          if (!entry) return {};
          const wasOpen = s.openId === id;
          return { entries: s.entries.filter((e) => e.id !== id), deleted: { entry, index, wasOpen }, openId: wasOpen ? null : s.openId };
        }),
      undoRemove: () =>
        set((s) => {
          if (!s.deleted) return {};
          const entries = [...s.entries];
          entries.splice(Math.min(s.deleted.index, entries.length), 0, s.deleted.entry);
          const openId = s.deleted.wasOpen && s.openId === null ? s.deleted.entry.id : s.openId;
          return { entries, deleted: null, openId };
        }),
      save: (id, model) => set((s) => ({ entries: s.entries.map((e) => (e.id === id ? { ...e, model, savedAt: now() } : e)) })),
      setOpenId: (openId) => set({ openId }),
      dismissProblems: () => set({ problems: null }),
    }),
    {
      name: LIBRARY_KEY,
      version: LIBRARY_VERSION,
      storage: createJSONStorage(() => localStorage),
      // Rehydrated after mount, like the document (library-sync.ts).
      skipHydration: true,
      partialize: (s) => ({ entries: s.entries, openId: s.openId }),
      migrate: (stored, version) => migrateLibrary(stored, version) as StoredLibrary,
      merge: (stored, current) => {
        const restored = restoreLibrary(stored);
        if (restored.rejected.length > 0) keepAside(restored.rejected);
        return { ...current, ...restored.library, problems: restored.problems.length > 0 ? restored.problems : null };
      },
    },
  ),
);

function keepAside(rejected: unknown[]): void {
  try {
    const earlier: unknown = JSON.parse(localStorage.getItem(LIBRARY_RECOVERED_KEY) ?? "[]");
    const list = Array.isArray(earlier) ? earlier : [earlier];
    localStorage.setItem(LIBRARY_RECOVERED_KEY, JSON.stringify([...list, ...rejected]));
  } catch {
    // Storage full or blocked: the problems are still shown.
  }
}
