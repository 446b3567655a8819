/**
 * Every format at once: each exporter's files under a folder named by its format
 * (`typescript/data-access.ts`, `cloudformation/template.yaml`, `terraform/main.tf`,
 * `cdk/lib/table-stack.ts`, `iam/policy.json`, …). Folders keep each format's own relative
 * paths, so a multi-file export (the CDK app, the stream consumer beside the data-access
 * module) still finds its imports. The zip of it is deterministic like every export.
 */
import { designModel, type Design } from "../design";
import type { Model } from "../model";
import { exportModel } from "./index";
import { EXPORT_FORMATS, type ExportFile, type ExportOptions } from "./types";
import { zip } from "./zip";

export interface AllExports {
  files: ExportFile[];
  /** Every format's notes, once each. */
  notes: string[];
}

export function allExportFiles(model: Model, options: ExportOptions = {}, design: Design = designModel(model)): AllExports {
  const files: ExportFile[] = [];
  const notes: string[] = [];
  for (const format of EXPORT_FORMATS) {
    const r = exportModel(model, format, options, design);
    for (const f of r.files) files.push({ ...f, path: `${format}/${f.path}` });
    for (const n of r.notes) if (!notes.includes(n)) notes.push(n);
  }
  return { files, notes };
}

/** The name a download of every format gets: `<table>-export.zip`. */
export function zipFileName(design: Design): string {
  return `${design.table.name}-export.zip`;
}

/** Every format as one ZIP archive (stored, fixed timestamps: the same model gives the same bytes). */
export function exportZip(model: Model, options: ExportOptions = {}, design: Design = designModel(model)): Uint8Array<ArrayBuffer> {
  return zip(allExportFiles(model, options, design).files.map((f) => ({ path: f.path, content: f.content })));
}
