"use client";
import { useMemo, useState } from "react";
import type { AccessPattern, Model } from "@/lib/model";
import { buildReadRequests, type Design, type ReadRequest } from "@/lib/design";
import { chooseBindings } from "@/lib/run/verify/bindings";
import { runRead, type ReadRun } from "@/lib/run/verify/execute";
import type { ModelTypes } from "@/lib/run/verify/values";
import { bindingOf, parameterFields, textsOf } from "./parameters";
import { QueryResult } from "./QueryResult";
import type { SampleTable } from "./sampleTable";

interface Props {
  model: Model;
  design: Design;
  pattern: AccessPattern;
  table: SampleTable;
  types: ModelTypes;
}

type Outcome = { requests: ReadRequest[]; run: ReadRun } | { error: string };

/** The parameter form of one pattern, prefilled from the sample data, and its last run. */
export function QueryRunner({ model, design, pattern, table, types }: Props) {
  const entity = Array.isArray(pattern.entity) ? pattern.entity[0] : pattern.entity;
  const fields = useMemo(() => parameterFields(pattern, (a) => types.typeOf(entity ?? "", a)), [pattern, types, entity]);
  const prefill = useMemo(() => {
    const chosen = chooseBindings(types, pattern, table.items, 1);
    return textsOf(fields, chosen[0]?.binding ?? {});
  }, [types, pattern, table.items, fields]);
  const [texts, setTexts] = useState<string[]>(prefill);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const served = design.accessPatterns.find((p) => p.id === pattern.id)?.served ?? false;

  async function run() {
    const parsed = bindingOf(fields, texts);
    if (!parsed.ok) {
      setOutcome({ error: parsed.message });
      return;
    }
    try {
      const requests = buildReadRequests(design, pattern.id, parsed.binding);
      const result = await runRead(table.target, design, table.tableName, pattern.id, parsed.binding, requests);
      setOutcome({ requests, run: result });
    } catch (error) {
      // DynamoDB's own errors (a ValidationException for a bad key value) are shown as DynamoDB words them.
      const e = error as { name?: string; message?: string };
      setOutcome({ error: `${e.name ?? "Error"}: ${e.message ?? String(error)}` });
    }
  }

  return (
    <section aria-label={`Run ${pattern.id}`} className="query-runner">
      <p>{pattern.name}</p>
      {!served && <p className="not-served">Not served: the design has no operation for this pattern.</p>}
      <form
        className="parameters"
        onSubmit={(event) => {
          event.preventDefault();
          void run();
        }}
      >
        {fields.length === 0 && <p className="muted">This pattern takes no parameters.</p>}
        {fields.map((field, i) => (
          <label key={field.label}>
            {field.label} <span className="muted">({field.type})</span>
            <input
              aria-label={field.label}
              value={texts[i] ?? ""}
              onChange={(e) => {
                const next = [...texts];
                next[i] = e.currentTarget.value;
                setTexts(next);
              }}
            />
          </label>
        ))}
        <button type="submit" className="primary" disabled={!served}>
          Run query
        </button>
      </form>
      {outcome && "error" in outcome && <p role="alert" className="inline-error">{outcome.error}</p>}
      {outcome && "run" in outcome && <QueryResult model={model} requests={outcome.requests} run={outcome.run} />}
    </section>
  );
}
