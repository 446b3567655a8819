import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { loadavg } from "node:os";
import { join } from "node:path";
import { chromium, type Page } from "playwright";
import { scaledModel } from "@/lib/design/testing/scale";
import { round } from "./measure";
import type { BenchEntry } from "./types";

const CHROMIUM = process.env["TABLEWRIGHT_CHROMIUM"] ?? "/usr/bin/chromium";
/** Repetitions (median of their p95s, spec/bench.md: at least 3) and keystrokes in each. */
const REPETITIONS = 3;
const KEYSTROKES = 40;
const WARM_UP = 10;
const GOAL_MS = 50;

/**
 * uiEditLatency: on the production build in headless Chromium, with a 200-pattern model
 * open, the p95 milliseconds from a keystroke in the access-pattern editor (a pattern's
 * name) to the updated Live design on screen. Measured inside the page: keydown (capture)
 * → the MutationObserver sees the Live design change → the next animation frame, when the
 * change is painted. Median of the repetitions' p95s.
 */
export async function uiEditLatency(): Promise<BenchEntry> {
  const field = "uiEditLatency";
  const goal = `p95 ≤ ${GOAL_MS} ms`;
  if (!existsSync(CHROMIUM)) return { field, value: null, goal, met: null, detail: "", skipped: `no Chromium at ${CHROMIUM}` };
  const port = await freePort();
  const server = startServer(port);
  try {
    await waitForServer(port, server);
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
      const model = scaledModel(200, 40, 1);
      await openModel(page, `http://127.0.0.1:${port}/`, model);
      const name = page.getByRole("textbox", { name: "Name of access pattern p0" });
      await name.click();
      await name.press("End");
      await installProbe(page);
      await typeKeys(page, WARM_UP);
      const p95s: number[] = [];
      const p50s: number[] = [];
      for (let r = 0; r < REPETITIONS; r++) {
        const latencies = await typeKeys(page, KEYSTROKES);
        p95s.push(percentile(latencies, 0.95));
        p50s.push(percentile(latencies, 0.5));
      }
      const p95 = median(p95s);
      const p50 = median(p50s);
      return {
        field,
        value: { p95: round(p95, 1), p50: round(p50, 1) },
        goal,
        met: p95 <= GOAL_MS,
        // The load average says how much else ran: this is an absolute time on a shared machine.
        detail: `${model.accessPatterns.length} patterns, ${REPETITIONS}×${KEYSTROKES} keystrokes after ${WARM_UP} warm-up, p95s ${p95s.map((x) => round(x, 1)).join("/")} ms, load average ${round(loadavg()[0] ?? 0, 1)}`,
      };
    } finally {
      await browser.close();
    }
  } finally {
    await stopServer(server);
  }
}

/** Put the model in the workbench's stored document (as a reload would find it) and open the Model tab. */
async function openModel(page: Page, url: string, model: unknown): Promise<void> {
  await page.goto(url);
  await page.evaluate((doc) => localStorage.setItem("tablewright.document", doc), JSON.stringify({ state: { model, source: "bench", draft: null }, version: 2 }));
  await page.reload();
  await page.getByRole("region", { name: "Live design" }).locator("li").nth(199).waitFor({ timeout: 120_000 });
}

async function installProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __latencies: number[] };
    w.__latencies = [];
    let start: number | null = null;
    document.addEventListener("keydown", () => (start = performance.now()), { capture: true });
    const live = document.querySelector('section[aria-label="Live design"] ol');
    if (!live) throw new Error("no Live design list");
    new MutationObserver(() => {
      if (start === null) return;
      const s = start;
      start = null;
      requestAnimationFrame(() => w.__latencies.push(performance.now() - s));
    }).observe(live, { subtree: true, childList: true, characterData: true });
  });
}

/** Type `count` keys (letters, then as many Backspaces) one at a time, each waiting for its update; returns the latencies. */
async function typeKeys(page: Page, count: number): Promise<number[]> {
  const before = await page.evaluate(() => (window as unknown as { __latencies: number[] }).__latencies.length);
  for (let i = 0; i < count; i++) {
    const key = i < count / 2 ? String.fromCharCode(97 + (i % 26)) : "Backspace";
    await page.keyboard.press(key);
    await page.waitForFunction((n) => (window as unknown as { __latencies: number[] }).__latencies.length >= n, before + i + 1, { timeout: 30_000 });
  }
  return page.evaluate((n) => (window as unknown as { __latencies: number[] }).__latencies.slice(n), before);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] as number;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const address = s.address();
      const port = typeof address === "object" && address ? address.port : 0;
      s.close(() => resolve(port));
    });
  });
}

/** The production server as `npm start` runs it (it builds first when the build is stale). */
function startServer(port: number): ChildProcess {
  return spawn(process.execPath, [join(process.cwd(), "bin", "start.mjs")], {
    cwd: process.cwd(),
    env: { ...process.env, PORT: String(port), HOSTNAME_BIND: "127.0.0.1", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
}

async function waitForServer(port: number, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 600_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the workbench server exited with code ${server.exitCode}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("the workbench server did not start within 10 minutes");
}

function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    server.once("exit", () => resolve());
    server.kill("SIGTERM");
  });
}
