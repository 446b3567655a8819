import { parseArgs, UsageError } from "./args";
import { formatProblem } from "./problems";
import { readModelFile } from "./read-model";
import type { Io } from "./io";

export const VALIDATE_USAGE = "tablewright validate MODEL [--json]";

/** `validate MODEL`: prints `ok`, or every problem with its JSON path (exit 1). */
export async function validate(argv: string[], io: Io): Promise<number> {
  const args = parseArgs(argv, [], ["json"]);
  if (args.positionals.length !== 1) throw new UsageError(`expected one model file: ${VALIDATE_USAGE}`);
  const file = args.positionals[0] as string;
  const result = await readModelFile(file);
  const errors = result.problems.filter((p) => p.severity === "error");
  if (args.flags.has("json")) {
    io.out(JSON.stringify({ file, valid: result.ok, problems: result.problems }));
  } else if (result.ok) {
    for (const p of result.problems) io.err(`${p.severity}: ${formatProblem(file, p)}`);
    io.out("ok");
  } else {
    for (const p of errors) io.err(formatProblem(file, p));
  }
  return result.ok ? 0 : 1;
}
