/**
 * Property tests (fast-check) over random valid models: the engine never throws; every
 * pattern is served or explained; no two items share a table key; and for every served
 * read, the exact requests, evaluated with DynamoDB's semantics over adversarial items,
 * return exactly what the oracle of model-format.md returns, in its order. RUNS=3000 for
 * a longer search.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { designModel, designModelStrict, designToJson, toPinnedDesign } from ".";
import { parseModel } from "../model";
import { arbValidModel } from "../model/arbitrary";
import { arbModel } from "./testing/arb";
import { checkReads, physicalTable } from "./testing/check";
import { modelItems } from "./testing/items";
import type { Design, Item } from "./types";

const runs = Number(process.env["RUNS"] ?? 300);

function tableKey(d: Design, it: Item): string {
  const v = (k: string | undefined) => (k === undefined ? "" : JSON.stringify(it[k] instanceof Uint8Array ? [...(it[k] as Uint8Array)] : it[k]));
  return `${v(d.table.partitionKey.name)}|${v(d.table.sortKey?.name)}`;
}

describe("design engine properties", () => {
  it("never throws, and serves or explains every pattern", () => {
    fc.assert(fc.property(arbModel, (model) => {
      const d = designModelStrict(model);
      for (const p of d.accessPatterns) {
        if (p.served) continue;
        expect(p.explanation.length).toBeGreaterThan(10);
        expect(d.findings.some((f) => f.code === "UNSERVED" && f.accessPattern === p.id)).toBe(true);
      }
    }), { numRuns: runs, endOnFailure: true });
  }, 600_000);

  it("never gives two items, or an item and a uniqueness item, the same table key", () => {
    fc.assert(fc.property(arbModel, fc.nat(1000), (model, seed) => {
      const d = designModelStrict(model);
      const { table } = physicalTable(d, modelItems(model, 10, seed));
      const seen = new Set<string>();
      for (const it of table) {
        const k = tableKey(d, it);
        expect(seen.has(k), `duplicate table key ${k}`).toBe(false);
        seen.add(k);
      }
      expect(d.findings.filter((f) => f.code === "KEY_COLLISION")).toEqual([]);
    }), { numRuns: runs, endOnFailure: true });
  }, 600_000);

  it("returns exactly the oracle's result for every served read", () => {
    fc.assert(fc.property(arbModel, fc.nat(1000), (model, seed) => {
      const d = designModelStrict(model);
      const problem = checkReads(model, d, modelItems(model, 9, seed), 4, seed);
      expect(problem).toBeUndefined();
    }), { numRuns: runs, endOnFailure: true });
  }, 600_000);

  it("maps a pinned copy of its own proposal to the same operations", () => {
    fc.assert(fc.property(arbModel, (model) => {
      const d = designModel(model);
      const parsed = parseModel(JSON.parse(JSON.stringify({ ...model, design: toPinnedDesign(d) })));
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) return;
      const again = designToJson(designModel(parsed.model)).accessPatterns;
      const differ = designToJson(d).accessPatterns.filter((p, i) => JSON.stringify(p) !== JSON.stringify(again[i])).map((p) => p.id);
      expect(differ).toEqual([]);
    }), { numRuns: Math.max(50, Math.floor(runs / 3)), endOnFailure: true });
  }, 600_000);
});

describe("design engine properties on lib/model's valid-model arbitrary", () => {
  it("never throws, serves or explains every pattern, and matches the oracle", () => {
    fc.assert(fc.property(arbValidModel({ design: false }), fc.nat(1000), (model, seed) => {
      const d = designModelStrict(model);
      for (const p of d.accessPatterns) {
        if (!p.served) expect(d.findings.some((f) => f.code === "UNSERVED" && f.accessPattern === p.id)).toBe(true);
      }
      expect(checkReads(model, d, modelItems(model, 8, seed), 3, seed)).toBeUndefined();
    }), { numRuns: runs, endOnFailure: true });
  }, 600_000);

  it("maps pinned designs (well-formed, often unserving) without throwing", () => {
    fc.assert(fc.property(arbValidModel({ design: true }), fc.nat(1000), (model, seed) => {
      const d = designModelStrict(model);
      expect(d.pinned).toBe(model.design !== undefined);
      expect(checkReads(model, d, modelItems(model, 8, seed), 3, seed)).toBeUndefined();
    }), { numRuns: runs, endOnFailure: true });
  }, 600_000);
});
