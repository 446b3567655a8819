import type { KeyHeat } from "@/lib/capacity";
import { bytes, indexName, percent, units } from "@/components/cost/format";

/** The numbers behind the chart: every listed key's busiest value against the limits. */
export function HotKeysTable({ heats }: { heats: KeyHeat[] }) {
  return (
    <div className="scroll-x">
      <table className="grid" aria-label="Hot keys">
        <thead>
          <tr>
            <th scope="col">Index</th>
            <th scope="col">Key</th>
            <th scope="col">Values</th>
            <th scope="col">Shards</th>
            <th scope="col">Read units/s</th>
            <th scope="col">Write units/s</th>
            <th scope="col">Size</th>
            <th scope="col">Of a limit</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {heats.map((h) => (
            <tr key={`${h.index ?? ""} ${h.key}`} className={h.overLimit ? "unserved" : undefined}>
              <td>{indexName(h.index)}</td>
              <th scope="row"><code>{h.key}</code></th>
              <td>{h.values.toLocaleString("en-US")}</td>
              <td>{h.shards}</td>
              <td>{units(h.busiest.readUnitsPerSecond)}</td>
              <td>{units(h.busiest.writeUnitsPerSecond)}</td>
              <td>{bytes(h.busiest.sizeBytes)}</td>
              <td>{percent(h.utilization)}</td>
              <td>{status(h)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function status(h: KeyHeat): string {
  const over = [h.over.reads && "reads", h.over.writes && "writes", h.over.size && "size", h.over.itemCollection && "item collection"].filter(Boolean);
  if (over.length) return `Over the limit (${over.join(", ")})`;
  return h.utilization > 0.8 ? "Near the limit" : "Within the limits";
}
