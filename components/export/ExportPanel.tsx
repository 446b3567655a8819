"use client";
import { useState } from "react";
import { useDesign } from "@/components/design/useDesign";
import { EXPORT_FORMATS, exportZip, FORMAT_LABELS, isExportFormat, zipFileName, type ExportFormat } from "@/lib/export";
import type { Model } from "@/lib/model";
import { CodePreview } from "./CodePreview";
import { copyText, downloadFile, downloadZip } from "./fileActions";
import { useExport } from "./useExport";

const DESCRIPTIONS: Record<ExportFormat, string> = {
  typescript: "A data-access module on @aws-sdk/lib-dynamodb: entity types, key builders and one function per access pattern (typed parameters, a cursor, conditional writes that name their failure). With a stream, a Lambda consumer too.",
  cloudformation: "The table (a Global Table when the model has replicas), its indexes and settings; with a stream, the consumer's event source mapping.",
  terraform: "aws_dynamodb_table with its indexes and settings, replica blocks for Global Tables; with a stream, the event source mapping.",
  cdk: "A CDK app in TypeScript (aws-cdk-lib) whose stack declares the table and wires the stream consumer.",
  iam: "A least-privilege policy: only the actions the access patterns use, on the table and indexes they touch, and a deny on non-TLS requests.",
  "nosql-workbench": "A NoSQL Workbench data model: one facet per entity with its sample items.",
  electrodb: "ElectroDB entity definitions with the design's keys and indexes.",
  markdown: "A design document: keys, indexes, each access pattern's operation and why, findings.",
};

/** The Export tab: choose a format, read the generated text, copy or download it. */
export function ExportPanel({ model }: { model: Model }) {
  const { design } = useDesign(model);
  const [format, setFormat] = useState<ExportFormat>("typescript");
  const [tenantIsolation, setTenantIsolation] = useState(false);
  const [json, setJson] = useState(false);
  const [chosen, setChosen] = useState(0);
  const [copied, setCopied] = useState<"" | "copied" | "failed">("");
  const view = useExport(model, design, format, { tenantIsolation, cloudFormationJson: json });
  const files = view.ok ? view.result.files : [];
  const file = files[Math.min(chosen, files.length - 1)];

  const [zipError, setZipError] = useState("");

  function downloadAll() {
    try {
      // Made on click, not on every edit: every format at once is the costly export.
      const bytes = exportZip(model, { tenantIsolation, cloudFormationJson: json }, design);
      downloadZip(bytes, zipFileName(design));
      setZipError("");
    } catch (error) {
      setZipError(error instanceof Error ? error.message : String(error));
    }
  }

  async function copy() {
    if (!file) return;
    setCopied((await copyText(file.content)) ? "copied" : "failed");
  }

  return (
    <div className="export">
      <section aria-labelledby="export-title">
        <h2 id="export-title">Export</h2>
        <div className="controls">
          <label className="field">
            <span>Format</span>
            <select
              aria-label="Export format"
              value={format}
              onChange={(e) => {
                const v = e.currentTarget.value;
                if (isExportFormat(v)) setFormat(v);
                setChosen(0);
                setCopied("");
              }}
            >
              {EXPORT_FORMATS.map((f) => (
                <option key={f} value={f}>
                  {FORMAT_LABELS[f]}
                </option>
              ))}
            </select>
          </label>
          {format === "iam" && (
            <label className="inline-label">
              <input type="checkbox" checked={tenantIsolation} onChange={(e) => setTenantIsolation(e.currentTarget.checked)} />
              Tenant isolation (dynamodb:LeadingKeys)
            </label>
          )}
          {format === "cloudformation" && (
            <label className="field">
              <span>Template syntax</span>
              <select aria-label="Template syntax" value={json ? "json" : "yaml"} onChange={(e) => setJson(e.currentTarget.value === "json")}>
                <option value="yaml">YAML</option>
                <option value="json">JSON</option>
              </select>
            </label>
          )}
          {files.length > 1 && (
            <label className="field">
              <span>File</span>
              <select aria-label="Export file" value={String(Math.min(chosen, files.length - 1))} onChange={(e) => setChosen(Number(e.currentTarget.value))}>
                {files.map((f, i) => (
                  <option key={f.path} value={String(i)}>
                    {f.path}
                  </option>
                ))}
              </select>
            </label>
          )}
        </div>
        <p className="muted">{DESCRIPTIONS[format]}</p>
        <div className="actions">
          <button type="button" onClick={() => void copy()} disabled={!file}>
            Copy
          </button>
          <button type="button" onClick={() => file && downloadFile(file)} disabled={!file}>
            Download
          </button>
          <button type="button" onClick={downloadAll}>
            Download all (zip)
          </button>
          {copied === "copied" && <span role="status">Copied {file?.path}.</span>}
          {copied === "failed" && <span role="status">The browser refused the clipboard; select the text instead.</span>}
          {zipError && <span role="alert">The zip failed: {zipError}</span>}
        </div>
        {view.ok && view.result.notes.length > 0 && (
          <ul aria-label="Export notes" className="muted">
            {view.result.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        )}
      </section>
      <div>
        {view.ok ? (
          <>
            <p className="muted" id="export-file">
              <code>{file?.path}</code>
              {files.length > 1 ? ` (file ${Math.min(chosen, files.length - 1) + 1} of ${files.length})` : ""}
            </p>
            {file ? <CodePreview path={file.path} content={file.content} /> : <div role="region" aria-label="Export preview" />}
          </>
        ) : (
          <div role="region" aria-label="Export preview">
            <p className="not-served" id="export-file">This export failed: {view.message}</p>
          </div>
        )}
      </div>
    </div>
  );
}
