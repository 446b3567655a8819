"use client";
import { useCallback } from "react";
import { openText } from "./openText";
import { useDocument } from "@/lib/store/document";
import { useSession } from "@/lib/store/session";

/** Files past this size are refused before parsing: no model comes near it. */
export const MAX_MODEL_BYTES = 10 * 1024 * 1024;

/**
 * Open model text from any source (a file, an example). A text that does not parse
 * leaves the open document exactly as it was and shows every problem instead.
 */
export function useOpenModel(): (text: string, source: string) => boolean {
  const open = useDocument((s) => s.open);
  const setFailure = useSession((s) => s.setFailure);
  const setTab = useSession((s) => s.setTab);
  return useCallback(
    (text, source) => {
      const opened = openText(text, source);
      if (!opened.ok) {
        setFailure({ source, problems: opened.problems });
        return false;
      }
      open(opened.model, opened.source);
      setFailure(null);
      setTab("Model");
      return true;
    },
    [open, setFailure, setTab],
  );
}
