/** Bindings chosen from the sample data: real values, the largest group, an empty result. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseModelText, READ_KINDS, type Model } from "@/lib/model";
import { generateItems } from "@/lib/simulate";
import { bindingKey, chooseBindings, parametersOf } from "./verify/bindings";
import { oracle } from "./verify/oracle";
import { compareValues, ModelTypes, type EntityItem } from "./verify/values";

const examples = join(__dirname, "..", "..", "public", "examples");
const models: Array<[string, Model]> = readdirSync(examples).filter((f) => f.endsWith(".json") && f !== "index.json").map((f) => {
  const parsed = parseModelText(readFileSync(join(examples, f), "utf8"));
  if (!parsed.ok) throw new Error(`${f} is invalid`);
  return [f, parsed.model];
});

describe.each(models)("bindings for %s", (_file, model) => {
  const types = new ModelTypes(model);
  const items: EntityItem[] = [...generateItems(model, { items: 1500, seed: 7 })];
  const reads = model.accessPatterns.filter((p) => READ_KINDS.includes(p.kind));

  it("are the same for the same seed", () => {
    for (const p of reads) {
      const a = chooseBindings(types, p, items, 7).map((b) => bindingKey(types, p, b.binding));
      const b = chooseBindings(types, p, items, 7).map((b) => bindingKey(types, p, b.binding));
      expect(a).toEqual(b);
    }
  });

  it("sample and largest bindings select items, empty ones select none, and none repeats", () => {
    for (const p of reads) {
      const chosen = chooseBindings(types, p, items, 7);
      expect(chosen.length, p.id).toBeGreaterThan(0);
      expect(new Set(chosen.map((b) => bindingKey(types, p, b.binding))).size).toBe(chosen.length);
      const sizes = new Map(chosen.map((b) => [b, oracle(types, p, items, b.binding).length]));
      for (const b of chosen) {
        if (b.purpose === "sample" || b.purpose === "largest") expect(sizes.get(b), `${p.id} ${b.purpose}`).toBeGreaterThan(0);
        if (b.purpose === "empty") expect(sizes.get(b), `${p.id} empty`).toBe(0);
      }
      const largest = chosen.find((b) => b.purpose === "largest");
      for (const b of chosen) if (largest && b.purpose === "sample") expect(sizes.get(largest)).toBeGreaterThanOrEqual(sizes.get(b) ?? 0);
    }
  });

  it("give every run-time parameter a value of its type; between as [low, high] with low <= high", () => {
    for (const p of reads) {
      const params = parametersOf(p);
      const entity = Array.isArray(p.entity) ? (p.entity[0] ?? "") : p.entity;
      for (const { binding } of chooseBindings(types, p, items, 7)) {
        expect(Object.keys(binding).sort()).toEqual([...params.eq, ...(params.range ? [params.range.attribute] : [])].sort());
        if (params.range?.operator === "between") {
          const [low, high] = binding[params.range.attribute] as unknown[];
          expect(compareValues(types.typeOf(entity, params.range.attribute), low, high)).toBeLessThanOrEqual(0);
        }
      }
    }
  });
});

describe("bindings where the data allows", () => {
  it("include real values for every pattern with parameters of the payments example", () => {
    const [, model] = models.find(([f]) => f === "multi-tenant-payments.json") as [string, Model];
    const types = new ModelTypes(model);
    const items: EntityItem[] = [...generateItems(model, { items: 3000, seed: 1 })];
    const recent = model.accessPatterns.find((p) => p.id === "recentPayments");
    if (!recent) throw new Error("recentPayments is gone from the example");
    const chosen = chooseBindings(types, recent, items, 1);
    expect(chosen.map((b) => b.purpose)).toContain("sample");
    expect(chosen.map((b) => b.purpose)).toContain("largest");
    expect(chosen.map((b) => b.purpose)).toContain("empty");
    // The largest spans the whole partition: every Payment of that tenant.
    const largest = chosen.find((b) => b.purpose === "largest");
    const tenant = largest?.binding["tenantId"];
    expect(oracle(types, { ...recent, limit: undefined }, items, largest?.binding ?? {}).length).toBe(items.filter((x) => x.entity === "Payment" && x.item["tenantId"] === tenant).length);
  });
});
