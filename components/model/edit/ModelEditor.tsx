"use client";
import { useMemo } from "react";
import type { Model } from "@/lib/model";
import { addEntity, addPattern } from "@/lib/model/edit";
import { checkDocument } from "@/lib/store/check";
import { useDocument } from "@/lib/store/document";
import { TableSettingsSummary } from "../TableSettingsSummary";
import { EntityEditor } from "./EntityEditor";
import { LiveDesign } from "./LiveDesign";
import { PatternTable } from "./PatternTable";
import { ProblemIndex } from "./problems";
import { useEdit } from "./useEdit";

/**
 * The Model tab, editable. It shows the draft when there is one (what the user typed,
 * not yet valid), with lib/model's messages at the fields; the Live design, like every
 * other tab, follows the last valid model.
 */
export function ModelEditor({ model }: { model: Model }) {
  const draft = useDocument((s) => s.draft) as Model | null;
  const discardDraft = useDocument((s) => s.discardDraft);
  const { edit } = useEdit();
  const doc = draft ?? model;
  const problems = useMemo(() => {
    if (!draft) return ProblemIndex.EMPTY;
    const checked = checkDocument(draft);
    return checked.ok ? ProblemIndex.EMPTY : new ProblemIndex(checked.problems);
  }, [draft]);
  const entityNames = useMemo(() => doc.entities.map((e) => e.name), [doc.entities]);
  const errors = problems.all.filter((p) => p.severity === "error");

  return (
    <div className="model-editor">
      <div className="editor-main">
        {draft && (
          <section role="region" aria-label="Unfinished edit" className="problems draft">
            <h2>Not applied yet: {errors.length === 1 ? "1 problem" : `${errors.length} problems`}</h2>
            <p>
              Your edit is kept as a draft (also across reloads). The other tabs and the live design show the last valid model until
              it passes the checks.
            </p>
            <ul>
              {errors.map((p, i) => (
                <li key={i}>
                  <code className="problem-path">{p.path || "(model)"}</code>
                  {p.message}
                </li>
              ))}
            </ul>
            <button type="button" onClick={discardDraft}>
              Discard draft
            </button>
          </section>
        )}
        {typeof doc.description === "string" && doc.description && <p className="lead">{doc.description}</p>}
        <TableSettingsSummary model={doc} />
        <h2>Access patterns ({doc.accessPatterns.length})</h2>
        <PatternTable patterns={doc.accessPatterns} entities={doc.entities} problems={problems} />
        <button type="button" onClick={() => edit(null, addPattern)}>
          Add access pattern
        </button>
        <h2>Entities ({doc.entities.length})</h2>
        <div className="entities">
          {doc.entities.map((entity, index) => (
            <EntityEditor key={index} entity={entity} index={index} count={doc.entities.length} entityNames={entityNames} problems={problems} />
          ))}
        </div>
        <button type="button" onClick={() => edit(null, (m) => addEntity(m))}>
          Add entity
        </button>
      </div>
      <LiveDesign model={model} />
    </div>
  );
}
