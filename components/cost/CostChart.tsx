"use client";
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { CostPoint } from "@/lib/capacity";
import { compactUsd, usd } from "./format";

/**
 * Monthly cost of both modes from no traffic to twice the chosen scale, with the
 * break-even marked (where provisioned at the target utilization becomes cheaper) and
 * the chosen scale. The same numbers follow as a table, for screen readers and copying.
 */
export function CostChart({ curve, breakEven, current }: { curve: CostPoint[]; breakEven: number | null; current: number }) {
  const label = `Monthly cost against traffic: on-demand and provisioned from 0 to ${curve.at(-1)?.scale.toFixed(1) ?? 0}× the model's rps${breakEven === null ? "; provisioned never becomes cheaper at this target" : `; break-even at ${breakEven.toPrecision(2)}×`}`;
  const step = Math.max(1, Math.floor(curve.length / 8));
  return (
    <figure className="chart" aria-label={label}>
      <div className="chart-area">
        <ResponsiveContainer width="100%" height={300}>
          <LineChart data={curve} margin={{ top: 10, right: 24, bottom: 10, left: 10 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="scale" type="number" domain={[0, "dataMax"]} tickFormatter={(v: number) => `${Number(v.toPrecision(2))}×`} label={{ value: "RPS scale", position: "insideBottomRight", offset: -4 }} />
            <YAxis tickFormatter={(v: number) => compactUsd(v)} width={70} />
            <Tooltip formatter={(v) => usd(Number(v))} labelFormatter={(v) => `${Number(Number(v).toPrecision(3))}× the model's rps`} />
            <Legend />
            <Line type="linear" dataKey="onDemandUsd" name="On-demand" stroke="#1f5fbf" dot={false} isAnimationActive={false} />
            <Line type="linear" dataKey="provisionedUsd" name="Provisioned" stroke="#d08c00" dot={false} isAnimationActive={false} />
            {breakEven !== null && <ReferenceLine x={breakEven} stroke="#a4161a" strokeDasharray="4 2" label={{ value: "break-even", position: "insideTopLeft" }} />}
            <ReferenceLine x={current} stroke="#5d6168" label={{ value: "chosen", position: "insideTopRight" }} />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="muted">
        Monthly totals, storage and extras included. {breakEven === null ? "Provisioned never becomes cheaper at this target utilization." : `Above ${breakEven.toPrecision(2)}× the model's rps provisioned is cheaper.`}
      </figcaption>
      <details>
        <summary>The numbers</summary>
        <table className="grid" aria-label="Cost against traffic">
          <thead>
            <tr>
              <th scope="col">RPS scale</th>
              <th scope="col">On-demand a month</th>
              <th scope="col">Provisioned a month</th>
            </tr>
          </thead>
          <tbody>
            {curve.filter((_, i) => i % step === 0 || i === curve.length - 1).map((p) => (
              <tr key={p.scale}>
                <td>{Number(p.scale.toPrecision(3))}×</td>
                <td>{usd(p.onDemandUsd)}</td>
                <td>{usd(p.provisionedUsd)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
