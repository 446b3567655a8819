/** Write scenarios on the simulator: they hold for the examples' designs, and break when a design drops a condition. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { designModel, type Design } from "@/lib/design";
import { parseModelText, type Model } from "@/lib/model";
import { newMemoryTarget } from "./memory";
import { verifyModel } from "./verify/run";

function example(name: string): Model {
  const parsed = parseModelText(readFileSync(join(__dirname, "..", "..", "public", "examples", name), "utf8"));
  if (!parsed.ok) throw new Error(`${name} is invalid`);
  return parsed.model;
}

/** The design with one pattern's condition taken away (its requests then carry none). */
function withoutCondition(design: Design, id: string): Design {
  return { ...design, accessPatterns: design.accessPatterns.map((p) => (p.id === id ? { ...p, pattern: { ...p.pattern, condition: undefined } } : p)) };
}

describe("write scenarios", () => {
  const model = example("multi-tenant-payments.json");

  it("duplicate-create and unique-race hold for the payments design", async () => {
    const report = await verifyModel({ model, target: newMemoryTarget(), items: 300, seed: 2 });
    const scenarios = report.writes.map((w) => `${w.id}:${w.scenario}${w.attribute ? `:${w.attribute}` : ""}`);
    expect(scenarios).toEqual(expect.arrayContaining(["createPayment:duplicate-create", "createPayment:unique-race:idempotencyKey", "createRefund:duplicate-create"]));
    for (const w of report.writes) expect(w, JSON.stringify(w.problems)).toMatchObject({ invariantHeld: true });
    expect(report.writes.find((w) => w.scenario === "unique-race")).toMatchObject({ attempts: 6, succeeded: 1 });
  });

  it("a design whose create has no condition breaks duplicate-create", async () => {
    const design = withoutCondition(designModel(model), "createRefund");
    const report = await verifyModel({ model, design, target: newMemoryTarget(), items: 300, seed: 2 });
    const w = report.writes.find((x) => x.id === "createRefund" && x.scenario === "duplicate-create");
    expect(w).toMatchObject({ invariantHeld: false, succeeded: 20 });
    expect(report.passed).toBe(false);
  });
});
