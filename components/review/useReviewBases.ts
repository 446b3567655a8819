"use client";
import { useMemo } from "react";
import type { Model } from "@/lib/model";
import { useDocument } from "@/lib/store/document";
import { useLibrary } from "@/lib/store/library";

export interface ReviewBase {
  key: string;
  label: string;
  model: Model;
}

/**
 * The versions a review can start from without a file: the first model in this
 * session's undo history (the version before today's edits), and every library entry
 * that holds something other than the model being reviewed.
 */
export function useReviewBases(current: Model): ReviewBase[] {
  const past = useDocument((s) => s.history.past);
  const entries = useLibrary((s) => s.entries);
  return useMemo(() => {
    const bases: ReviewBase[] = [];
    const first = past.find((d) => d.model !== null && d.model !== current)?.model;
    if (first) bases.push({ key: "session", label: `Start of this session: ${first.name}`, model: first });
    for (const e of entries) if (e.model !== current) bases.push({ key: `library:${e.id}`, label: `Library: ${e.name}`, model: e.model });
    return bases;
  }, [past, entries, current]);
}
