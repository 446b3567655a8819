"use client";
import { useEffect, useState } from "react";
import { tourDone, useTour, TOUR_KEY } from "@/lib/store/tour";
import { useStartTour } from "./useStartTour";

/** On a first visit (nothing open, tour never finished or skipped): offer the tour. */
export function TourOffer({ show }: { show: boolean }) {
  const [offered, setOffered] = useState(false);
  const running = useTour((s) => s.step !== null);
  const { start, busy } = useStartTour();
  // localStorage exists only after mount.
  useEffect(() => {
    if (show && !tourDone()) setOffered(true);
  }, [show]);
  if (!offered || running || !show) return null;

  function decline() {
    try {
      localStorage.setItem(TOUR_KEY, "skipped");
    } catch {
      // Blocked storage: it is offered again next time.
    }
    setOffered(false);
  }

  return (
    <section className="tour-offer" aria-labelledby="tour-offer-title">
      <h2 id="tour-offer-title">New here?</h2>
      <p>A two-minute tour walks through one example, from the model to the exported design.</p>
      <div className="row">
        <button type="button" className="primary" disabled={busy} onClick={() => void start().then(() => setOffered(false))}>
          Take the tour
        </button>
        <button type="button" onClick={decline}>
          No thanks
        </button>
      </div>
    </section>
  );
}
