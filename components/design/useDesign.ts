"use client";
import { useMemo, useState } from "react";
import type { Model } from "@/lib/model";
import { createDesignMemo, designModelMemo, designToJson, type Design, type DesignJson } from "@/lib/design";

export interface DesignView {
  design: Design;
  json: DesignJson;
}

/**
 * The design is derived from the document, never stored (architecture.md: everything
 * derived is memoized). The engine is pure and deterministic, so the same model always
 * shows the same design.
 */
export function useDesign(model: Model): DesignView {
  // One memo per component: a rename since the last design only relabels it (lib/design/memo.ts).
  const [memo] = useState(createDesignMemo);
  return useMemo(() => {
    const design = designModelMemo(model, memo);
    return { design, json: designToJson(design) };
  }, [model, memo]);
}
