import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { designModel } from "./design";
import { createDesignMemo, designModelMemo } from "./memo";
import { arbValidModel } from "../model/arbitrary";
import { addPattern, updatePattern } from "../model/edit";
import type { Model } from "../model";
import { scaledModel } from "./testing/scale";

const TIMEOUT = 120_000;

/** Node's deep equality (vitest's toStrictEqual compares an own "constructor" field by identity). */
function same(a: unknown, b: unknown): void {
  if (!isDeepStrictEqual(a, b)) expect(a).toEqual(b);
  expect(isDeepStrictEqual(a, b)).toBe(true);
}

/** Edits a user makes while the design follows: names (some reading like aggregations) and structural fields. */
const arbEdit = fc.oneof(
  fc.record({ field: fc.constant("name" as const), value: fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom("count of orders", "Totals", "avg score", "x")) }),
  fc.record({ field: fc.constant("rps" as const), value: fc.constantFrom(1, 7, 500, 2e4) }),
  fc.record({ field: fc.constant("limit" as const), value: fc.constantFrom(undefined, 1, 25, 10_000) }),
);

const withPattern = (m: Model): Model => (m.accessPatterns.length ? m : addPattern(m));

describe("designModelMemo", () => {
  it("deep-equals a fresh designModel over a sequence of edits, names and structural", () => {
    const cases = arbValidModel({ design: false }).map(withPattern).chain((model) =>
      fc.record({ model: fc.constant(model), edits: fc.array(fc.tuple(fc.nat({ max: model.accessPatterns.length - 1 }), arbEdit), { minLength: 1, maxLength: 6 }) }),
    );
    fc.assert(fc.property(cases, ({ model, edits }) => {
      const memo = createDesignMemo();
      let m = model;
      same(designModelMemo(m, memo), designModel(m));
      for (const [i, edit] of edits) {
        m = updatePattern(m, i, { [edit.field]: edit.value });
        same(designModelMemo(m, memo), designModel(m));
      }
    }), { numRuns: 60, endOnFailure: true });
  }, TIMEOUT);

  it("deep-equals designModel on pinned designs", () => {
    fc.assert(fc.property(arbValidModel({ design: true }).map(withPattern), fc.string({ maxLength: 12 }), (model, name) => {
      const memo = createDesignMemo();
      same(designModelMemo(model, memo), designModel(model));
      const renamed = updatePattern(model, 0, { name: `${name} count of` });
      same(designModelMemo(renamed, memo), designModel(renamed));
    }), { numRuns: 40, endOnFailure: true });
  }, TIMEOUT);

  it("does not run the engine again for a rename, and does for a structural edit", () => {
    const model = scaledModel(40, 8, 1);
    const memo = createDesignMemo();
    designModelMemo(model, memo);
    const core = memo.core;
    const renamed = designModelMemo(updatePattern(model, 0, { name: "the newest one" }), memo);
    expect(memo.core).toBe(core);
    expect(renamed.accessPatterns[0]?.name).toBe("the newest one");
    // A name that starts reading like an aggregation changes a finding: the engine runs.
    const q = model.accessPatterns.findIndex((p) => p.kind === "query");
    const counted = designModelMemo(updatePattern(model, q, { name: "number of orders" }), memo);
    expect(memo.core).not.toBe(core);
    expect(counted.findings.some((f) => f.code === "POOR_FIT" && f.message.includes('("number of orders")'))).toBe(true);
    designModelMemo(updatePattern(model, 0, { rps: 12345 }), memo);
    expect(memo.core).not.toBe(core);
  });
});
