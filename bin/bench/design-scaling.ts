import { designModel } from "@/lib/design";
import { scaledModel } from "@/lib/design/testing/scale";
import { medianMs, REPETITIONS, round } from "./measure";
import type { BenchEntry } from "./types";

/**
 * designScaling: the key-design engine on generated models of 100 and 1,000 access
 * patterns (20 and 200 entities). Goals: ms1000 ≤ 1000 and growth ≤ 15 (near-linear).
 */
export async function designScaling(): Promise<BenchEntry> {
  const small = scaledModel(100, 20, 1);
  const large = scaledModel(1000, 200, 1);
  const ms100 = await medianMs(() => designModel(small));
  const ms1000 = await medianMs(() => designModel(large));
  const growth = ms1000 / ms100;
  return {
    field: "designScaling",
    value: { ms100: round(ms100), ms1000: round(ms1000), growth: round(growth) },
    goal: "ms1000 ≤ 1000, growth ≤ 15",
    met: ms1000 <= 1000 && growth <= 15,
    repetitions: REPETITIONS,
    detail: `${small.accessPatterns.length} and ${large.accessPatterns.length} patterns (${small.entities.length} and ${large.entities.length} entities), median of ${REPETITIONS} after a warm-up`,
  };
}
