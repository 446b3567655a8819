"use client";
import { useMemo } from "react";
import type { Model } from "@/lib/model";
import { useDocument } from "@/lib/store/document";

export interface ReviewBase {
  key: string;
  label: string;
  model: Model;
}

/**
 * The versions a review can start from without a file: the first model in this
 * session's undo history (the version before today's edits).
 */
export function useReviewBases(current: Model): ReviewBase[] {
  const past = useDocument((s) => s.history.past);
  return useMemo(() => {
    const bases: ReviewBase[] = [];
    const first = past.find((d) => d.model !== null && d.model !== current)?.model;
    if (first) bases.push({ key: "session", label: `Start of this session: ${first.name}`, model: first });
    return bases;
  }, [past, current]);
}
