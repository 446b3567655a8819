"use client";
import { useMemo } from "react";
import type { Design } from "@/lib/design";
import { exportModel, type ExportFormat, type ExportOptions, type ExportResult } from "@/lib/export";
import type { Model } from "@/lib/model";

export type ExportView = { ok: true; result: ExportResult } | { ok: false; message: string };

/**
 * The export is derived from the document (architecture.md: derived, memoized, never
 * stored). The exporters are pure and deterministic, so the same model, format and options
 * always show the same text.
 */
export function useExport(model: Model, design: Design, format: ExportFormat, options: ExportOptions): ExportView {
  const { cloudFormationJson, tenantIsolation } = options;
  return useMemo(() => {
    try {
      return { ok: true, result: exportModel(model, format, { cloudFormationJson, tenantIsolation }, design) };
    } catch (error) {
      return { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
  }, [model, design, format, cloudFormationJson, tenantIsolation]);
}
