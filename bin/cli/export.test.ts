import { execFile, execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parseModelText } from "@/lib/model";

// The real commands, as a user or CI script runs them: a child process, real files.
const root = join(__dirname, "..", "..");
const cli = join(root, "bin", "tablewright");
const fixtures = join(root, "..", "shared", "fixtures", "nosql-workbench");
const example = join(root, "public", "examples", "multi-tenant-payments.json");
const NO_STACK = /\n\s+at .+:\d+:\d+/;

function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [cli, ...args], { cwd: root, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

const dir = mkdtempSync(join(tmpdir(), "tablewright-export-cli-"));

describe("tablewright export", () => {
  beforeAll(async () => {
    await run("--version"); // the first run bundles the CLI
  }, 120_000);

  const characteristic: Record<string, RegExp> = {
    typescript: /export async function recentPayments\(/,
    cloudformation: /Type: "AWS::DynamoDB::GlobalTable"/,
    terraform: /resource "aws_dynamodb_table" "table"/,
    cdk: /new dynamodb\.TableV2\(this, "Table"/,
    iam: /"dynamodb:Query"/,
    "nosql-workbench": /"TableFacets"/,
    electrodb: /new Entity\(/,
    markdown: /^# Multi-tenant payments: key design/m,
  };
  for (const [format, pattern] of Object.entries(characteristic)) {
    it(`--format ${format} prints the export and exits 0`, async () => {
      const r = await run("export", example, "--format", format);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toMatch(pattern);
    }, 60_000);
  }

  it("writes a folder for a multi-file format and a file for a single-file one", async () => {
    const app = join(dir, "cdk-app");
    const r = await run("export", example, "--format", "cdk", "--out", app);
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(join(app, "lib"))).toEqual(["table-stack.ts"]);
    expect(existsSync(join(app, "bin", "app.ts"))).toBe(true);
    const ts = join(dir, "ts");
    expect((await run("export", example, "--format", "typescript", "--out", ts)).code).toBe(0);
    expect(readdirSync(ts).sort()).toEqual(["data-access.ts", "stream-consumer.ts"]);
    const policy = join(dir, "policy.json");
    expect((await run("export", example, "--format", "iam", "--tenant-isolation", "--out", policy)).code).toBe(0);
    expect(JSON.parse(readFileSync(policy, "utf8")).Statement[0].Condition).toBeDefined();
    const json = await run("export", example, "--format", "cloudformation", "--json");
    expect(JSON.parse(json.stdout).Resources.Table.Type).toBe("AWS::DynamoDB::GlobalTable");
  }, 120_000);

  it("--format all writes every format in its folder, or one zip when PATH ends in .zip", async () => {
    const all = join(dir, "all");
    const r = await run("export", example, "--format", "all", "--out", all);
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(all).sort()).toEqual(["cdk", "cloudformation", "electrodb", "iam", "markdown", "nosql-workbench", "terraform", "typescript"]);
    expect(readFileSync(join(all, "terraform", "main.tf"), "utf8")).toBe((await run("export", example, "--format", "terraform")).stdout);
    const archive = join(dir, "every-format.zip");
    const z = await run("export", example, "--format", "all", "--out", archive);
    expect(z.code, z.stderr).toBe(0);
    // An independent reader: Python's zipfile lists the same files with the same bytes.
    const listed = execFileSync("python3", ["-c", "import sys, zipfile, json; z = zipfile.ZipFile(sys.argv[1]); print(json.dumps({i.filename: z.read(i).decode() for i in z.infolist()}))", archive], { encoding: "utf8" });
    const files = JSON.parse(listed) as Record<string, string>;
    expect(files["cdk/lib/table-stack.ts"]).toBe(readFileSync(join(all, "cdk", "lib", "table-stack.ts"), "utf8"));
    expect(Object.keys(files).length).toBeGreaterThanOrEqual(12);
    const again = join(dir, "again.zip");
    expect((await run("export", example, "--format", "all", "--out", again)).code).toBe(0);
    expect(readFileSync(again).equals(readFileSync(archive))).toBe(true);
  }, 120_000);

  it("an unknown format exits 2 and lists the formats", async () => {
    const r = await run("export", example, "--format", "yaml");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("typescript, cloudformation, terraform, cdk, iam, nosql-workbench, electrodb, markdown");
    expect((await run("export", example)).code).toBe(2);
  });

  it("an invalid model exits 1 with its problems, no stack trace", async () => {
    const bad = join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify({ format: "tablewright.model/1", name: "x", entities: [] }));
    const r = await run("export", bad, "--format", "markdown");
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(bad);
    expect(r.stderr).not.toMatch(NO_STACK);
  });
});

describe("tablewright import", () => {
  it("turns every fixture into a valid model on stdout (every table of a multi-table file)", async () => {
    for (const f of readdirSync(fixtures).filter((x) => x.endsWith(".json")).sort()) {
      const path = join(fixtures, f);
      const tables = (JSON.parse(readFileSync(path, "utf8")) as { DataModel: Array<{ TableName: string }> }).DataModel.map((t) => t.TableName);
      if (tables.length > 1) {
        const r = await run("import", path, "--from", "nosql-workbench");
        expect(r.code).toBe(2);
        for (const t of tables) expect(r.stderr).toContain(t);
      }
      for (const t of tables) {
        const r = await run("import", path, "--from", "nosql-workbench", ...(tables.length > 1 ? ["--table", t] : []));
        expect(r.code, `${f} ${t}: ${r.stderr}`).toBe(0);
        const parsed = parseModelText(r.stdout);
        expect(parsed.ok ? [] : parsed.problems, f).toEqual([]);
      }
    }
  }, 300_000);

  it("export → import → export is stable", async () => {
    const first = join(dir, "first.json");
    expect((await run("export", example, "--format", "nosql-workbench", "--out", first)).code).toBe(0);
    const imported = await run("import", first, "--from", "nosql-workbench");
    expect(imported.code, imported.stderr).toBe(0);
    const model = join(dir, "imported.json");
    writeFileSync(model, imported.stdout);
    const second = await run("export", model, "--format", "nosql-workbench");
    expect(`${second.stdout}`).toBe(readFileSync(first, "utf8"));
  }, 120_000);

  it("a broken file exits 1 naming the JSON path; usage errors exit 2", async () => {
    const broken = join(dir, "broken.json");
    writeFileSync(broken, JSON.stringify({ ModelName: "x", DataModel: [{ TableName: "t", KeyAttributes: { PartitionKey: { AttributeName: "PK", AttributeType: "X" } } }] }));
    const r = await run("import", broken, "--from", "nosql-workbench");
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("DataModel[0].KeyAttributes.PartitionKey.AttributeType");
    expect(r.stderr).not.toMatch(NO_STACK);
    expect((await run("import", broken)).code).toBe(2);
    expect((await run("import", join(dir, "missing.json"), "--from", "nosql-workbench")).code).toBe(2);
  }, 60_000);
});
