"use client";
import { useState } from "react";
import type { Model } from "@/lib/model";
import { ReviewDialog } from "./ReviewDialog";

/** "Compare": opens the review of the open model against an earlier version or a file. */
export function ReviewButton({ model, readOnly }: { model: Model | null; readOnly: boolean }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} disabled={!model}>
        Compare
      </button>
      {open && model && <ReviewDialog model={model} readOnly={readOnly} onClose={() => setOpen(false)} />}
    </>
  );
}
