import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { designKey, designModel } from "@/lib/design";
import { scaledModel } from "@/lib/design/testing/scale";
import { arbValidModel } from "@/lib/model/arbitrary";
import { addPattern, updatePattern } from "@/lib/model/edit";
import type { Model } from "@/lib/model";
import { liveSummary, relabelSummary } from "./liveRows";

const arbName = fc.oneof(fc.string({ minLength: 1, maxLength: 30 }), fc.constantFrom("count of orders", "Totals per day", "x"));

/**
 * What the worker would show for `after`, against the relabelled summary of `before`, when
 * the keys match (a rename that makes a name read like an aggregation, or stop reading like
 * one, changes the key: the POOR_FIT finding depends on it). Returns whether they matched.
 */
function check(before: Model, after: Model): boolean {
  if (designKey(after) !== designKey(before)) return false;
  const relabelled = relabelSummary(liveSummary(designModel(before)), after);
  const fresh = liveSummary(designModel(after));
  if (!isDeepStrictEqual(relabelled, fresh)) expect(relabelled).toEqual(fresh);
  return true;
}

describe("relabelSummary: a rename shown without re-running the engine", () => {
  it("equals the fresh Live design of the renamed model", () => {
    let matched = 0;
    fc.assert(
      fc.property(
        arbValidModel({ design: false }).map((m) => (m.accessPatterns.length ? m : addPattern(m))),
        fc.nat(),
        arbName,
        (model, at, name) => {
          const i = at % model.accessPatterns.length;
          if (check(model, updatePattern(model, i, { name }))) matched++;
        },
      ),
      { numRuns: 60, interruptAfterTimeLimit: 60_000 },
    );
    expect(matched).toBeGreaterThan(30);
  }, 120_000);

  it("keeps the rows it did not rename, so their lines are not re-rendered", () => {
    const model = scaledModel(40, 10, 1);
    const summary = liveSummary(designModel(model));
    const renamed = updatePattern(model, 3, { name: "renamed" });
    const relabelled = relabelSummary(summary, renamed);
    expect(relabelled.rows.filter((row, i) => row !== summary.rows[i]).map((r) => r.name)).toEqual(["renamed"]);
    expect(relabelSummary(summary, model)).toBe(summary);
  });

  it("a structural edit changes the key, so the worker computes it", () => {
    const model = scaledModel(40, 10, 1);
    expect(designKey(updatePattern(model, 0, { rps: 12345 }))).not.toBe(designKey(model));
  });
});
