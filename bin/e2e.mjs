#!/usr/bin/env node
// `npm run test:e2e`: build the production workbench when stale, then run Playwright
// against it in Debian's Chromium.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const chromium = process.env.TABLEWRIGHT_CHROMIUM ?? "/usr/bin/chromium";
if (!existsSync(chromium)) {
  console.error(`e2e: no Chromium at ${chromium}; install it (apt-get install -y chromium) or set TABLEWRIGHT_CHROMIUM`);
  process.exit(2);
}
const run = (args) => spawnSync(process.execPath, args, { cwd: root, stdio: "inherit" }).status ?? 1;
const built = run([join(root, "bin", "start.mjs"), "--build-only"]);
if (built !== 0) process.exit(built);
process.exit(run([join(root, "node_modules", "@playwright", "test", "cli.js"), "test", ...process.argv.slice(2)]));
