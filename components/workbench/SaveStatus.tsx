"use client";
import { useSaveStatus } from "@/lib/store/save-status";

/** Whether the open document reached this browser's storage ("Saved"), or why not. */
export function SaveStatus() {
  const status = useSaveStatus((s) => s.status);
  const text = !status ? "" : status.state === "saved" ? "Saved" : status.state === "saving" ? "Saving…" : `Not saved: ${status.reason}`;
  return (
    <span role="status" className={`save-status${status?.state === "failed" ? " failed" : ""}`}>
      {text}
    </span>
  );
}
