import type { Model } from "@/lib/model";
import { useDocument } from "./document";
import { useLibrary } from "./library";
import { syncAction } from "./library-data";

/**
 * Keep the open library entry in step with the document store, without changing it:
 * every committed edit of the document is saved to its entry. Call once both stores
 * have hydrated; returns the unsubscribe function.
 */
export function startLibrarySync(): () => void {
  return useDocument.subscribe((next, prev) => {
    const library = useLibrary.getState();
    const action = syncAction(library.entries, library.openId, prev, next);
    if (action.kind === "link") library.setOpenId(action.id);
    else if (action.kind === "save") library.save(action.id, action.model);
    else if (action.kind === "detach") library.setOpenId(null);
  });
}

/**
 * Open a library entry. Nothing is lost: an open model that belongs to no entry is
 * added to the library first (an open entry is already saved by the sync).
 */
export function openLibraryEntry(id: string): void {
  const library = useLibrary.getState();
  const entry = library.entries.find((e) => e.id === id);
  if (!entry) return;
  keepOpenModel();
  useDocument.getState().open(entry.model, `library: ${entry.name}`);
  // The sync links the entry when it sees its model; set it too when the sync is not running.
  useLibrary.getState().setOpenId(id);
}

/** Save the open model as a new entry when it is not in the library yet. */
export function keepOpenModel(): void {
  const library = useLibrary.getState();
  const model: Model | null = useDocument.getState().model;
  if (!model) return;
  const linked = library.entries.find((e) => e.id === library.openId);
  if (!linked) library.add(model);
  else if (linked.model !== model) library.save(linked.id, model);
}
