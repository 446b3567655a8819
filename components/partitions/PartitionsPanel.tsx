"use client";
import { useState } from "react";
import type { Model } from "@/lib/model";
import { hotKeys, type Distribution } from "@/lib/capacity";
import { useDesign } from "@/components/design/useDesign";
import { FindingsList } from "@/components/design/FindingsList";
import { NumberField } from "@/components/cost/NumberField";
import { bytes, indexName, units } from "@/components/cost/format";
import { HeatMap } from "./HeatMap";
import { HotKeysChart } from "./HotKeysChart";
import { HotKeysTable } from "./HotKeysTable";
import { ShardAdviceList } from "./ShardAdviceList";
import { usePartitions, usePlacement } from "./usePartitions";

/** The Partitions tab: load per table and index, the partition heat map, the hottest keys and shard advice. */
export function PartitionsPanel({ model }: { model: Model }) {
  const { design } = useDesign(model);
  const [scale, setScale] = useState(1);
  const [distribution, setDistribution] = useState<Distribution>("uniform");
  const [sizes, setSizes] = useState<"declared" | "measured">("declared");
  const report = usePartitions(model, design, { scale, distribution, sizes });
  const [index, setIndex] = useState<string | null>(null);
  const targets = report.capacity.loads;
  const selected = targets.some((t) => t.index === index) ? index : null;
  const placement = usePlacement(report, selected);
  const listed = hotKeys(report.heats);
  const over = report.heats.filter((h) => h.overLimit).length;

  return (
    <div className="partitions">
      <section aria-labelledby="partitions-title">
        <h2 id="partitions-title">Partitions</h2>
        <div className="controls">
          <NumberField label="RPS scale" value={scale} min={0} step={0.1} valid={(n) => n > 0 && n <= 1e6} hint="a number above 0 (1 = the model's rps)" onChange={setScale} />
          <label className="field">
            <span>Children per parent</span>
            <select aria-label="Children per parent" value={distribution} onChange={(e) => setDistribution(e.currentTarget.value as Distribution)}>
              <option value="uniform">Uniform</option>
              <option value="skewed">Skewed (Zipf)</option>
            </select>
          </label>
          <label className="field">
            <span>Item sizes</span>
            <select aria-label="Item sizes" value={sizes} onChange={(e) => setSizes(e.currentTarget.value as "declared" | "measured")}>
              <option value="declared">Declared in the model</option>
              <option value="measured">Measured on sample data</option>
            </select>
          </label>
        </div>
        <p>
          {over === 0 ? "No key value passes a per-partition limit" : `${over} key ${over === 1 ? "value passes" : "values pass"} a per-partition limit`} at {scale}× the model&apos;s rps. One partition serves 3,000 read units/s, 1,000 write units/s and holds 10 GB.
        </p>
        <table className="grid" aria-label="Load by table and index">
          <thead>
            <tr>
              <th scope="col">Table / index</th>
              <th scope="col">Partitions (estimate)</th>
              <th scope="col">Read units/s</th>
              <th scope="col">Write units/s</th>
              <th scope="col">Stored</th>
            </tr>
          </thead>
          <tbody>
            {targets.map((t) => (
              <tr key={t.index ?? ""}>
                <th scope="row">{indexName(t.index)}</th>
                <td>{t.partitions.toLocaleString("en-US")}</td>
                <td>{units(t.readUnitsPerSecond)}</td>
                <td>{units(t.writeUnitsPerSecond)}</td>
                <td>{bytes(t.storageBytes)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="heatmap-title">
        <h2 id="heatmap-title">Partition heat map</h2>
        <label className="field inline">
          <span>Heat map of</span>
          <select aria-label="Heat map of" value={selected ?? ""} onChange={(e) => setIndex(e.currentTarget.value === "" ? null : e.currentTarget.value)}>
            {targets.map((t) => (
              <option key={t.index ?? ""} value={t.index ?? ""}>
                {indexName(t.index)}
              </option>
            ))}
          </select>
        </label>
        <HeatMap target={placement} />
      </section>
      <section aria-labelledby="hot-keys-title">
        <h2 id="hot-keys-title">Hot keys</h2>
        <HotKeysChart heats={listed} />
        <HotKeysTable heats={listed} />
      </section>
      <section aria-labelledby="shard-advice-title">
        <h2 id="shard-advice-title">Shard advice</h2>
        <ShardAdviceList advice={report.advice} />
      </section>
      <section aria-labelledby="capacity-findings-title">
        <h2 id="capacity-findings-title">Capacity findings ({report.findings.length})</h2>
        <FindingsList findings={report.findings} />
      </section>
      <section aria-labelledby="partition-estimates-title">
        <h2 id="partition-estimates-title">What is an estimate</h2>
        <ul className="estimates">
          {report.estimates.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
        <table className="grid" aria-label="Item sizes">
          <thead>
            <tr>
              <th scope="col">Entity</th>
              <th scope="col">Item as stored</th>
              <th scope="col">Source</th>
              <th scope="col">Index entries</th>
            </tr>
          </thead>
          <tbody>
            {report.capacity.profiles.map((p) => (
              <tr key={p.entity}>
                <th scope="row">{p.entity}</th>
                <td>{bytes(p.itemBytes)}</td>
                <td>{p.source === "measured" ? `measured on ${p.samples} items` : "declared"}</td>
                <td>{p.indexes.map((i) => `${i.index}: ${Math.round(i.share * 100)}% of items, ${bytes(i.entryBytes)}`).join("; ") || "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
