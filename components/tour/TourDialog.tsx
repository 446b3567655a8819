"use client";
import { useEffect, useRef } from "react";
import { useSession } from "@/lib/store/session";
import { TOUR_STEPS, useTour } from "@/lib/store/tour";

/**
 * The tour's step, in a non-modal dialog so the tab it describes stays visible and
 * usable; each step switches to its tab.
 */
export function TourDialog() {
  const step = useTour((s) => s.step);
  const { next, back, skip } = useTour.getState();
  const setTab = useSession((s) => s.setTab);
  const heading = useRef<HTMLHeadingElement>(null);
  const started = useRef(false);
  const current = step === null ? null : TOUR_STEPS[step];

  useEffect(() => {
    if (!current) {
      started.current = false;
      return;
    }
    setTab(current.tab);
    // Move focus to the tour when it starts; later steps leave it on Next or Back.
    if (!started.current) heading.current?.focus();
    started.current = true;
  }, [current, setTab]);

  useEffect(() => {
    if (step === null) return;
    const onKey = (e: KeyboardEvent) => {
      // Escape closes an open modal dialog first; only then does it skip the tour.
      if (e.key === "Escape" && !document.querySelector("dialog[open]")) skip();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [step, skip]);

  if (step === null || !current) return null;
  const last = step === TOUR_STEPS.length - 1;
  return (
    <div role="dialog" aria-modal="false" aria-labelledby="tour-title" aria-describedby="tour-text" className="tour">
      <p className="muted">
        Tour, step {step + 1} of {TOUR_STEPS.length}
      </p>
      <h2 id="tour-title" ref={heading} tabIndex={-1}>
        {current.title}
      </h2>
      <p id="tour-text">{current.text}</p>
      <div className="row">
        <button type="button" onClick={back} disabled={step === 0}>
          Back
        </button>
        <button type="button" className="primary" onClick={next}>
          {last ? "Finish" : "Next"}
        </button>
        <button type="button" onClick={skip}>
          Skip tour
        </button>
      </div>
    </div>
  );
}
