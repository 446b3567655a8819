"use client";
import { useEffect, useMemo, useState } from "react";
import type { ParseResult } from "@/lib/model";
import { designModel, designToJson, type DesignJson } from "@/lib/design";
import { decodeShareFragment } from "@/lib/store/share";

type State = { state: "reading" } | { state: "none" } | { state: "read"; result: ParseResult; fragment: string };

/** The embed: model name, key templates, pattern → operation, findings count; nothing to edit. */
export function EmbedView() {
  const [state, setState] = useState<State>({ state: "reading" });
  useEffect(() => {
    let live = true;
    const read = () => {
      const fragment = window.location.hash;
      void decodeShareFragment(fragment).then((result) => {
        if (!live) return;
        setState(result === null ? { state: "none" } : { state: "read", result, fragment });
      });
    };
    read();
    window.addEventListener("hashchange", read);
    return () => {
      live = false;
      window.removeEventListener("hashchange", read);
    };
  }, []);

  if (state.state === "reading") return <main className="embed"><p className="muted">Reading the model…</p></main>;
  if (state.state === "none") {
    return (
      <main className="embed">
        <section role="alert" className="problems">
          <h2>No model to show</h2>
          <p>
            This page shows a model from a share link: its address ends with <code>#model=…</code>. Use &quot;Share&quot; in the
            workbench and copy the embed code next to the link.
          </p>
        </section>
      </main>
    );
  }
  if (!state.result.ok) {
    return (
      <main className="embed">
        <section role="alert" className="problems">
          <h2>Could not open this embedded model</h2>
          <ul>
            {state.result.problems.slice(0, 10).map((p, i) => (
              <li key={i}>
                {p.path && <code>{p.path}</code>} {p.message}
              </li>
            ))}
          </ul>
        </section>
      </main>
    );
  }
  return <EmbeddedDesign model={state.result.model} fragment={state.fragment} />;
}

function EmbeddedDesign({ model, fragment }: { model: Extract<ParseResult, { ok: true }>["model"]; fragment: string }) {
  const json = useMemo(() => designToJson(designModel(model)), [model]);
  const unserved = json.accessPatterns.filter((p) => !p.served).length;
  return (
    <main className="embed">
      <header className="embed-header">
        <h1>{model.name}</h1>
        <a href={`/${fragment}`} target="_blank" rel="noopener">
          Open in Tablewright
        </a>
      </header>
      <p className="muted">
        Table <code>{json.table.name}</code> · {json.table.indexes.length} {json.table.indexes.length === 1 ? "index" : "indexes"} ·{" "}
        {unserved === 0 ? "every access pattern is served" : `${unserved} not served`} · {json.findings.length}{" "}
        {json.findings.length === 1 ? "finding" : "findings"}
      </p>
      <KeyTable json={json} />
      <OperationTable json={json} />
    </main>
  );
}

/** Key templates per entity: one column per physical key attribute (PK, SK, GSI1PK…). */
function KeyTable({ json }: { json: DesignJson }) {
  const columns = [json.table.partitionKey, json.table.sortKey, ...json.table.indexes.flatMap((i) => [i.partitionKey, i.sortKey])]
    .filter((c): c is string => c !== null)
    .filter((c, i, all) => all.indexOf(c) === i);
  return (
    <table className="grid" aria-label="Key templates">
      <thead>
        <tr>
          <th scope="col">Entity</th>
          {columns.map((c) => (
            <th key={c} scope="col">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {Object.entries(json.entities).map(([entity, keys]) => (
          <tr key={entity}>
            <th scope="row">{entity}</th>
            {columns.map((c) => (
              <td key={c}>{Object.hasOwn(keys, c) ? <code>{keys[c]}</code> : null}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function OperationTable({ json }: { json: DesignJson }) {
  return (
    <table className="grid" aria-label="Access pattern operations">
      <thead>
        <tr>
          <th scope="col">Access pattern</th>
          <th scope="col">Operation</th>
          <th scope="col">Index</th>
          <th scope="col">Key condition</th>
        </tr>
      </thead>
      <tbody>
        {json.accessPatterns.map((p) => (
          <tr key={p.id} className={p.served ? undefined : "unserved"}>
            <th scope="row">
              <code>{p.id}</code> <span className="muted">{p.name}</span>
            </th>
            <td>{p.served ? p.operation : <span className="not-served">Not served</span>}</td>
            <td>{p.index ?? "table"}</td>
            <td>{p.keyCondition && <code>{p.keyCondition}</code>}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
