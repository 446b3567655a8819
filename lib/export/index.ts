/** lib/export: code, infrastructure and documents from a model and its design; NoSQL Workbench import. See README.md. */
import { designModel, type Design } from "../design";
import type { Model } from "../model";
import { cdkFiles } from "./cdk";
import { cloudFormationFiles } from "./cloudformation";
import { electroDbFiles } from "./electrodb";
import { iamFiles } from "./iam";
import { markdownFiles } from "./markdown";
import { noSqlWorkbenchFiles } from "./nosql-workbench";
import { terraformFiles } from "./terraform";
import { typescriptFiles } from "./typescript";
import type { ExportFormat, ExportOptions, ExportResult } from "./types";

export * from "./types";
export { importNoSqlWorkbench, type ImportOptions, type ImportResult } from "./nosql-import";
export { tenantAttribute } from "./iam-tenant";
export { allExportFiles, exportZip, zipFileName, type AllExports } from "./all";
export { crc32, zip, type ZipEntry } from "./zip";

/** Patterns the design cannot serve get no code: said once, for every format. */
function unservedNotes(design: Design): string[] {
  return design.accessPatterns.filter((p) => !p.served).map((p) => `${p.id} is not served by the design: ${p.explanation}`);
}

/**
 * An attribute named `__proto__` is written (marshall reads own properties) but dropped on
 * reads: @aws-sdk/util-dynamodb's unmarshall assigns `map[name] = value`, which for
 * `__proto__` sets the prototype instead. Said once, so no one relies on reading it back.
 */
function protoNotes(model: Model): string[] {
  const on = model.entities.filter((e) => e.attributes.some((a) => a.name === "__proto__")).map((e) => e.name);
  return on.length ? [`${on.join(", ")}: the attribute __proto__ is written, but @aws-sdk/lib-dynamodb drops it from the items it reads (its unmarshall assigns obj["__proto__"]); rename it to read it back`] : [];
}

/**
 * One export of a valid model: pure and deterministic (the same model and options give
 * the same bytes). `design` defaults to the model's design (its pinned one, or the proposal).
 */
export function exportModel(model: Model, format: ExportFormat, options: ExportOptions = {}, design: Design = designModel(model)): ExportResult {
  const notes = unservedNotes(design);
  const done = (files: ExportResult["files"], more: string[] = []): ExportResult => ({ format, files, notes: [...notes, ...more] });
  switch (format) {
    case "typescript": return done(typescriptFiles(model, design), protoNotes(model));
    case "cloudformation": return done(cloudFormationFiles(model, design, options));
    case "terraform": return done(terraformFiles(model, design, options));
    case "cdk": return done(cdkFiles(model, design, options));
    case "iam": { const r = iamFiles(model, design, options); return done(r.files, r.notes); }
    case "nosql-workbench": { const r = noSqlWorkbenchFiles(model, design, options); return done(r.files, r.notes); }
    case "electrodb": { const r = electroDbFiles(model, design); return done(r.files, r.notes); }
    case "markdown": return done(markdownFiles(model, design));
  }
}
