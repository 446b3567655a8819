import { parseModelText, type Model, type Problem } from "@/lib/model";
import { importNoSqlWorkbench } from "@/lib/export";

export type Opened = { ok: true; model: Model; source: string } | { ok: false; problems: Problem[] };

/**
 * A file's text as a model: our format, or a NoSQL Workbench export through the importer
 * (recognised by its `ModelName` and `DataModel`). A NoSQL Workbench file with several
 * tables opens its first table and says so in the source name.
 */
export function openText(text: string, source: string): Opened {
  const parsed = parseModelText(text);
  if (parsed.ok) return { ok: true, model: parsed.model, source };
  if (!looksLikeNoSqlWorkbench(text)) return { ok: false, problems: parsed.problems.filter((p) => p.severity === "error") };
  let imported = importNoSqlWorkbench(text);
  let note = "";
  const tables = imported.ok ? undefined : imported.tables;
  if (tables && tables.length > 1 && tables[0] !== undefined) {
    imported = importNoSqlWorkbench(text, { table: tables[0] });
    note = ` (table ${tables[0]}, the first of ${tables.length})`;
  }
  if (!imported.ok) return { ok: false, problems: imported.problems };
  return { ok: true, model: imported.model, source: `${source}, NoSQL Workbench${note}` };
}

function looksLikeNoSqlWorkbench(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null && "DataModel" in value && "ModelName" in value;
  } catch {
    return false;
  }
}
