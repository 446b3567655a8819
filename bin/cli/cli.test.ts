import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

// The real command, as a user or CI script runs it: a child process, real files.
const root = join(__dirname, "..", "..");
const cli = join(root, "bin", "tablewright");

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [cli, ...args], { cwd: root }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

const dir = mkdtempSync(join(tmpdir(), "tablewright-cli-"));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const NO_STACK = /\n\s+at .+:\d+:\d+/;

describe("tablewright validate", () => {
  beforeAll(async () => {
    // The first run bundles the CLI; do it once, before the tests that race.
    await run("--version");
  }, 60_000);

  it("prints ok for a valid model and exits 0", async () => {
    const result = await run("validate", "public/examples/multi-tenant-payments.json");
    expect(result).toMatchObject({ code: 0, stdout: "ok\n" });
  });

  it("lists every problem with the file and JSON path and exits 1", async () => {
    const bad = file(
      "bad.json",
      JSON.stringify({
        format: "tablewright.model/1",
        name: "Bad",
        entities: [{ name: "order", key: ["id"], attributes: [{ name: "id", type: "strng" }] }],
        accessPatterns: [{ id: "a", name: "A", kind: "get", entity: "Order", where: { id: "eq" } }],
      }),
    );
    const result = await run("validate", bad);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    const lines = result.stderr.trim().split("\n");
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(line.startsWith(`${bad}`)).toBe(true);
    expect(result.stderr).toContain("entities[0].name:");
    expect(result.stderr).toContain("entities[0].attributes[0].type:");
    expect(result.stderr).toContain("accessPatterns[0].entity:");
    expect(result.stderr).not.toMatch(NO_STACK);
  });

  it("reports invalid JSON with line and column", async () => {
    const broken = file("broken.json", '{\n  "format": "tablewright.model/1",\n  "name": "x",,\n}');
    const result = await run("validate", broken);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`^${broken.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:3:\\d+: `));
    expect(result.stderr).not.toMatch(NO_STACK);
  });

  it("gives the problems as JSON with --json", async () => {
    const bad = file("bad2.json", JSON.stringify({ format: "tablewright.model/2", name: "x", entities: [] }));
    const result = await run("validate", bad, "--json");
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.valid).toBe(false);
    expect(report.problems.map((p: { path: string }) => p.path)).toEqual(expect.arrayContaining(["format", "entities"]));
  });

  it("exits 2 with one line when the file cannot be read", async () => {
    const result = await run("validate", join(dir, "missing.json"));
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toContain("no such file");
  });

  it("exits 2 on wrong usage", async () => {
    expect((await run()).code).toBe(2);
    expect((await run("validate")).code).toBe(2);
    expect((await run("validate", "a.json", "b.json")).code).toBe(2);
    const unknownOption = await run("validate", "public/examples/multi-tenant-payments.json", "--strict");
    expect(unknownOption.code).toBe(2);
    expect(unknownOption.stderr).toContain("unknown option --strict");
    expect((await run("frobnicate")).code).toBe(2);
  });

  it("a command used without its required option is a usage error (exit 2) that says how", async () => {
    const result = await run("import", "public/examples/multi-tenant-payments.json");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--from");
  });

  it("prints help and version", async () => {
    const help = await run("--help");
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("validate MODEL");
    expect((await run("--version")).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe("tablewright design", () => {
  it("prints the entity key table and the pattern → operation table", async () => {
    const result = await run("design", "public/examples/multi-tenant-payments.json");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Entity keys:");
    expect(result.stdout).toContain("Access patterns:");
    expect(result.stdout).toMatch(/getPayment\s+GetItem\s+table/);
    expect(result.stdout).toContain("All 20 access patterns are served.");
  });

  it("gives the design as JSON with the fields of the CLI contract", async () => {
    const result = await run("design", "public/examples/multi-tenant-payments.json", "--json");
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.table).toMatchObject({ name: "payments", partitionKey: "PK", sortKey: "SK" });
    for (const index of json.table.indexes) expect(index).toEqual(expect.objectContaining({ name: expect.any(String), type: expect.stringMatching(/^(global|local)$/), partitionKey: expect.any(String), projection: expect.anything() }));
    expect(Object.keys(json.entities)).toContain("Payment");
    const operations = new Set(["GetItem", "Query", "BatchGetItem", "Scan", "PutItem", "UpdateItem", "DeleteItem", "TransactWriteItems"]);
    for (const p of json.accessPatterns) {
      expect(p).toEqual(expect.objectContaining({ id: expect.any(String), served: true, shards: expect.any(Number), explanation: expect.any(String) }));
      expect(operations.has(p.operation)).toBe(true);
      expect("index" in p && "keyCondition" in p && "scanIndexForward" in p).toBe(true);
    }
    const create = json.accessPatterns.find((p: { id: string }) => p.id === "createPayment");
    expect(create).toMatchObject({ operation: "TransactWriteItems", condition: expect.stringContaining("attribute_not_exists") });
    for (const f of json.findings) expect(f).toEqual(expect.objectContaining({ code: expect.any(String), severity: expect.stringMatching(/^(error|warning|info)$/), message: expect.any(String) }));
  });

  it("reports a pattern a pinned layout cannot serve; --strict turns that into exit 1", async () => {
    const model = JSON.parse(readFileSync(join(root, "e2e", "fixtures", "library-model.json"), "utf8"));
    model.design = {
      table: { partitionKey: { name: "PK", type: "S" }, sortKey: { name: "SK", type: "S" } },
      entities: [
        { entity: "Member", keys: [{ index: null, partitionKey: "MEMBER#{memberId}", sortKey: "MEMBER#" }] },
        { entity: "Loan", keys: [{ index: null, partitionKey: "MEMBER#{memberId}", sortKey: "LOAN#{loanId}" }] },
      ],
    };
    const pinned = file("pinned.json", JSON.stringify(model));
    const lenient = await run("design", pinned);
    expect(lenient.code).toBe(0);
    expect(lenient.stdout).toMatch(/memberLoans\s+NOT SERVED/);
    const strict = await run("design", pinned, "--strict");
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain("memberLoans");
    expect(strict.stderr).not.toMatch(NO_STACK);
    expect((await run("design", "public/examples/multi-tenant-payments.json", "--strict")).code).toBe(0);
  });

  it("lists the problems of an invalid model and exits 1", async () => {
    const result = await run("design", "e2e/fixtures/bad-model.json");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("entities[0].name");
  });
});
