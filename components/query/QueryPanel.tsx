"use client";
import { useMemo, useState } from "react";
import { READ_KINDS, type Model } from "@/lib/model";
import { useDesign } from "@/components/design/useDesign";
import { ModelTypes } from "@/lib/run/verify/values";
import { QueryRunner } from "./QueryRunner";
import { useSampleTable } from "./useSampleTable";

/** The Query tab: run any read pattern on the sample data in an in-memory DynamoDB. */
export function QueryPanel({ model }: { model: Model }) {
  const { design } = useDesign(model);
  const table = useSampleTable(model, design);
  const reads = useMemo(() => model.accessPatterns.filter((p) => READ_KINDS.includes(p.kind)), [model]);
  const [selected, setSelected] = useState<string>(reads[0]?.id ?? "");
  const pattern = reads.find((p) => p.id === selected) ?? reads[0];
  const types = useMemo(() => new ModelTypes(model), [model]);

  if (reads.length === 0) return <p className="muted">This model has no read patterns to run.</p>;
  return (
    <div className="query">
      <label className="inline-label">
        Access pattern{" "}
        <select aria-label="Access pattern" value={pattern?.id} onChange={(e) => setSelected(e.currentTarget.value)}>
          {reads.map((p) => (
            <option key={p.id} value={p.id}>
              {p.id}: {p.name}
            </option>
          ))}
        </select>
      </label>
      {table.state === "loading" && <p className="muted">Loading the sample data into an in-memory DynamoDB…</p>}
      {table.state === "failed" && <p role="alert">The sample data could not be loaded: {table.message}</p>}
      {table.state === "ready" && pattern && (
        <>
          <p className="muted">
            {table.table.items.length.toLocaleString("en-US")} items {table.table.fromSamples ? "from the model's samples" : "generated with seed 1"}, in table{" "}
            <code>{table.table.tableName}</code> as the design lays them out.
          </p>
          <QueryRunner key={pattern.id} model={model} design={design} pattern={pattern} table={table.table} types={types} />
        </>
      )}
    </div>
  );
}
