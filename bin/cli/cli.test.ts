import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
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

  it("says plainly that commands of later work are not available yet", async () => {
    const result = await run("design", "public/examples/multi-tenant-payments.json");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("not available");
  });

  it("prints help and version", async () => {
    const help = await run("--help");
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("validate MODEL");
    expect((await run("--version")).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
