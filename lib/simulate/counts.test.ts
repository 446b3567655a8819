import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { entityCount, type Model } from "../model";
import { paymentsModel } from "../model/testing/payments";
import { allocateCounts } from "./counts";

function withCounts(counts: Array<number | undefined>): Model {
  const model = paymentsModel();
  model.entities = counts.map((count, i) => ({
    name: `E${i}`, key: ["id"], attributes: [{ name: "id", type: "string" }], ...(count === undefined ? {} : { count }),
  }));
  return model;
}

const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

describe("allocateCounts", () => {
  it("splits the total in proportion to count (payments: 2,000 tenants, 4,000,000 payments)", () => {
    expect(allocateCounts(paymentsModel(), 10_000)).toEqual({ Tenant: 5, Payment: 9995 });
    expect(allocateCounts(paymentsModel(), 1_000_000)).toEqual({ Tenant: 500, Payment: 999_500 });
  });

  it("gives every entity at least one item, even below the number of entities", () => {
    expect(allocateCounts(paymentsModel(), 100)).toEqual({ Tenant: 1, Payment: 99 });
    expect(allocateCounts(paymentsModel(), 1)).toEqual({ Tenant: 1, Payment: 1 });
    expect(allocateCounts(paymentsModel(), 0)).toEqual({ Tenant: 1, Payment: 1 });
  });

  it("uses the default count (1,000) for entities without one, and gives ties to the entity declared first", () => {
    expect(allocateCounts(withCounts([undefined, 1000, 1000]), 10)).toEqual({ E0: 4, E1: 3, E2: 3 });
  });

  it("is exact, proportional within one item, and at least one each (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: 1, max: 1_000_000_000_000 }), { nil: undefined }), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 0, max: 5_000_000 }),
        (counts, total) => {
          const model = withCounts(counts);
          const result = allocateCounts(model, total);
          const n = model.entities.length;
          expect(sum(result)).toBe(Math.max(total, n));
          const weights = model.entities.map(entityCount);
          const weightSum = weights.reduce((a, b) => a + b, 0);
          const quotas = weights.map((w) => (total * w) / weightSum);
          if (quotas.every((q) => q >= 1)) {
            // Largest remainder: every entity gets its quota rounded down or up.
            model.entities.forEach((e, i) => expect(Math.abs((result[e.name] ?? 0) - (quotas[i] ?? 0))).toBeLessThan(1));
          }
          model.entities.forEach((e, i) => {
            const got = result[e.name] ?? 0;
            expect(got).toBeGreaterThanOrEqual(1);
            // Entities lifted to one item take a little from the others: at most one each.
            const quota = (total * (weights[i] ?? 0)) / weightSum;
            if (quota >= 1) expect(Math.abs(got - quota)).toBeLessThanOrEqual(n + 1);
            else expect(got).toBe(total >= n ? Math.max(1, got) : 1);
          });
        },
      ),
    );
  });
});
