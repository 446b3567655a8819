"use client";
import { useMemo } from "react";
import type { Model } from "@/lib/model";
import type { Design } from "@/lib/design";
import { capacityOf, costCurve, costReportOf, type CostOptions, type CostPoint, type CostReport } from "@/lib/capacity";

export interface CostInputs {
  scale: number;
  replicas: number;
  tableClass: "standard" | "standardInfrequentAccess";
  utilization: number;
}

export interface CostView {
  report: CostReport;
  curve: CostPoint[];
  maxScale: number;
}

/**
 * The cost is derived from the document and the tab's inputs, never stored
 * (architecture.md). Capacity scales linearly with rps, so the curve reuses one capacity.
 */
export function useCost(model: Model, design: Design, inputs: CostInputs): CostView {
  const capacity = useMemo(() => capacityOf(model, design, { scale: inputs.scale }), [model, design, inputs.scale]);
  return useMemo(() => {
    const options: CostOptions = { replicas: inputs.replicas, tableClass: inputs.tableClass, utilization: inputs.utilization };
    const report = costReportOf(capacity, options);
    const be = report.breakEven.scale;
    const maxScale = Math.max(2 * inputs.scale, be !== null && be > 0 ? 1.5 * be : 0);
    return { report, curve: costCurve(capacity, report.cost, maxScale), maxScale };
  }, [capacity, inputs.replicas, inputs.tableClass, inputs.utilization, inputs.scale]);
}
