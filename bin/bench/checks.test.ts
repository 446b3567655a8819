/**
 * The bench fails (non-zero exit) when its two sides disagree: these tests run the bench's
 * own comparison code on real data (the simulator standing in for DynamoDB Local) with one
 * item changed or dropped, and check that the difference reaches the exit code.
 */
import { describe, expect, it } from "vitest";
import { buildReadRequests } from "@/lib/design";
import { generateItems } from "@/lib/simulate";
import { physicalAttributes, physicalItems } from "@/lib/run/items";
import { loadItems } from "@/lib/run/loader";
import { newMemoryTarget } from "@/lib/run/memory";
import { createTableInput } from "@/lib/run/table";
import type { Target } from "@/lib/run/target";
import { readPhysical } from "@/lib/run/verify/execute";
import { compareLoads, type LoadSide } from "./load-check";
import { exitCode, jsonLine, machineInfo, tableText } from "./report";
import { firstDifference, runAll, setUp, type Setup } from "./simulator-vs-local";
import type { BenchEntry } from "./types";
import { benchModel } from "./with-local";

type Item = Record<string, unknown>;
const FILE = "ecommerce-orders.json";

async function loaded(s: Setup, physical: Item[]): Promise<Target> {
  const target = newMemoryTarget();
  await target.createTable(createTableInput(s.model, s.design, "bench-check"));
  await loadItems(target, "bench-check", physical);
  return target;
}

/** An entry as the bench builds it, with the mismatch the comparison found (if any). */
const entry = (field: string, mismatch: string | undefined): BenchEntry => ({
  field, value: { ratio: 200 }, goal: "≥ 100", met: true, detail: "", repetitions: 3, ...(mismatch ? { mismatch } : {}),
});

describe("simulatorVsLocal: results that differ fail the bench", () => {
  const s = setUp(FILE, 1500, 40);
  const physical = s.items.flatMap((x) => physicalItems(s.design, x));

  it("finds no difference between two sides holding the same items", async () => {
    const [a, b] = [await loaded(s, physical), await loaded(s, physical)];
    const [ra, rb] = [await runAll(a, s, "bench-check"), await runAll(b, s, "bench-check")];
    expect(ra.results).toHaveLength(40);
    expect(firstDifference(FILE, s, ra.results, rb.results)).toBeUndefined();
    expect(exitCode([entry("simulatorVsLocal", firstDifference(FILE, s, ra.results, rb.results))])).toBe(0);
  });

  it("names the first execution whose result differs when one side holds a changed item", async () => {
    const a = await loaded(s, physical);
    // An item that some execution returns: the first execution with a non-empty result.
    let returned: Item | undefined, at = -1;
    for (const [i, e] of s.list.entries()) {
      const read = await readPhysical(a, s.design, "bench-check", e.pattern, buildReadRequests(s.design, e.pattern, e.binding));
      if (read.physical.length) {
        returned = read.physical[0];
        at = i;
        break;
      }
    }
    expect(returned).toBeDefined();
    const pk = s.design.table.partitionKey.name, sk = s.design.table.sortKey?.name ?? "";
    const keys = physicalAttributes(s.design);
    const own = Object.keys(returned ?? {}).find((k) => typeof returned?.[k] === "string" && !keys.has(k));
    expect(own).toBeDefined();
    const changed = physical.map((x) => (x[pk] === returned?.[pk] && x[sk] === returned?.[sk] ? { ...x, [own as string]: `${String(x[own as string])} (changed)` } : x));
    const b = await loaded(s, changed);
    const [ra, rb] = [await runAll(a, s, "bench-check"), await runAll(b, s, "bench-check")];
    const difference = firstDifference(FILE, s, ra.results, rb.results);
    expect(difference).toMatch(new RegExp(`^${FILE}: execution \\d+ \\(.+\\) differs between DynamoDB Local and the simulator$`));
    expect(Number(/execution (\d+)/.exec(difference ?? "")?.[1])).toBe(at + 1);
    const results = [entry("simulatorVsLocal", difference)];
    expect(exitCode(results)).toBe(1);
    expect(JSON.parse(jsonLine(results, machineInfo())).simulatorVsLocal.mismatch).toBe(difference);
    expect(tableText(results, machineInfo())).toContain("MISMATCH");
  });

  it("counts a side that returned fewer results as different", () => {
    expect(firstDifference(FILE, s, ["a", "b"], ["a"])).toContain("execution 2");
  });
});

describe("loaders: a dropped item fails the bench", () => {
  const { model, design } = benchModel();
  const items = [...generateItems(model, { items: 300, seed: 7 })].flatMap((x) => physicalItems(design, x));
  const input = createTableInput(model, design, "bench-load");
  const target = newMemoryTarget();

  /** The target as a buggy client would see it: the first request's first item is acknowledged but never written. */
  function dropping(inner: Target): Target {
    let dropped = false;
    return {
      ...inner,
      batchWrite: (request) => {
        const [table, writes = []] = Object.entries(request.RequestItems ?? {})[0] ?? ["", []];
        if (dropped || writes.length < 2) return inner.batchWrite(request);
        dropped = true;
        return inner.batchWrite({ RequestItems: { [table]: writes.slice(1) } });
      },
    };
  }

  const honest: LoadSide = { name: "loader", load: (table) => loadItems(target, table, items) };

  it("reports nothing when every item arrives", async () => {
    const out = await compareLoads(target, input, items.length, [honest], 3);
    expect(out.lost).toEqual([]);
    expect(out.ms).toHaveLength(1);
    expect(exitCode([entry("loaderVsSequential", out.lost.join("; ") || undefined)])).toBe(0);
  });

  it("reports the table one item short when a load drops one silently", async () => {
    const buggy: LoadSide = { name: "loader", load: (table) => loadItems(dropping(target), table, items) };
    const out = await compareLoads(target, input, items.length, [honest, buggy], 3);
    // Every run of the buggy side (warm-up included), none of the honest one.
    expect(out.lost).toHaveLength(4);
    expect(out.lost[0]).toBe(`loader: the table holds ${items.length - 1} of ${items.length} items (warm-up)`);
    const results = [entry("loaderVsSequential", out.lost.join("; "))];
    expect(exitCode(results)).toBe(1);
    expect(JSON.parse(jsonLine(results, machineInfo())).loaderVsSequential.mismatch).toContain(`${items.length - 1} of ${items.length}`);
  });

  it("reports a load that gives up (items never accepted) instead of crashing", async () => {
    const refusing: Target = { ...target, batchWrite: (request) => Promise.resolve({ UnprocessedItems: request.RequestItems }) };
    const side: LoadSide = { name: "loader", load: (table) => loadItems(refusing, table, items, { maxAttempts: 2, sleep: () => Promise.resolve() }) };
    const out = await compareLoads(target, input, items.length, [side], 1);
    expect(out.lost).toHaveLength(2);
    expect(out.lost[1]).toMatch(/^loader: the load failed \(LoadError: .*not written after 2 attempts.*\); the table holds 0 of \d+ items$/);
  });
});
