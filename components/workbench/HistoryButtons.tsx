"use client";
import { useEffect } from "react";
import { useDocument } from "@/lib/store/document";

/**
 * "Undo" and "Redo", with Ctrl/Cmd+Z and Shift+Ctrl/Cmd+Z (and Ctrl+Y). Inside a text
 * field the keys keep their usual meaning, undoing typing rather than a committed edit.
 */
export function HistoryButtons() {
  const canUndo = useDocument((s) => s.history.past.length > 0);
  const canRedo = useDocument((s) => s.history.future.length > 0);
  const undo = useDocument((s) => s.undo);
  const redo = useDocument((s) => s.redo);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName))) return;
      const key = event.key.toLowerCase();
      if (key === "z" && !event.shiftKey) undo();
      else if ((key === "z" && event.shiftKey) || key === "y") redo();
      else return;
      event.preventDefault();
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [undo, redo]);

  return (
    <>
      <button type="button" onClick={undo} disabled={!canUndo} aria-keyshortcuts="Control+Z Meta+Z">
        Undo
      </button>
      <button type="button" onClick={redo} disabled={!canRedo} aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z">
        Redo
      </button>
    </>
  );
}
