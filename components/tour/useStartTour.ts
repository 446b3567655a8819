"use client";
import { useState } from "react";
import { keepOpenModel } from "@/lib/store/library-sync";
import { useSession } from "@/lib/store/session";
import { TOUR_EXAMPLE, useTour } from "@/lib/store/tour";
import { useOpenModel } from "@/components/workbench/useOpenModel";

/**
 * Open the tour's example and start at the first step. The open model is kept in the
 * library first, so the tour never costs the user their own work.
 */
export function useStartTour(): { start: () => Promise<void>; busy: boolean } {
  const openText = useOpenModel();
  const setFailure = useSession((s) => s.setFailure);
  const [busy, setBusy] = useState(false);
  async function start() {
    setBusy(true);
    try {
      const response = await fetch(`/examples/${TOUR_EXAMPLE.file}`);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const text = await response.text();
      keepOpenModel();
      if (openText(text, TOUR_EXAMPLE.title)) useTour.getState().begin();
    } catch (error) {
      setFailure({ source: TOUR_EXAMPLE.title, problems: [{ path: "", severity: "error", message: `could not load the tour's example: ${String(error)}` }] });
    } finally {
      setBusy(false);
    }
  }
  return { start, busy };
}
