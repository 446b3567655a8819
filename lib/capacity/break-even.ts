/**
 * Where on-demand and provisioned meet.
 * - Break-even utilization: provisioned capacity costs its unit-hour price whether used or
 *   not; on-demand costs one request unit per unit consumed. One unit used every second
 *   for an hour costs 3,600 request units on demand, so provisioned is cheaper when the
 *   average utilization (consumed ÷ provisioned) is above
 *       U* = unit-hour price ÷ (3,600 × request-unit price)
 *   (≈ 28.9% at the us-east-1 Standard prices, for reads and writes alike), weighted here by
 *   the design's own read and write mix.
 * - Break-even traffic: with the auto-scaling floor, provisioned costs something at zero
 *   traffic; above the scale where the two throughput costs cross, provisioned at the
 *   target utilization is cheaper (when the target is above U*; otherwise never).
 */
import { HOURS_PER_MONTH, SECONDS_PER_MONTH } from "../dynamo/prices";
import { throughputAt, type MonthlyCost } from "./cost";
import type { Capacity } from "./types";

export interface BreakEven {
  utilization: number;
  /** The rps scale (× the model's rps) where provisioned becomes the cheaper mode, or null. */
  scale: number | null;
}

export interface CostPoint {
  scale: number;
  onDemandUsd: number;
  provisionedUsd: number;
}

const MAX_SEARCH = 1e9;

export function breakEven(c: Capacity, cost: MonthlyCost): BreakEven {
  const p = cost.prices.classes[cost.options.tableClass];
  const regions = cost.options.replicas;
  const reads = c.loads.reduce((s, t) => s + t.readUnitsPerSecond, 0);
  const writes = c.loads.reduce((s, t) => s + t.writeUnitsPerSecond, 0) * regions;
  const provisionedPerUnit = HOURS_PER_MONTH * (reads * p.readCapacityUnitHour.usd + writes * p.writeCapacityUnitHour.usd);
  const onDemand = (SECONDS_PER_MONTH * (reads * p.readRequestUnitsPerMillion.usd + writes * p.writeRequestUnitsPerMillion.usd)) / 1e6;
  const utilization = onDemand > 0 ? provisionedPerUnit / onDemand : p.writeCapacityUnitHour.usd / ((3600 * p.writeRequestUnitsPerMillion.usd) / 1e6);
  return { utilization, scale: crossing(c, cost) };
}

/** The smallest scale where provisioned throughput costs no more than on-demand, by doubling then bisection. */
function crossing(c: Capacity, cost: MonthlyCost): number | null {
  const base = c.options.scale;
  if (base <= 0) return null;
  const p = cost.prices.classes[cost.options.tableClass];
  const gap = (k: number) => {
    const t = throughputAt(c, cost.options, p, k);
    return t.provisioned - t.onDemand;
  };
  if (gap(0) <= 0) return 0;
  let hi = 1;
  while (gap(hi) > 0) {
    hi *= 2;
    if (hi > MAX_SEARCH) return null;
  }
  let lo = hi === 1 ? 0 : hi / 2;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (gap(mid) > 0) lo = mid;
    else hi = mid;
  }
  return hi * base;
}

/** Monthly totals of both modes from no traffic to `maxScale` (× the model's rps). */
export function costCurve(c: Capacity, cost: MonthlyCost, maxScale: number, points = 41): CostPoint[] {
  const base = c.options.scale;
  const p = cost.prices.classes[cost.options.tableClass];
  const fixed = cost.extrasUsd - cost.extras.streams.monthlyUsd;
  const streamReads = cost.extras.streams.readRequestsPerMonth;
  const free = cost.prices.streamFreeReadRequestsPerMonth;
  const out: CostPoint[] = [];
  for (let i = 0; i < points; i++) {
    const scale = (maxScale * i) / (points - 1);
    const k = base > 0 ? scale / base : 0;
    const t = throughputAt(c, cost.options, p, k);
    const streams = (Math.max(0, streamReads * k - free) / 100_000) * cost.prices.streamReadRequestUnitsPer100k.usd;
    out.push({ scale, onDemandUsd: t.onDemand + fixed + streams, provisionedUsd: t.provisioned + fixed + streams });
  }
  return out;
}
