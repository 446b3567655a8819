import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { designModel } from "@/lib/design";
import { capacityOf, keyHeat, keyLoads, placeKeys, standInKeys } from "@/lib/capacity";
import { parseModelText } from "@/lib/model";
import { medianMs, round } from "./measure";
import type { BenchEntry } from "./types";

/** Partition-key values placed (spec/bench.md). */
export const KEYS = 1_000_000;
/** Three timed runs a side (the spec's minimum) after a warm-up: the MD5 side takes seconds. */
const RUNS = 3;

/**
 * partitionsVsHashing: the heat (load and size per key value, Zipf-skewed), placement and
 * per-partition sums of 1,000,000 partition-key values of the IoT example's busiest key
 * (DEVICE#{deviceId}, 2,000,000 values), against a bare loop that MD5-hashes the same
 * strings with node:crypto. Goal: ratio = ours ÷ MD5 ≤ 1.5. Both sides must have hashed
 * the same keys: the count and the total UTF-8 bytes are compared, or the bench fails.
 */
export async function partitionsVsHashing(): Promise<BenchEntry> {
  const parsed = parseModelText(readFileSync(join(process.cwd(), "public", "examples", "iot-telemetry.json"), "utf8"));
  if (!parsed.ok) return { field: "partitionsVsHashing", value: null, goal: "ratio ≤ 1.5", met: null, detail: "", skipped: "the IoT example does not parse" };
  const capacity = capacityOf(parsed.model, designModel(parsed.model), { distribution: "skewed" });
  const heat = keyHeat(capacity).find((h) => h.index === null && h.values >= KEYS);
  if (!heat) return { field: "partitionsVsHashing", value: null, goal: "ratio ≤ 1.5", met: null, detail: "", skipped: "no key with 1,000,000 values" };
  const keys = standInKeys(heat, KEYS);
  const partitions = capacity.loads.find((l) => l.index === null)?.partitions ?? 1;

  let ours = placeKeys({ keys, partitions, ...keyLoads(heat, KEYS) });
  const oursMs = await medianMs(() => {
    ours = placeKeys({ keys, partitions, ...keyLoads(heat, KEYS) });
  }, RUNS);
  let md5Keys = 0, md5Check = 0;
  const md5Ms = await medianMs(() => {
    md5Keys = 0;
    md5Check = 0;
    for (const key of keys) {
      md5Check ^= createHash("md5").update(key).digest().readUInt32BE(0);
      md5Keys++;
    }
  }, RUNS);
  const bytes = keys.reduce((s, k) => s + Buffer.byteLength(k, "utf8"), 0);
  const placed = ours.keys.reduce((s, n) => s + n, 0);
  const mismatch = ours.hashedKeys !== KEYS || md5Keys !== KEYS || placed !== KEYS || ours.hashedBytes !== bytes
    ? `ours hashed ${ours.hashedKeys} keys (${ours.hashedBytes} bytes, ${placed} placed), MD5 ${md5Keys} keys (${bytes} bytes)`
    : undefined;
  const ratio = oursMs / md5Ms;
  return {
    field: "partitionsVsHashing",
    value: { ratio: round(ratio, 3), oursMs: round(oursMs), md5Ms: round(md5Ms), keys: KEYS, partitions, check: md5Check >>> 0 },
    goal: "ratio ≤ 1.5",
    met: ratio <= 1.5,
    repetitions: RUNS,
    detail: `${KEYS.toLocaleString("en-US")} values of ${heat.key} onto ${partitions} partitions, Zipf-skewed, median of ${RUNS} after a warm-up`,
    ...(mismatch ? { mismatch } : {}),
  };
}
