// Runs a TypeScript entry point of ours under Node 20, which cannot run TypeScript: the
// entry is bundled with esbuild into node_modules/.cache/tablewright and rebuilt only
// when a source file is newer than the bundle, so later starts skip the build.
import { existsSync, mkdirSync, readdirSync, renameSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";

function newestSourceTime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSourceTime(path));
    else if (/\.tsx?$/.test(entry.name) && !entry.name.includes(".test.")) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * @param {string} root the repository root
 * @param {string} entry the entry file, relative to root
 * @param {string[]} sourceDirs folders whose files the bundle depends on, relative to root
 * @returns {Promise<Record<string, unknown>>} the bundle's exports
 */
export async function loadBundled(root, entry, sourceDirs) {
  const name = entry.replace(/[\\/]/g, "_").replace(/\.tsx?$/, "");
  const bundle = join(root, "node_modules", ".cache", "tablewright", `${name}.mjs`);
  const built = existsSync(bundle) ? statSync(bundle).mtimeMs : -1;
  const newest = Math.max(...sourceDirs.map((d) => newestSourceTime(join(root, d))), statSync(join(root, "package.json")).mtimeMs);
  if (built < newest) {
    let esbuild;
    try {
      esbuild = await import("esbuild");
    } catch {
      process.stderr.write(`tablewright: dependencies are missing; run \`npm ci\` in ${root}\n`);
      process.exit(2);
    }
    mkdirSync(dirname(bundle), { recursive: true });
    // Write to a private file, then rename: two runs started at once never read half a bundle.
    const temporary = `${bundle}.${process.pid}.tmp`;
    await esbuild.build({
      entryPoints: [join(root, entry)],
      outfile: temporary,
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node20",
      // Packages load from node_modules; the AWS SDK in particular is large and only some commands need it.
      packages: "external",
      logLevel: "error",
    });
    renameSync(temporary, bundle);
  }
  return import(pathToFileURL(bundle).href);
}
