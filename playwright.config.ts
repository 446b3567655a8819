import { defineConfig } from "@playwright/test";

// Debian's Chromium: Playwright's own browser download cannot run on these machines.
const executablePath = process.env.TABLEWRIGHT_CHROMIUM ?? "/usr/bin/chromium";
const port = Number(process.env.E2E_PORT ?? 3107);

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [["list"], ["json"]] : [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "off",
    launchOptions: {
      executablePath,
      // Root in a sandbox-less container, and a closed network: without these flags
      // Chromium tries Google's hosts at every start.
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  webServer: {
    // The production build (bin/e2e.mjs builds it first when it is stale).
    command: "node bin/start.mjs",
    env: { PORT: String(port), HOSTNAME_BIND: "127.0.0.1" },
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
    timeout: 180_000,
  },
});
