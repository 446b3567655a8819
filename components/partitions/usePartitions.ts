"use client";
import { useMemo } from "react";
import type { Model } from "@/lib/model";
import type { Design } from "@/lib/design";
import { partitionsReport, placeTarget, type CapacityOptions, type PartitionsReport, type TargetPlacement } from "@/lib/capacity";

/** The partition report, derived from the document and the tab's inputs (never stored). */
export function usePartitions(model: Model, design: Design, options: CapacityOptions): PartitionsReport {
  const { scale, distribution, sizes } = options;
  return useMemo(() => partitionsReport(model, design, { scale, distribution, sizes }), [model, design, scale, distribution, sizes]);
}

/** The illustrative placement of one table or index. */
export function usePlacement(report: PartitionsReport, index: string | null): TargetPlacement {
  return useMemo(() => placeTarget(report.capacity, report.heats, index), [report, index]);
}
