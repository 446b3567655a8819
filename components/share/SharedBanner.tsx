"use client";
import type { Model } from "@/lib/model";
import { useDocument } from "@/lib/store/document";

/** Shown over a shared model: it is read-only until copied into the user's own workspace. */
export function SharedBanner({ model, onClose }: { model: Model; onClose: () => void }) {
  const open = useDocument((s) => s.open);
  function copy() {
    // Opening is an undoable step, so the model it replaces can be brought back.
    open(model, "a share link");
    onClose();
  }
  return (
    <section className="shared-banner" aria-label="Shared model">
      <p>
        You are looking at a shared model, read-only. Your own workspace is unchanged.
      </p>
      <button type="button" onClick={copy} className="primary">
        Copy to my workspace
      </button>
      <button type="button" onClick={onClose}>
        Back to my workspace
      </button>
    </section>
  );
}
