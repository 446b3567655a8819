"use client";
import { memo } from "react";
import type { Model } from "@/lib/model";
import type { LiveRow } from "./liveRows";
import { useLiveDesign } from "./useLiveDesign";

/**
 * Each access pattern and the operation the design maps it to, next to the editor, so an
 * edit's effect shows while typing. It follows the last valid model; the engine runs in a
 * Web Worker (useLiveDesign), so typing is never blocked by it.
 */
export function LiveDesign({ model }: { model: Model }) {
  const { summary, stale, error } = useLiveDesign(model);
  const unserved = summary?.rows.filter((p) => !p.served).length ?? 0;
  return (
    <section aria-label="Live design" className="live-design" aria-busy={stale || undefined}>
      <h2>Live design</h2>
      {error && <p className="inline-error">The design could not be computed: {error}</p>}
      {!summary && !error && <p className="muted">Designing…</p>}
      {summary && (
        <>
          <p className="muted">
            {summary.rows.length} access patterns · {unserved === 0 ? "all served" : `${unserved} not served`} · table
            {summary.indexes.length ? ` + ${summary.indexes.join(", ")}` : ""}
          </p>
          <ol className="live-operations">
            {summary.rows.map((p, i) => (
              <Operation key={i} row={p} />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

const Operation = memo(
  function Operation({ row }: { row: LiveRow }) {
    return (
      <li data-pattern={row.id}>
        <span className="live-name">{row.name}</span>{" "}
        {row.served ? (
          <span className="live-op">
            {row.operation}
            {row.keyCondition && (
              <>
                {" "}
                <code>{row.keyCondition}</code>
              </>
            )}
          </span>
        ) : (
          <span className="not-served">Not served</span>
        )}
      </li>
    );
  },
  (a, b) => a.row.id === b.row.id && a.row.name === b.row.name && a.row.served === b.row.served && a.row.operation === b.row.operation && a.row.keyCondition === b.row.keyCondition,
);
