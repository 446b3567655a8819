"use client";
import { useStartTour } from "./useStartTour";

/** "Tour": restart the guided tour at any time. */
export function TourButton({ disabled }: { disabled: boolean }) {
  const { start, busy } = useStartTour();
  return (
    <button type="button" onClick={() => void start()} disabled={disabled || busy}>
      Tour
    </button>
  );
}
