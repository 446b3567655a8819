"use client";
import { memo, useDeferredValue } from "react";
import type { Model } from "@/lib/model";
import type { DesignJson } from "@/lib/design";
import { useDesign } from "@/components/design/useDesign";

type PatternDesign = DesignJson["accessPatterns"][number];

/**
 * Each access pattern and the operation the design maps it to, next to the editor, so an
 * edit's effect shows while typing. It follows the last valid model; the design is computed
 * from a deferred copy, so React paints the keystroke first and the design right after.
 */
export function LiveDesign({ model }: { model: Model }) {
  const deferred = useDeferredValue(model);
  const { json } = useDesign(deferred);
  const unserved = json.accessPatterns.filter((p) => !p.served).length;
  return (
    <section aria-label="Live design" className="live-design" aria-busy={deferred !== model || undefined}>
      <h2>Live design</h2>
      <p className="muted">
        {json.accessPatterns.length} access patterns · {unserved === 0 ? "all served" : `${unserved} not served`} · table{json.table.indexes.length ? ` + ${json.table.indexes.map((i) => i.name).join(", ")}` : ""}
      </p>
      <ol className="live-operations">
        {json.accessPatterns.map((p, i) => (
          <Operation key={i} pattern={p} />
        ))}
      </ol>
    </section>
  );
}

const Operation = memo(
  function Operation({ pattern }: { pattern: PatternDesign }) {
    return (
      <li data-pattern={pattern.id}>
        <span className="live-name">{pattern.name}</span>{" "}
        {pattern.served ? (
          <span className="live-op">
            {operationText(pattern)}
            {pattern.keyCondition && (
              <>
                {" "}
                <code>{pattern.keyCondition}</code>
              </>
            )}
          </span>
        ) : (
          <span className="not-served">Not served</span>
        )}
      </li>
    );
  },
  (a, b) => a.pattern.name === b.pattern.name && a.pattern.served === b.pattern.served && operationText(a.pattern) === operationText(b.pattern) && a.pattern.keyCondition === b.pattern.keyCondition,
);

export function operationText(p: PatternDesign): string {
  const op = p.operation ?? "";
  const where = p.index ? ` ${p.index}` : "";
  const shards = p.shards > 1 ? ` ×${p.shards} shards` : "";
  return `${op}${where}${shards}`;
}
