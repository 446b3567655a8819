import { randomBytes } from "node:crypto";
import { DumpWriter } from "@/lib/run/dump";
import { endpointClients, isLoopback } from "@/lib/run/endpoint";
import { JAVA_INSTALL_HINT, JavaMissingError, javaAvailable, localClients, startDynamoLocal, type DynamoLocal } from "@/lib/run/local";
import { newMemoryTarget } from "@/lib/run/memory";
import { localTarget, type Target } from "@/lib/run/target";
import { verifyModel, type VerifyReport } from "@/lib/run/verify/run";
import { parseArgs, UsageError } from "./args";
import type { Io } from "./io";
import { formatProblem } from "./problems";
import { readModelFile } from "./read-model";
import { humanVerify, verifyJson } from "./verify-output";

export const VERIFY_USAGE = "tablewright verify MODEL [--target memory|local] [--endpoint URL --region R] [--items N] [--seed S] [--json] [--dump DIR]";


interface Setup {
  target: Target;
  tableName?: string;
  /** Stops what the setup started (DynamoDB Local, clients); safe to call twice. */
  close: () => Promise<void>;
}

/** A table name of our own on a shared endpoint: `tablewright-verify-<seed>-<random>`, only [a-zA-Z0-9_.-]. */
export function endpointTableName(seed: string): string {
  const safe = seed.replace(/[^a-zA-Z0-9_.-]/g, "-").slice(0, 200);
  return `tablewright-verify-${safe}-${randomBytes(4).toString("hex")}`;
}

function parseItems(text: string | undefined): number {
  if (text === undefined) return 10_000;
  const n = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(n) || n < 1) throw new UsageError(`--items needs a whole number >= 1, got ${text}`);
  return n;
}

/** `--seed 1` prints as 1, as spec/cli.md shows it; any other text stays text (the same seed either way). */
function parseSeed(text: string | undefined): string | number {
  if (text === undefined) return 1;
  return /^(0|[1-9]\d{0,14})$/.test(text) ? Number(text) : text;
}

async function setUp(kind: string, endpoint: string | undefined, region: string | undefined, seed: string | number, io: Io): Promise<Setup | number> {
  if (kind === "memory") return { target: newMemoryTarget(), close: async () => {} };
  if (kind === "endpoint" && endpoint) {
    const { client, doc } = endpointClients(endpoint, region ?? "us-east-1");
    return { target: localTarget(doc, "endpoint"), tableName: endpointTableName(String(seed)), close: async () => client.destroy() };
  }
  const java = await javaAvailable();
  if (java !== true) {
    io.err(`tablewright verify: DynamoDB Local needs Java 17 or newer (${java}); install it with \`${JAVA_INSTALL_HINT}\`, or run with --target memory`);
    return 2;
  }
  let local: DynamoLocal;
  try {
    local = await startDynamoLocal();
  } catch (error) {
    if (!(error instanceof JavaMissingError)) throw error;
    io.err(`tablewright verify: ${error.message}`);
    return 2;
  }
  const { client, doc } = localClients(local.endpoint);
  return { target: localTarget(doc), close: async () => { client.destroy(); await local.stop(); } };
}

/**
 * `verify MODEL`: creates the table, loads seeded sample data, runs every read pattern on
 * several bindings against the oracle, runs the write scenarios. Exit 0 only if all hold;
 * 1 if a check failed or the model is invalid; 2 for wrong usage or a missing Java.
 */
export async function verify(argv: string[], io: Io): Promise<number> {
  const args = parseArgs(argv, ["target", "endpoint", "region", "items", "seed", "dump"], ["json"]);
  if (args.positionals.length !== 1) throw new UsageError(`expected one model file: ${VERIFY_USAGE}`);
  const get = (name: string) => { const v = args.flags.get(name); return typeof v === "string" ? v : undefined; };
  const endpoint = get("endpoint"), region = get("region");
  const targetFlag = get("target");
  if (targetFlag !== undefined && targetFlag !== "memory" && targetFlag !== "local") throw new UsageError(`--target is memory or local, got ${targetFlag}`);
  if (endpoint !== undefined && targetFlag !== undefined) throw new UsageError("--endpoint names the target itself: leave out --target");
  if (region !== undefined && endpoint === undefined) throw new UsageError("--region goes with --endpoint");
  if (endpoint !== undefined) {
    if (!/^https?:\/\/[^/]/.test(endpoint)) throw new UsageError(`--endpoint needs a URL such as http://127.0.0.1:8000, got ${endpoint}`);
    if (region === undefined && !isLoopback(endpoint)) throw new UsageError("--endpoint needs --region (the endpoint's AWS Region)");
  }
  const items = parseItems(get("items"));
  const seed = parseSeed(get("seed"));
  const file = args.positionals[0] as string;
  const parsed = await readModelFile(file);
  if (!parsed.ok) {
    for (const p of parsed.problems.filter((p) => p.severity === "error")) io.err(formatProblem(file, p));
    return 1;
  }
  // The project runs on Node 20 (package.json engines); the SDK's notice about its future
  // Node 22 requirement is not about the user's input and would read as a problem.
  process.env["AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED"] ??= "true";
  const kind = endpoint !== undefined ? "endpoint" : (targetFlag ?? "local");
  const setup = await setUp(kind, endpoint, region, seed, io);
  if (typeof setup === "number") return setup;
  const json = args.flags.has("json");
  const dumpDir = get("dump");
  // CTRL-C: delete our table on a shared endpoint and stop DynamoDB Local before leaving.
  const interrupted = async (signal: NodeJS.Signals) => {
    io.err(`tablewright verify: ${signal}: cleaning up`);
    if (setup.tableName) await setup.target.deleteTable({ TableName: setup.tableName }).catch(() => {});
    await setup.close().catch(() => {});
    process.exit(130);
  };
  process.once("SIGINT", interrupted);
  process.once("SIGTERM", interrupted);
  let report: VerifyReport;
  try {
    report = await verifyModel({
      model: parsed.model, target: setup.target, items, seed, ...(setup.tableName ? { tableName: setup.tableName } : {}),
      ...(dumpDir ? { dump: new DumpWriter(dumpDir) } : {}),
      onPhase: json ? undefined : (m) => io.err(`verify: ${m}`),
    });
  } finally {
    process.off("SIGINT", interrupted);
    process.off("SIGTERM", interrupted);
    await setup.close();
  }
  io.out(json ? JSON.stringify(verifyJson(report), null, 2) : humanVerify(report));
  return report.passed ? 0 : 1;
}
