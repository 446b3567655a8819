/**
 * Cell colour from utilization (load over the per-partition limits): green when idle,
 * yellow towards the 80% planning margin, red at the limit, dark red past it.
 */
export function heatColor(utilization: number): string {
  if (utilization > 1) return "hsl(0 80% 32%)";
  const u = Math.max(0, utilization);
  const hue = Math.round(130 * (1 - u));
  const light = Math.round(88 - 40 * Math.sqrt(u));
  return `hsl(${hue} 70% ${light}%)`;
}

export function heatLabel(utilization: number): string {
  return utilization > 1 ? "over the limit" : utilization > 0.8 ? "near the limit" : "within the limits";
}
