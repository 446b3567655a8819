/**
 * `tablewright verify` as a user runs it: a child process, real files, DynamoDB Local.
 * Needs Java for the local and endpoint cases: without it they fail, they never skip.
 */
import { execFile, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CreateTableCommand, ListTablesCommand, type DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { PutCommand, ScanCommand, type DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { localClients, startDynamoLocal, type DynamoLocal } from "@/lib/run/local";

const root = join(__dirname, "..", "..");
const cli = join(root, "bin", "tablewright");
const payments = "public/examples/multi-tenant-payments.json";
const RECHECK = process.env["TABLEWRIGHT_RECHECK_DUMP"] ?? "/work/shared/tools/recheck-dump.py";

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [cli, ...args], { cwd: root, env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

beforeAll(async () => {
  await run(["--version"]); // bundles the CLI once, before the tests that race
}, 120_000);

describe("verify: usage", () => {
  it.each([
    [[], /expected one model file/],
    [[payments, "--target", "aws"], /--target is memory or local/],
    [[payments, "--endpoint", "localhost:8000", "--region", "r"], /needs a URL/],
    [[payments, "--region", "eu-west-1"], /--region goes with --endpoint/],
    [[payments, "--endpoint", "https://dynamodb.eu-west-1.amazonaws.com"], /needs --region/],
    [[payments, "--endpoint", "http://127.0.0.1:1", "--target", "local"], /leave out --target/],
    [[payments, "--items", "0"], /--items needs a whole number/],
    [[payments, "--bogus"], /unknown option --bogus/],
  ])("%j is a usage error: exit 2, one line", async (args, message) => {
    const result = await run(["verify", ...(args as string[])]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(message);
  });

  it("an invalid model exits 1, naming the file", async () => {
    const result = await run(["verify", "package.json", "--target", "memory"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("package.json");
  });

  it("without Java, --target local says how to install it and exits 2", async () => {
    const result = await run(["verify", payments], { ...process.env, PATH: "/nonexistent" });
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toContain("apt-get install -y openjdk-17-jre-headless");
  });
});

describe("verify on the simulator", () => {
  it("--json prints the spec's shape and exits 0", async () => {
    const result = await run(["verify", payments, "--target", "memory", "--items", "800", "--seed", "3", "--json"]);
    expect(result.code, result.stderr).toBe(0);
    const json = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(json).toMatchObject({ target: "memory", items: 800, seed: 3, passed: true });
    const patterns = json["accessPatterns"] as Array<Record<string, unknown>>;
    expect(patterns.map((p) => p["id"])).toContain("recentPayments");
    for (const p of patterns) {
      expect(Object.keys(p)).toEqual(expect.arrayContaining(["id", "bindings", "passed", "operation", "index", "pages", "consumedReadUnits", "resultDigest"]));
      expect(p["resultDigest"]).toMatch(/^[0-9a-f]{64}$/);
    }
    expect(json["writes"]).toEqual(expect.arrayContaining([
      expect.objectContaining({ id: "createPayment", scenario: "duplicate-create", attempts: 20, succeeded: 10, invariantHeld: true }),
      expect.objectContaining({ id: "createPayment", scenario: "unique-race", attribute: "idempotencyKey", attempts: 6, succeeded: 1, invariantHeld: true }),
      expect.objectContaining({ id: "settlePayment", scenario: "version-race", invariantHeld: true }),
      expect.objectContaining({ id: "debitBalance", scenario: "overdraw-race", attribute: "balance", invariantHeld: true }),
    ]));
  }, 120_000);

  it("prints a table per pattern and a final line; --dump writes files the independent oracle accepts", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tablewright-cli-dump-"));
    const result = await run(["verify", payments, "--target", "memory", "--items", "600", "--dump", dir]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/recentPayments\s+\d+\/\d+\s+ok\s+Query\s+GSI\d/);
    expect(result.stdout.trim().split("\n").pop()).toMatch(/^verify: ok: all \d+ read patterns/);
    expect(result.stdout).toMatch(/settlePayment\s+version-race\s+held\s+7\s+2/);
    expect(result.stdout).toContain("overdraw-race: concurrent debits never take the number below 0");
    expect(readFileSync(join(dir, "runs.jsonl"), "utf8").length).toBeGreaterThan(0);
    if (existsSync(RECHECK)) {
      const check = await new Promise<string>((resolve, reject) => execFile("python3", [RECHECK, join(root, payments), dir], (e, out) => (e ? reject(e) : resolve(out))));
      expect(check).toMatch(/^ok \d+ runs/);
    }
  }, 120_000);
});

describe("verify on DynamoDB Local", () => {
  let local: DynamoLocal;
  let client: DynamoDBClient;
  let doc: DynamoDBDocumentClient;
  beforeAll(async () => {
    local = await startDynamoLocal();
    ({ client, doc } = localClients(local.endpoint));
    // Somebody else's table on the same endpoint: verify must leave it alone.
    await client.send(new CreateTableCommand({
      TableName: "someone-elses", BillingMode: "PAY_PER_REQUEST",
      KeySchema: [{ AttributeName: "id", KeyType: "HASH" }], AttributeDefinitions: [{ AttributeName: "id", AttributeType: "S" }],
    }));
    await doc.send(new PutCommand({ TableName: "someone-elses", Item: { id: "keep-me" } }));
  }, 60_000);
  afterAll(async () => {
    client?.destroy();
    await local?.stop();
  });

  const tables = async () => (await client.send(new ListTablesCommand({}))).TableNames ?? [];

  it("--endpoint creates its own table, deletes it afterwards, and touches no other", async () => {
    const result = await run(["verify", payments, "--endpoint", local.endpoint, "--region", "us-east-1", "--items", "400", "--json"]);
    expect(result.code, result.stderr).toBe(0);
    const json = JSON.parse(result.stdout) as { target: string; table: string; passed: boolean };
    expect(json.target).toBe("endpoint");
    expect(json.table).toMatch(/^tablewright-verify-1-[0-9a-f]{8}$/);
    expect(await tables()).toEqual(["someone-elses"]);
    expect((await doc.send(new ScanCommand({ TableName: "someone-elses" }))).Items).toEqual([{ id: "keep-me" }]);
  }, 120_000);

  it("CTRL-C during a run deletes the endpoint table and exits 130", async () => {
    const child = spawn(process.execPath, [cli, "verify", payments, "--endpoint", local.endpoint, "--region", "us-east-1", "--items", "20000"], { cwd: root });
    let stderr = "", sent = false;
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
      if (!sent && stderr.includes("verify: loading")) sent = child.kill("SIGINT"); // once: a second CTRL-C would skip the cleanup
    });
    const code = await new Promise<number | null>((resolve) => child.on("exit", (c) => resolve(c)));
    expect(code).toBe(130);
    expect(await tables()).toEqual(["someone-elses"]);
  }, 120_000);

  it("--target local (the default) starts its own DynamoDB Local, passes, and stops it", async () => {
    const result = await run(["verify", payments, "--items", "400", "--json"]);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ target: "local", items: 400, passed: true });
  }, 120_000);
});
