"use client";
import { useRef, useState } from "react";
import type { Model, Problem } from "@/lib/model";
import { openText } from "@/components/workbench/openText";
import { MAX_MODEL_BYTES } from "@/components/workbench/useOpenModel";

export interface ChosenFile {
  name: string;
  model: Model;
}

/**
 * A model read from a file the user chooses, for comparing only: it never touches the
 * document. A bad file is reported with its problems and leaves the earlier choice.
 */
export function useFileModel() {
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [failure, setFailure] = useState<{ name: string; problems: Problem[] } | null>(null);

  async function read(f: File) {
    if (f.size > MAX_MODEL_BYTES) {
      setFailure({ name: f.name, problems: [{ path: "", severity: "error", message: `the file is ${f.size} bytes; a model file must be at most ${MAX_MODEL_BYTES} bytes` }] });
      return;
    }
    const opened = openText(await f.text(), f.name);
    if (!opened.ok) {
      setFailure({ name: f.name, problems: opened.problems });
      return;
    }
    setFailure(null);
    setFile({ name: opened.source, model: opened.model });
  }

  const picker = (label: string) => (
    <input
      ref={input}
      type="file"
      accept=".json,application/json"
      aria-label={label}
      hidden
      onChange={(event) => {
        const f = event.currentTarget.files?.[0];
        event.currentTarget.value = "";
        if (f) void read(f);
      }}
    />
  );

  return { file, setFile, failure, choose: () => input.current?.click(), picker };
}
