import { create } from "zustand";
import { persist, createJSONStorage } from "zustand/middleware";
import type { Model } from "@/lib/model";
import { emptyHistory, record, redo, undo, type History } from "./history";
import { DOCUMENT_VERSION, migrateDocument, restoreDocument, type StoredDocument } from "./persisted";
import { useSession } from "./session";

/** Key under which a stored document that failed to restore is kept, so it is never lost. */
export const RECOVERED_KEY = "tablewright.document.recovered";
export const DOCUMENT_KEY = "tablewright.document";

interface DocumentState extends StoredDocument {
  /** Documents before and after this one: in memory only, one step per committed edit. */
  history: History<StoredDocument>;
  /** Replace the open model with one that has already passed validation (undoable). */
  open: (model: Model, source: string) => void;
  /** Replace the open model after an edit (already validated), keeping its source. */
  replace: (model: Model) => void;
  close: () => void;
  undo: () => void;
  redo: () => void;
}

/**
 * The document store: the model (and later its pinned design). It is what the user
 * made, so it is persisted; the session store holds everything else.
 */
export const useDocument = create<DocumentState>()(
  persist(
    (set, get) => {
      /** Every change goes through here, so each one is exactly one undo step. */
      const commit = (next: StoredDocument) => {
        const { model, source, history } = get();
        set({ ...next, history: record(history, { model, source }) });
      };
      const step = (move: typeof undo) => {
        const { model, source, history } = get();
        const moved = move(history, { model, source });
        if (moved) set({ ...moved.value, history: moved.history });
      };
      return {
        model: null,
        source: null,
        history: emptyHistory(),
        open: (model, source) => commit({ model, source }),
        replace: (model) => commit({ model, source: get().source }),
        close: () => commit({ model: null, source: null }),
        undo: () => step(undo),
        redo: () => step(redo),
      };
    },
    {
      name: DOCUMENT_KEY,
      version: DOCUMENT_VERSION,
      storage: createJSONStorage(() => localStorage),
      // Rehydrated by the workbench after mount: the server render has no storage,
      // and hydrating during render would make the first client render differ.
      skipHydration: true,
      partialize: (state) => ({ model: state.model, source: state.source }),
      migrate: (stored, version) => migrateDocument(stored, version) as StoredDocument,
      merge: (stored, current) => {
        const restored = restoreDocument(stored);
        if (restored.ok) return { ...current, ...restored.document };
        keepAside(stored);
        useSession.getState().setRecoveryProblems(restored.problems);
        return current;
      },
    },
  ),
);

function keepAside(stored: unknown): void {
  try {
    localStorage.setItem(RECOVERED_KEY, JSON.stringify(stored));
  } catch {
    // Storage full or blocked: the problems are still shown, and the original
    // entry is left in place because persist only writes on the next change.
  }
}
