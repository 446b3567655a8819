import { UsageError } from "./args";
import { processIo, type Io } from "./io";
import { validate, VALIDATE_USAGE } from "./validate";
import { design, DESIGN_USAGE } from "./design";

const VERSION = "0.1.0";

const HELP = `tablewright ${VERSION}: DynamoDB single-table design from the command line

Usage:
  ${VALIDATE_USAGE}
      Check a model file (format tablewright.model/1). Prints "ok", or one line
      per problem naming the file and the JSON path.
  ${DESIGN_USAGE}
      Propose the key design (or map the patterns onto a pinned one): the entity
      key templates and the operation that serves each access pattern. --json
      prints the full design; --strict exits 1 when a pattern is not served.

Exit codes: 0 success; 1 invalid input or a failed check; 2 wrong usage or a
missing dependency. The model format is described in docs/model-format.md.`;

/** Commands of spec/cli.md that later work adds; until then they say so, with exit 2. */
const PLANNED = new Set(["verify", "export", "import", "cost", "partitions"]);

type Command = (argv: string[], io: Io) => Promise<number>;
const COMMANDS = new Map<string, Command>([
  ["validate", validate],
  ["design", design],
]);

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "help" || name === "--help" || name === "-h") {
    io.out(HELP);
    return name === undefined ? 2 : 0;
  }
  if (name === "--version" || name === "-v") {
    io.out(VERSION);
    return 0;
  }
  const command = COMMANDS.get(name);
  if (!command) {
    io.err(
      PLANNED.has(name)
        ? `tablewright: '${name}' is not available in this version yet; see 'tablewright --help' for what is`
        : `tablewright: unknown command '${name}'; see 'tablewright --help'`,
    );
    return 2;
  }
  try {
    return await command(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`tablewright ${name}: ${error.message}`);
      return 2;
    }
    // A bug of ours: still one line, never a stack trace, and an exit code that fails CI.
    io.err(`tablewright ${name}: internal error: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
