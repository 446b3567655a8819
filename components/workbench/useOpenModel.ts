"use client";
import { useCallback } from "react";
import { parseModelText } from "@/lib/model";
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
      const parsed = parseModelText(text);
      if (!parsed.ok) {
        setFailure({ source, problems: parsed.problems.filter((p) => p.severity === "error") });
        return false;
      }
      open(parsed.model, source);
      setFailure(null);
      setTab("Model");
      return true;
    },
    [open, setFailure, setTab],
  );
}
