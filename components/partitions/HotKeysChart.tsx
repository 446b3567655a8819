"use client";
import { Bar, BarChart, CartesianGrid, Legend, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { PARTITION_BYTES, PARTITION_READ_UNITS_PER_SECOND, PARTITION_WRITE_UNITS_PER_SECOND } from "@/lib/dynamo/limits";
import { SHARD_PLANNING_MARGIN, type KeyHeat } from "@/lib/capacity";
import { indexName } from "@/components/cost/format";

/** Keys the chart shows, hottest first. */
export const CHART_KEYS = 8;

/**
 * The hottest keys against the per-partition limits: each bar is the busiest value's
 * reads, writes or size as a share of one partition's 3,000 read units/s, 1,000 write
 * units/s or 10 GB, with the limit (100%) and the 80% planning margin drawn across.
 */
export function HotKeysChart({ heats }: { heats: KeyHeat[] }) {
  const data = heats.slice(0, CHART_KEYS).map((h) => ({
    label: `${indexName(h.index)} ${h.key}${h.shards > 1 ? ` (/${h.shards})` : ""}`,
    reads: (100 * h.busiest.readUnitsPerSecond) / PARTITION_READ_UNITS_PER_SECOND,
    writes: (100 * h.busiest.writeUnitsPerSecond) / PARTITION_WRITE_UNITS_PER_SECOND,
    size: (100 * h.busiest.sizeBytes) / PARTITION_BYTES,
  }));
  const top = Math.max(120, ...data.map((d) => Math.max(d.reads, d.writes, d.size)));
  const hottest = heats[0];
  const label = `Hottest keys against the per-partition limits${hottest ? `: the busiest, ${indexName(hottest.index)} ${hottest.key}, is at ${Math.round(hottest.utilization * 100)}% of a limit` : ""}`;
  return (
    <figure className="chart" aria-label={label}>
      <div className="chart-area">
        <ResponsiveContainer width="100%" height={Math.max(160, 44 * data.length + 60)}>
          <BarChart data={data} layout="vertical" margin={{ top: 24, right: 24, bottom: 10, left: 10 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis type="number" domain={[0, Math.ceil(top / 10) * 10]} tickFormatter={(v: number) => `${v}%`} />
            <YAxis type="category" dataKey="label" width={280} tick={{ fontSize: 12 }} />
            <Tooltip formatter={(v) => `${Number(Number(v).toPrecision(3))}% of the limit`} />
            <Legend />
            <Bar dataKey="reads" name="Reads (of 3,000 RCU/s)" fill="#1f5fbf" isAnimationActive={false} />
            <Bar dataKey="writes" name="Writes (of 1,000 WCU/s)" fill="#d08c00" isAnimationActive={false} />
            <Bar dataKey="size" name="Size (of 10 GB)" fill="#6a8f3a" isAnimationActive={false} />
            <ReferenceLine x={100} stroke="#a4161a" label={{ value: "limit", position: "top" }} />
            <ReferenceLine x={SHARD_PLANNING_MARGIN * 100} stroke="#a4161a" strokeDasharray="4 2" label={{ value: "80%", position: "top" }} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="muted">The busiest value of each key, per shard. A key value past 100% of a limit is throttled (or, for size, split across partitions).</figcaption>
    </figure>
  );
}
