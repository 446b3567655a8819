"use client";
import { useState } from "react";
import { LibraryDialog } from "./LibraryDialog";
import { useLibrarySync } from "./useLibrarySync";

/** "Library": the models kept in this browser. Also keeps the open entry saved. */
export function LibraryButton({ readOnly }: { readOnly: boolean }) {
  const [open, setOpen] = useState(false);
  useLibrarySync();
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} disabled={readOnly}>
        Library
      </button>
      {open && <LibraryDialog onClose={() => setOpen(false)} />}
    </>
  );
}
