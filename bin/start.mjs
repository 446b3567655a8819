#!/usr/bin/env node
// `npm start`: serve the production build at http://localhost:${PORT:-3000}.
// It works right after `npm ci`: when there is no build, or a source file is newer
// than the build, it runs `next build` first.
import { spawnSync, spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const next = join(root, "node_modules", "next", "dist", "bin", "next");
const buildId = join(root, ".next", "BUILD_ID");
const inputs = ["app", "components", "lib", "public", "next.config.js", "package.json", "package-lock.json", "tsconfig.json"];

function newest(path) {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  let time = stat.mtimeMs;
  for (const entry of readdirSync(path)) time = Math.max(time, newest(join(path, entry)));
  return time;
}

export function buildIsStale() {
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  return inputs.some((input) => newest(join(root, input)) > built);
}

function build() {
  console.log("tablewright: building the workbench (next build)…");
  const result = spawnSync(process.execPath, [next, "build"], { cwd: root, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes("--build-only")) {
    if (buildIsStale()) build();
    process.exit(0);
  }
  if (buildIsStale()) build();
  const port = process.env.PORT ?? "3000";
  const hostname = process.env.HOSTNAME_BIND ?? "localhost";
  const server = spawn(process.execPath, [next, "start", "-p", port, "-H", hostname], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
}
