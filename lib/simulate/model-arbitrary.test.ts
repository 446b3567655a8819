import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbValidModel } from "../model/arbitrary";
import { generateItems, type GeneratedItem } from "./generate";
import { sampleProblems, violations } from "./testing/invariants";

// The model package's own arbitrary of valid models (richer than testing/models.ts: unknown
// fields, patterns, more names), as a second source of models for the generator.
describe("generateItems on lib/model's valid-model arbitrary (property)", () => {
  it("holds every invariant", () => {
    fc.assert(
      fc.property(arbValidModel(), fc.integer({ min: 0, max: 120 }), fc.integer(), fc.boolean(), (model, items, seed, skewed) => {
        const generated: GeneratedItem[] = [...generateItems(model, { items, seed, distribution: skewed ? "skewed" : "uniform" })];
        expect(violations(model, generated)).toEqual([]);
        expect(sampleProblems(model, generated)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});
