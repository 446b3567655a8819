"use client";
import { useMemo } from "react";
import type { Model } from "@/lib/model";
import { designModel, designToJson, type Design, type DesignJson } from "@/lib/design";

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
  return useMemo(() => {
    const design = designModel(model);
    return { design, json: designToJson(design) };
  }, [model]);
}
