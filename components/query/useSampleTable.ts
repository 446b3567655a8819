"use client";
import { useEffect, useState } from "react";
import type { Model } from "@/lib/model";
import type { Design } from "@/lib/design";
import { buildSampleTable, type SampleTable } from "./sampleTable";

export type SampleTableState = { state: "loading" } | { state: "ready"; table: SampleTable } | { state: "failed"; message: string };

/** The in-memory table for the current model and design, rebuilt when either changes. */
export function useSampleTable(model: Model, design: Design): SampleTableState {
  const [state, setState] = useState<SampleTableState>({ state: "loading" });
  useEffect(() => {
    let live = true;
    setState({ state: "loading" });
    buildSampleTable(model, design)
      .then((table) => live && setState({ state: "ready", table }))
      .catch((error: unknown) => live && setState({ state: "failed", message: error instanceof Error ? error.message : String(error) }));
    return () => {
      live = false;
    };
  }, [model, design]);
  return state;
}
