"use client";
import type { Model } from "@/lib/model";
import { toPinnedDesign } from "@/lib/design";
import { useDocument } from "@/lib/store/document";
import { useReadOnly } from "@/components/workbench/readOnly";
import { AggregateView } from "./AggregateView";
import { FindingsList } from "./FindingsList";
import { KeyTemplates } from "./KeyTemplates";
import { PatternOperations } from "./PatternOperations";
import { useDesign } from "./useDesign";
import { WriteOperations } from "./WriteOperations";

/** The Design tab: the key design, how each pattern is served, findings and the items as stored. */
export function DesignPanel({ model }: { model: Model }) {
  const { design, json } = useDesign(model);
  const replace = useDocument((s) => s.replace);
  const unserved = json.accessPatterns.filter((p) => !p.served).length;
  const pinned = model.design !== undefined;
  const readOnly = useReadOnly();

  function pin() {
    replace({ ...model, design: toPinnedDesign(design) });
  }
  function unpin() {
    const { design: _dropped, ...rest } = model;
    replace(rest);
  }

  return (
    <div className="design">
      <section aria-labelledby="key-schema-title">
        <h2 id="key-schema-title">Key schema</h2>
        <p>
          Table <code>{json.table.name}</code>: partition key <code>{json.table.partitionKey}</code>
          {json.table.sortKey && (
            <>
              , sort key <code>{json.table.sortKey}</code>
            </>
          )}
          {" · "}
          {json.table.indexes.length === 0 ? "no indexes" : `${json.table.indexes.length} ${json.table.indexes.length === 1 ? "index" : "indexes"}`}
          {" · "}
          {unserved === 0 ? "every access pattern is served" : `${unserved} access ${unserved === 1 ? "pattern is" : "patterns are"} not served`}
        </p>
        <p className="muted">
          {pinned ? "This design is pinned: the templates below are yours, and the patterns are mapped onto them." : "This is the engine's proposal. Pin it to keep it and edit its templates."}{" "}
          {readOnly ? null : pinned ? (
            <button type="button" onClick={unpin}>
              Unpin design
            </button>
          ) : (
            <button type="button" onClick={pin}>
              Pin design
            </button>
          )}
        </p>
        <KeyTemplates model={model} json={json} />
      </section>
      <section aria-labelledby="operations-title">
        <h2 id="operations-title">Access patterns → operations</h2>
        <PatternOperations json={json} />
      </section>
      <section aria-labelledby="writes-title">
        <h2 id="writes-title">Write patterns: conditions and updates</h2>
        <WriteOperations json={json} />
      </section>
      <section aria-labelledby="findings-title">
        <h2 id="findings-title">Findings ({json.findings.length})</h2>
        <FindingsList findings={json.findings} />
      </section>
      <AggregateView model={model} design={design} json={json} />
    </div>
  );
}
