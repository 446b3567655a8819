/* eslint-disable no-restricted-imports -- a test helper: it writes generated code to a temp folder, compiles and loads it */
/**
 * Tests run what the exporters generate: this writes files into a temp folder that sees
 * the project's node_modules, type-checks them with the project's tsc in strict mode, and
 * bundles a module with esbuild so a test can import it.
 */
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";

const root = join(__dirname, "..", "..", "..");

/** A fresh folder whose node_modules is the project's. */
export function workspace(prefix = "tablewright-export-"): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  symlinkSync(join(root, "node_modules"), join(dir, "node_modules"), "dir");
  return dir;
}

export function writeFiles(dir: string, files: ReadonlyArray<{ path: string; content: string }>): void {
  for (const f of files) {
    const path = join(dir, f.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, f.content);
  }
}

/**
 * `tsc --strict --noEmit` over the given files (relative to dir). Resolves to tsc's output:
 * empty when everything type-checks.
 */
export function typecheck(dir: string, files: string[], extra: Record<string, unknown> = {}): Promise<string> {
  const config = {
    compilerOptions: {
      target: "ES2022", module: "ES2022", moduleResolution: "bundler", strict: true, noEmit: true,
      skipLibCheck: true, lib: ["ES2022"], types: ["node"], noUncheckedIndexedAccess: true, ...extra,
    },
    files,
  };
  writeFileSync(join(dir, "tsconfig.json"), JSON.stringify(config, null, 2));
  return new Promise((resolve) => {
    execFile(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", dir], { cwd: dir, timeout: 300_000 }, (_error, stdout, stderr) => {
      resolve(`${stdout}${stderr}`.trim());
    });
  });
}

/** Bundles `entry` (packages stay external, resolved from the project) and imports it. */
export async function load<T = Record<string, unknown>>(dir: string, entry: string): Promise<T> {
  const outfile = join(dir, `${entry.replace(/[^A-Za-z0-9]/g, "_")}.mjs`);
  await build({ entryPoints: [join(dir, entry)], bundle: true, platform: "node", format: "esm", packages: "external", outfile, logLevel: "error" });
  return (await import(pathToFileURL(outfile).href)) as T;
}
