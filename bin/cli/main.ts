import { UsageError } from "./args";
import { processIo, type Io } from "./io";
import { validate, VALIDATE_USAGE } from "./validate";
import { design, DESIGN_USAGE } from "./design";
import { partitions, PARTITIONS_USAGE } from "./partitions";
import { cost, COST_USAGE } from "./cost";
import { verify, VERIFY_USAGE } from "./verify";
import { exportCommand, EXPORT_USAGE } from "./export";
import { importCommand, IMPORT_USAGE } from "./import";

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
  ${VERIFY_USAGE}
      Create the table, load seeded sample data, run every read pattern on several
      bindings and compare with the oracle, then run the write scenarios. Target:
      DynamoDB Local (default; needs Java 17), the in-memory simulator, or an
      --endpoint (a table tablewright-verify-<seed>-<random>, deleted afterwards).
  ${EXPORT_USAGE}
      Write code or infrastructure for the design: a TypeScript data-access module,
      CloudFormation (YAML, --json for JSON), Terraform, a CDK app, a least-privilege
      IAM policy (--tenant-isolation), NoSQL Workbench JSON, ElectroDB entities or a
      Markdown design doc. Without --out it prints; formats with several files (CDK,
      TypeScript with a stream consumer) take a folder as PATH.
  ${IMPORT_USAGE}
      Turn a NoSQL Workbench data model into a model of this format, on stdout:
      entities from facets, a type attribute or key prefixes; the key schema and
      GSIs as the pinned design; items as samples. Several tables need --table.
  ${PARTITIONS_USAGE}
      Load per table, index and key value against one partition's limits (3,000
      read units/s, 1,000 write units/s, 10 GB): hot keys, shard advice, the
      partition-count estimate and an illustrative placement. --scale multiplies
      every rps; --distribution skewed gives parents Zipf-skewed children.
  ${COST_USAGE}
      Monthly cost on-demand against provisioned (auto-scaling at target
      utilization U, default 0.7), the break-even, storage by table class, Global
      Tables, Streams, PITR and backups, with the dated unit prices (us-east-1).

Exit codes: 0 success; 1 invalid input or a failed check; 2 wrong usage or a
missing dependency. The model format is described in docs/model-format.md.`;

/** Commands of spec/cli.md that later work adds; until then they say so, with exit 2. */
const PLANNED = new Set<string>([]);

type Command = (argv: string[], io: Io) => Promise<number>;
const COMMANDS = new Map<string, Command>([
  ["validate", validate],
  ["design", design],
  ["partitions", partitions],
  ["cost", cost],
  ["verify", verify],
  ["export", exportCommand],
  ["import", importCommand],
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
