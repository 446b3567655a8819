import { create } from "zustand";
import { persist, createJSONStorage } from "zustand/middleware";
import type { Model } from "@/lib/model";
import { checkDocument } from "./check";
import { emptyHistory, record, redo, undo, type History } from "./history";
import { DOCUMENT_VERSION, migrateDocument, restoreDocument, type StoredDocument } from "./persisted";
import { trackedStorage, useSaveStatus } from "./save-status";
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
  /**
   * An edit from the Model tab. Successive edits with the same `key` (keystrokes in one
   * field) are one undo step, each applied to the document as it was before the first:
   * typing "Paymen" then "Payment" is one rename, never a merge through a name in between.
   * A result that passes lib/model's checks becomes the model; one that does not is kept as
   * the draft, and the model stays the last valid one. A `null` key (a button, a select) is
   * always a step of its own.
   */
  edit: (key: string | null, change: (document: Model) => Model) => void;
  /** The field lost focus: the next edit is a new undo step. */
  endEdit: () => void;
  /** Drop the draft and go back to the last valid model (undoable). */
  discardDraft: () => void;
  close: () => void;
  undo: () => void;
  redo: () => void;
}

/**
 * The document store: the model (with its pinned design) and the user's unfinished draft.
 * It is what the user made, so it is persisted; the session store holds everything else.
 */
export const useDocument = create<DocumentState>()(
  persist(
    (set, get) => {
      const current = (): StoredDocument => {
        const { model, source, draft } = get();
        return { model, source, draft };
      };
      /** The field being typed in, and the document before its first keystroke. */
      let editing: { key: string; base: Model } | null = null;
      /** Every change goes through here, so each one is exactly one undo step. */
      const commit = (next: StoredDocument) => {
        editing = null;
        set({ ...next, history: record(get().history, current()) });
      };
      const step = (move: typeof undo) => {
        editing = null;
        const moved = move(get().history, current());
        if (moved) set({ ...moved.value, history: moved.history });
      };
      return {
        model: null,
        source: null,
        draft: null,
        history: emptyHistory(),
        open: (model, source) => commit({ model, source, draft: null }),
        replace: (model) => commit({ model, source: get().source, draft: null }),
        edit: (key, change) => {
          const state = get();
          const continuing = key !== null && editing?.key === key ? editing : null;
          const base = continuing?.base ?? ((state.draft ?? state.model) as Model | null);
          if (!base) return;
          const next = change(base);
          if (next === base && !continuing) return;
          const valid = checkDocument(next, base).ok;
          // The edited object itself (not the checker's copy) becomes the model, so unchanged
          // entities and patterns keep their identity and memoized rows skip re-rendering.
          const document = valid ? { model: next, source: state.source, draft: null } : { model: state.model, source: state.source, draft: next };
          set({ ...document, history: continuing ? state.history : record(state.history, current()) });
          editing = key === null ? null : { key, base };
        },
        endEdit: () => {
          editing = null;
        },
        discardDraft: () => {
          if (get().draft) commit({ ...current(), draft: null });
        },
        close: () => commit({ model: null, source: null, draft: null }),
        undo: () => step(undo),
        redo: () => step(redo),
      };
    },
    {
      name: DOCUMENT_KEY,
      version: DOCUMENT_VERSION,
      storage: createJSONStorage(() => trackedStorage(() => localStorage)),
      // Rehydrated by the workbench after mount: the server render has no storage,
      // and hydrating during render would make the first client render differ.
      skipHydration: true,
      partialize: (state): StoredDocument => ({ model: state.model, source: state.source, draft: state.draft }),
      migrate: (stored, version) => migrateDocument(stored, version) as StoredDocument,
      merge: (stored, current) => {
        const restored = restoreDocument(stored);
        if (restored.ok) {
          // What was just read back is, by definition, what storage holds.
          if (restored.document.model) useSaveStatus.getState().set({ state: "saved" });
          return { ...current, ...restored.document };
        }
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
