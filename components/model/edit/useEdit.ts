"use client";
import { useDocument } from "@/lib/store/document";

/** The document store's edit actions (stable functions, so memoized rows are not re-rendered by them). */
export function useEdit() {
  const edit = useDocument((s) => s.edit);
  const endEdit = useDocument((s) => s.endEdit);
  return { edit, endEdit };
}
