import type { ShardAdvice } from "@/lib/capacity";
import { units } from "@/components/cost/format";

const TITLES: Record<ShardAdvice["kind"], string> = {
  shard: "Shard it",
  "fewer-shards": "Fewer shards would do",
  "cache-item": "One hot item",
  none: "Fine",
};

/** How many suffixes each hot key needs, and what the read fan-out costs. */
export function ShardAdviceList({ advice }: { advice: ShardAdvice[] }) {
  if (advice.length === 0) return <p className="muted">No key needs write sharding at these rates: every busiest value stays under 80% of a partition&apos;s limits.</p>;
  return (
    <ul className="findings" aria-label="Shard advice">
      {advice.map((a) => (
        <li key={`${a.index ?? ""} ${a.key}`} className={`finding ${a.kind === "shard" || a.kind === "cache-item" ? "warning" : "info"}`}>
          <span className="severity">{TITLES[a.kind]}</span> <code>{a.key}</code>
          {a.kind !== "cache-item" && (
            <span className="muted">
              {" "}· {a.suffixes} {a.suffixes === 1 ? "suffix" : "suffixes"} needed, {a.currentShards} now
              {a.extraReadUnitsPerSecond > 0 ? ` · read fan-out +${units(a.extraReadUnitsPerSecond)} read units/s` : ""}
            </span>
          )}
          <p>{a.message}</p>
        </li>
      ))}
    </ul>
  );
}
