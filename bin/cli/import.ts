import { readFile, stat } from "node:fs/promises";
import { importNoSqlWorkbench } from "@/lib/export";
import { serializeModel } from "@/lib/model";
import { parseArgs, UsageError } from "./args";
import type { Io } from "./io";
import { formatProblem } from "./problems";

export const IMPORT_USAGE = "tablewright import FILE --from nosql-workbench [--table NAME]";

/** A NoSQL Workbench file of a real project is a few MB at most; refuse what cannot be one. */
const MAX_BYTES = 64 * 1024 * 1024;

/**
 * `import FILE --from nosql-workbench [--table NAME]`: the model on stdout. A file with
 * several tables needs --table; without it (or with an unknown name) exit 2, listing them.
 */
export async function importCommand(argv: string[], io: Io): Promise<number> {
  const args = parseArgs(argv, ["from", "table"], []);
  if (args.positionals.length !== 1) throw new UsageError(`expected one file: ${IMPORT_USAGE}`);
  const from = args.flags.get("from");
  if (from !== "nosql-workbench") throw new UsageError(`--from is required and must be nosql-workbench (the only import format): ${IMPORT_USAGE}`);
  const file = args.positionals[0] as string;
  let text: string;
  try {
    if ((await stat(file)).size > MAX_BYTES) throw new UsageError(`${file} is larger than ${MAX_BYTES / 1024 / 1024} MB`);
    text = await readFile(file, "utf8");
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read ${file}: ${code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a folder" : String(code ?? error)}`);
  }
  const table = args.flags.get("table");
  const result = importNoSqlWorkbench(text, typeof table === "string" ? { table } : {});
  if (!result.ok) {
    if (result.tables) {
      io.err(`tablewright import: ${file} holds the tables ${result.tables.join(", ")}; ${typeof table === "string" ? `there is no table ${JSON.stringify(table)}` : "choose one with --table NAME"}`);
      return 2;
    }
    for (const p of result.problems) io.err(formatProblem(file, p));
    return 1;
  }
  for (const note of result.notes) io.err(`tablewright import: note: ${note}`);
  io.out(serializeModel(result.model).replace(/\n$/, ""));
  return 0;
}
