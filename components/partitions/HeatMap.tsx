"use client";
import { throughputUtilization, type TargetPlacement } from "@/lib/capacity";
import { bytes, indexName, percent, units } from "@/components/cost/format";
import { heatColor, heatLabel } from "./heatColor";

/** More partitions than this show their busiest cells only. */
export const MAX_CELLS = 1024;

interface Cell {
  partition: number;
  read: number;
  write: number;
  size: number;
  keys: number;
  hottest: string | null;
  utilization: number;
}

function cellsOf(t: TargetPlacement): Cell[] {
  const p = t.placement;
  const out: Cell[] = [];
  for (let i = 0; i < p.partitions; i++) {
    const read = p.readUnitsPerSecond[i] ?? 0, write = p.writeUnitsPerSecond[i] ?? 0, size = p.sizeBytes[i] ?? 0;
    out.push({ partition: i, read, write, size, keys: p.keys[i] ?? 0, hottest: t.keys[p.hottestKey[i] ?? -1] ?? null, utilization: throughputUtilization(read, write) });
  }
  return out;
}

/**
 * One cell per simulated partition, coloured by its traffic against the per-partition
 * limits (3,000 read, 1,000 write units/s; size is in each cell's title and the table). It is illustrative: stand-in keys on a hash of our own (lib/capacity/placement).
 * The busiest partitions follow as a table, the picture's text alternative.
 */
export function HeatMap({ target }: { target: TargetPlacement }) {
  const cells = cellsOf(target);
  const busiest = [...cells].sort((a, b) => b.utilization - a.utilization || a.partition - b.partition);
  const shown = cells.length > MAX_CELLS ? busiest.slice(0, MAX_CELLS) : cells;
  const top = busiest[0];
  const over = cells.filter((c) => c.utilization > 1).length;
  const name = indexName(target.index);
  const label = `Partition heat map of ${name}: ${cells.length.toLocaleString("en-US")} partitions (estimate), busiest at ${percent(top?.utilization ?? 0)} of its throughput limit, ${over} over it`;
  return (
    <div className="heatmap-wrap">
      <div className="heatmap" role="img" aria-label={label}>
        {shown.map((c) => (
          <span
            key={c.partition}
            className="heat-cell"
            style={{ background: heatColor(c.utilization) }}
            title={`Partition ${c.partition}: ${units(c.read)} read units/s, ${units(c.write)} write units/s, ${bytes(c.size)}; ${percent(c.utilization)} of the throughput limit, ${heatLabel(c.utilization)}${c.hottest ? `; hottest key ${c.hottest}` : ""}`}
          />
        ))}
      </div>
      <p className="muted">
        {cells.length > MAX_CELLS ? `The ${MAX_CELLS.toLocaleString("en-US")} busiest of ${cells.length.toLocaleString("en-US")} partitions. ` : ""}
        Illustrative: {target.keys.length.toLocaleString("en-US")} stand-in key values (the busiest of {target.representedValues.toLocaleString("en-US")}) hashed onto the estimated partitions; the long tail and Scans are spread evenly. DynamoDB&apos;s own hash is not published.
      </p>
      <ul className="legend" aria-label="Heat map legend">
        {[0, 0.4, 0.8, 1, 1.5].map((u) => (
          <li key={u}>
            <span className="heat-cell" style={{ background: heatColor(u) }} /> {u > 1 ? "over a limit" : percent(u)}
          </li>
        ))}
      </ul>
      <details>
        <summary>Busiest partitions</summary>
        <table className="grid" aria-label={`Busiest partitions of ${name}`}>
          <thead>
            <tr>
              <th scope="col">Partition</th>
              <th scope="col">Read units/s</th>
              <th scope="col">Write units/s</th>
              <th scope="col">Size</th>
              <th scope="col">Of the throughput limit</th>
              <th scope="col">Hottest key</th>
            </tr>
          </thead>
          <tbody>
            {busiest.slice(0, 10).map((c) => (
              <tr key={c.partition}>
                <th scope="row">{c.partition}</th>
                <td>{units(c.read)}</td>
                <td>{units(c.write)}</td>
                <td>{bytes(c.size)}</td>
                <td>{percent(c.utilization)}</td>
                <td>{c.hottest ? <code>{c.hottest}</code> : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}
