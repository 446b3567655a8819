"use client";
import { useRef } from "react";
import { useSession } from "@/lib/store/session";
import { MAX_MODEL_BYTES, useOpenModel } from "./useOpenModel";

/** "Import model": reads a model file chosen by the user, entirely in the browser. */
export function ImportButton() {
  const input = useRef<HTMLInputElement>(null);
  const openText = useOpenModel();
  const setFailure = useSession((s) => s.setFailure);

  async function onFile(file: File) {
    if (file.size > MAX_MODEL_BYTES) {
      setFailure({
        source: file.name,
        problems: [{ path: "", severity: "error", message: `the file is ${file.size} bytes; a model file must be at most ${MAX_MODEL_BYTES} bytes` }],
      });
      return;
    }
    openText(await file.text(), file.name);
  }

  return (
    <>
      <button type="button" onClick={() => input.current?.click()}>
        Import model
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        aria-label="Model file to import"
        hidden
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          // Reset so that choosing the same file again (after fixing it) fires again.
          event.currentTarget.value = "";
          if (file) void onFile(file);
        }}
      />
    </>
  );
}
