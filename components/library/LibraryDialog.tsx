"use client";
import { useState } from "react";
import { useDocument } from "@/lib/store/document";
import { useLibrary, LIBRARY_RECOVERED_KEY } from "@/lib/store/library";
import { checkEntryName, type LibraryEntry } from "@/lib/store/library-data";
import { keepOpenModel, openLibraryEntry } from "@/lib/store/library-sync";
import { useSession } from "@/lib/store/session";
import { Modal } from "@/components/ui/Modal";

const when = (iso: string) => new Date(iso).toLocaleString();

/** The library: every model kept in this browser, with new, open, duplicate, rename and delete. */
export function LibraryDialog({ onClose }: { onClose: () => void }) {
  const entries = useLibrary((s) => s.entries);
  const openId = useLibrary((s) => s.openId);
  const deleted = useLibrary((s) => s.deleted);
  const problems = useLibrary((s) => s.problems);
  const library = useLibrary.getState();
  const documentModel = useDocument((s) => s.model);
  const setTab = useSession((s) => s.setTab);
  const linked = entries.some((e) => e.id === openId);

  function open(id: string) {
    openLibraryEntry(id);
    setTab("Model");
    onClose();
  }

  function createNew() {
    // The open model is kept first, so starting something new never loses it.
    keepOpenModel();
    open(useLibrary.getState().create());
  }

  return (
    <Modal title="Library" onClose={onClose} wide>
      <p className="muted">Models kept in this browser. Edits to the open model are saved to its entry as you make them.</p>
      {problems && (
        <section role="alert" className="problems">
          <h3>Some library entries could not be restored</h3>
          <p>
            They are kept, unchanged, under the storage key <code>{LIBRARY_RECOVERED_KEY}</code>.
          </p>
          <ul>
            {problems.map((p, i) => (
              <li key={i}>
                <code>{p.path}</code>: {p.message}
              </li>
            ))}
          </ul>
          <button type="button" onClick={library.dismissProblems}>
            Dismiss
          </button>
        </section>
      )}
      <div className="row">
        <button type="button" className="primary" onClick={createNew}>
          New model
        </button>
        {documentModel && !linked && (
          <button type="button" onClick={() => library.setOpenId(library.add(documentModel))}>
            Save open model to library
          </button>
        )}
      </div>
      {deleted && (
        <p role="status" className="row">
          Deleted {deleted.entry.name}.
          <button
            type="button"
            onClick={() => {
              library.undoRemove();
              // The open model may have changed while its entry was deleted: save it back.
              if (deleted.wasOpen) keepOpenModel();
            }}
          >
            Undo delete
          </button>
        </p>
      )}
      {entries.length === 0 ? (
        <p>The library is empty. Open or import a model, then save it here, or start a new one.</p>
      ) : (
        <table className="grid" aria-label="Library entries">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Model</th>
              <th scope="col">Saved</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <EntryRow key={entry.id} entry={entry} isOpen={entry.id === openId} onOpen={() => open(entry.id)} />
            ))}
          </tbody>
        </table>
      )}
    </Modal>
  );
}

function EntryRow({ entry, isOpen, onOpen }: { entry: LibraryEntry; isOpen: boolean; onOpen: () => void }) {
  const library = useLibrary.getState();
  const [renaming, setRenaming] = useState<string | null>(null);
  const error = renaming === null ? null : checkEntryName(renaming);

  function commitRename() {
    if (renaming === null || error) return;
    library.rename(entry.id, renaming);
    setRenaming(null);
  }

  return (
    <tr aria-current={isOpen ? "true" : undefined}>
      <th scope="row">
        {renaming === null ? (
          <>
            {entry.name} {isOpen && <span className="badge">open</span>}
          </>
        ) : (
          <>
            <input
              aria-label={`New name for ${entry.name}`}
              value={renaming}
              aria-invalid={error !== null}
              autoFocus
              onChange={(e) => setRenaming(e.currentTarget.value)}
              onKeyDown={(e) => {
                if (e.key === "Enter") commitRename();
                if (e.key === "Escape") {
                  e.preventDefault();
                  e.stopPropagation();
                  setRenaming(null);
                }
              }}
            />
            {error && <span className="inline-error">{error}</span>}
          </>
        )}
      </th>
      <td>{entry.model.name}</td>
      <td>
        <time dateTime={entry.savedAt}>{when(entry.savedAt)}</time>
      </td>
      <td className="row">
        {renaming === null ? (
          <>
            <button type="button" onClick={onOpen} disabled={isOpen} aria-label={`Open ${entry.name}`}>
              Open
            </button>
            <button type="button" onClick={() => library.duplicate(entry.id)} aria-label={`Duplicate ${entry.name}`}>
              Duplicate
            </button>
            <button type="button" onClick={() => setRenaming(entry.name)} aria-label={`Rename ${entry.name}`}>
              Rename
            </button>
            <button type="button" onClick={() => library.remove(entry.id)} aria-label={`Delete ${entry.name}`}>
              Delete
            </button>
          </>
        ) : (
          <>
            <button type="button" onClick={commitRename} disabled={error !== null}>
              Save name
            </button>
            <button type="button" onClick={() => setRenaming(null)}>
              Cancel
            </button>
          </>
        )}
      </td>
    </tr>
  );
}
