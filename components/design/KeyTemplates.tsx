"use client";
import { useState } from "react";
import type { Model, Problem } from "@/lib/model";
import type { DesignJson } from "@/lib/design";
import { useDocument } from "@/lib/store/document";
import { useReadOnly } from "@/components/workbench/readOnly";
import { editTemplate, type TemplateTarget } from "./templateEdit";

interface Column {
  attribute: string;
  target: Omit<TemplateTarget, "entity">;
}

/**
 * Each entity's key templates on the table and on every index it lives in. When the
 * design is pinned the templates are editable, and the patterns re-map as soon as an
 * edit is committed (Enter, or leaving the field).
 */
export function KeyTemplates({ model, json }: { model: Model; json: DesignJson }) {
  const columns: Column[] = [
    { attribute: json.table.partitionKey, target: { index: null, part: "partitionKey" } },
    ...(json.table.sortKey ? [{ attribute: json.table.sortKey, target: { index: null, part: "sortKey" as const } }] : []),
    ...json.table.indexes.flatMap((i) => [
      { attribute: i.partitionKey, target: { index: i.name, part: "partitionKey" as const } },
      ...(i.sortKey ? [{ attribute: i.sortKey, target: { index: i.name, part: "sortKey" as const } }] : []),
    ]),
  ];
  const readOnly = useReadOnly();
  const editable = model.design !== undefined && !readOnly;
  return (
    <div className="scroll-x">
      <table aria-label="Key templates" className="grid">
        <thead>
          <tr>
            <th scope="col">Entity</th>
            {columns.map((c) => (
              <th key={c.attribute} scope="col">
                {c.attribute}
                <span className="muted"> {c.target.index ?? "table"}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {model.entities.map((entity) => {
            const templates = Object.hasOwn(json.entities, entity.name) ? json.entities[entity.name] ?? {} : {};
            return (
              <tr key={entity.name}>
                <th scope="row">{entity.name}</th>
                {columns.map((c) => {
                  const template = Object.hasOwn(templates, c.attribute) ? templates[c.attribute] : undefined;
                  return (
                    <td key={c.attribute}>
                      {editable && template !== undefined ? (
                        <TemplateInput model={model} target={{ ...c.target, entity: entity.name }} attribute={c.attribute} value={template} />
                      ) : (
                        template !== undefined && <code>{template}</code>
                      )}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function TemplateInput({ model, target, attribute, value }: { model: Model; target: TemplateTarget; attribute: string; value: string }) {
  const [draft, setDraft] = useState(value);
  const [problems, setProblems] = useState<Problem[]>([]);
  const replace = useDocument((s) => s.replace);
  const label = `${attribute} template of ${target.entity}`;

  function commit() {
    if (draft === value) return;
    const result = editTemplate(model, target, draft);
    if (result.ok) {
      setProblems([]);
      replace(result.model);
    } else {
      setProblems(result.problems);
    }
  }

  return (
    <>
      <input
        aria-label={label}
        className="template-input"
        value={draft}
        aria-invalid={problems.length > 0}
        onChange={(e) => setDraft(e.currentTarget.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === "Enter") commit();
          if (e.key === "Escape") {
            setDraft(value);
            setProblems([]);
          }
        }}
      />
      {problems.length > 0 && (
        <span role="alert" className="inline-error">
          {problems.map((p) => p.message).join("; ")}
        </span>
      )}
    </>
  );
}
