import { create } from "zustand";
import type { StateStorage } from "zustand/middleware";

export type SaveStatus =
  | { state: "saving" }
  | { state: "saved" }
  | { state: "failed"; reason: string };

/** Whether the document reached the browser's storage: shown as "Saved" in the workbench. */
export const useSaveStatus = create<{ status: SaveStatus | null; set: (status: SaveStatus) => void }>()((set) => ({
  status: null,
  set: (status) => set({ status }),
}));

/**
 * localStorage that reports each write's outcome instead of throwing into the edit that
 * caused it: a full or blocked storage (QuotaExceededError, private modes) leaves the edit
 * in memory and says "Not saved" with the reason.
 */
export function trackedStorage(storage: () => Storage): StateStorage {
  const report = useSaveStatus.getState().set;
  return {
    getItem: (name) => storage().getItem(name),
    removeItem: (name) => storage().removeItem(name),
    setItem: (name, value) => {
      report({ state: "saving" });
      try {
        storage().setItem(name, value);
        report({ state: "saved" });
      } catch (error) {
        report({ state: "failed", reason: failureReason(error) });
      }
    },
  };
}

export function failureReason(error: unknown): string {
  const name = error instanceof Error || (typeof DOMException !== "undefined" && error instanceof DOMException) ? (error as Error).name : "";
  if (name === "QuotaExceededError" || name === "NS_ERROR_DOM_QUOTA_REACHED") return "the browser's storage for this site is full";
  if (name === "SecurityError") return "the browser does not allow this site to store data";
  return error instanceof Error ? error.message : String(error);
}
