"use client";
import { useState } from "react";
import { tableSettings, type Model } from "@/lib/model";
import { useDesign } from "@/components/design/useDesign";
import { FindingsList } from "@/components/design/FindingsList";
import { CostCards } from "./CostCards";
import { CostChart } from "./CostChart";
import { CostTables, PriceTable } from "./CostTables";
import { NumberField } from "./NumberField";
import { percent } from "./format";
import { useCost, type CostInputs } from "./useCost";

/** The Cost tab: on-demand against provisioned, the cost curve with its break-even, and what it is made of. */
export function CostPanel({ model }: { model: Model }) {
  const { design } = useDesign(model);
  const settings = tableSettings(model);
  const [inputs, setInputs] = useState<CostInputs>({
    scale: 1, replicas: Math.max(1, settings.replicas?.length ?? 1), tableClass: settings.tableClass, utilization: 0.7,
  });
  const set = (patch: Partial<CostInputs>) => setInputs((x) => ({ ...x, ...patch }));
  const { report, curve } = useCost(model, design, inputs);
  const be = report.breakEven;

  return (
    <div className="cost">
      <section aria-labelledby="cost-inputs-title">
        <h2 id="cost-inputs-title">Monthly cost</h2>
        <div className="controls">
          <NumberField label="RPS scale" value={inputs.scale} min={0} step={0.1} valid={(n) => n > 0 && n <= 1e6} hint="a number above 0 (1 = the model's rps)" onChange={(scale) => set({ scale })} />
          <NumberField label="Replicas" value={inputs.replicas} min={1} max={50} step={1} valid={(n) => Number.isInteger(n) && n >= 1 && n <= 50} hint="a whole number of Regions, 1 to 50" onChange={(replicas) => set({ replicas })} />
          <label className="field">
            <span>Table class</span>
            <select aria-label="Table class" value={inputs.tableClass} onChange={(e) => set({ tableClass: e.currentTarget.value as CostInputs["tableClass"] })}>
              <option value="standard">Standard</option>
              <option value="standardInfrequentAccess">Standard-IA</option>
            </select>
          </label>
          <NumberField label="Target utilization" value={Math.round(inputs.utilization * 100)} min={1} max={100} step={5} valid={(n) => n > 0 && n <= 100} hint="a percentage from 1 to 100" onChange={(u) => set({ utilization: u / 100 })} />
        </div>
        <p className="muted">
          {model.name} in {report.cost.region} at {inputs.scale}× its rps, {inputs.replicas} {inputs.replicas === 1 ? "Region" : `Regions (${report.cost.globalTables.mode})`}. Target utilization is the share of provisioned capacity auto-scaling keeps in use (in %).
        </p>
        <CostCards report={report} />
        <p>
          Break-even: provisioned costs less whenever its capacity is more than <strong>{(be.utilization * 100).toFixed(1)}%</strong> used on average
          {be.scale === null
            ? `; at a ${percent(inputs.utilization)} target it never does, so on-demand is cheaper at every traffic level.`
            : be.scale < 0.01
              ? `; at a ${percent(inputs.utilization)} target that holds at any steady traffic above a trickle (about ${be.scale.toPrecision(2)}× the model's rps, where the auto-scaling floor stops costing more than the requests).`
              : `; at a ${percent(inputs.utilization)} target that holds above ${be.scale.toFixed(2)}× the model's rps (below it, the auto-scaling floor costs more than the requests).`}
        </p>
      </section>
      <section aria-labelledby="cost-curve-title">
        <h2 id="cost-curve-title">Cost against traffic</h2>
        <CostChart curve={curve} breakEven={be.scale} current={inputs.scale} />
      </section>
      <CostTables report={report} />
      {report.findings.length > 0 && (
        <section aria-labelledby="cost-findings-title">
          <h2 id="cost-findings-title">Findings ({report.findings.length})</h2>
          <FindingsList findings={report.findings} />
        </section>
      )}
      <section aria-labelledby="cost-estimates-title">
        <h2 id="cost-estimates-title">What is an estimate</h2>
        <ul className="estimates">
          {report.estimates.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
        <PriceTable report={report} />
      </section>
    </div>
  );
}
