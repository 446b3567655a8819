#!/usr/bin/env node
// `npm run bench` (spec/bench.md): ratios measured side by side; `-- --json` ends with one JSON line.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadBundled } from "./bundle.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { main } = await loadBundled(root, "bin/bench/main.ts", ["bin/bench", "lib"]);
process.exitCode = await main(process.argv.slice(2));
