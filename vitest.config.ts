import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL(".", import.meta.url)) } },
  test: {
    include: ["lib/**/*.test.ts", "bin/**/*.test.ts", "components/**/*.test.ts"],
    environment: "node",
    // Two cores on every machine here: more workers only add contention.
    maxWorkers: 2,
    // CLI tests spawn real processes and property tests run many cases: on a loaded
    // 2-core machine the default 5 s is too tight for a test that is not stuck.
    testTimeout: 30_000,
  },
});
