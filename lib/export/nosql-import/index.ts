/**
 * importNoSqlWorkbench: a NoSQL Workbench data model (text or parsed JSON, untrusted) as a
 * model of this format. A file with several tables needs the table's name; without it the
 * result lists the names. Never throws: every failure is a problem naming its JSON path.
 */
import type { Model, Problem } from "../../model";
import { buildModel } from "./build";
import { readSource } from "./source";

export type ImportResult =
  | { ok: true; model: Model; table: string; notes: string[] }
  /** `tables`: the file's table names when the choice of table is what went wrong. */
  | { ok: false; problems: Problem[]; tables?: string[] };

export interface ImportOptions {
  table?: string;
}

export function importNoSqlWorkbench(input: unknown, options: ImportOptions = {}): ImportResult {
  try {
    let value = input;
    if (typeof input === "string") {
      try {
        value = JSON.parse(input);
      } catch (error) {
        return { ok: false, problems: [{ path: "", severity: "error", message: `not JSON: ${(error as Error).message}` }] };
      }
    }
    const { source, problems } = readSource(value);
    if (!source) return { ok: false, problems };
    const names = source.tables.map((t) => t.name);
    if (options.table === undefined && names.length > 1) {
      return { ok: false, tables: names, problems: [{ path: "DataModel", severity: "error", message: `the file holds ${names.length} tables (${names.join(", ")}): choose one` }] };
    }
    const table = options.table === undefined ? source.tables[0] : source.tables.find((t) => t.name === options.table);
    if (!table) {
      return { ok: false, tables: names, problems: [{ path: "DataModel", severity: "error", message: `no table named ${JSON.stringify(options.table ?? "")}; the file holds ${names.join(", ") || "none"}` }] };
    }
    const built = buildModel(source, table);
    return built.ok ? { ok: true, model: built.model, table: table.name, notes: built.notes } : { ok: false, problems: built.problems };
  } catch (error) {
    // A bug of ours, reported as a problem rather than thrown at the caller.
    return { ok: false, problems: [{ path: "", severity: "error", message: `internal error while importing: ${error instanceof Error ? error.message : String(error)}` }] };
  }
}
