import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbValidModel } from "../model/arbitrary";
import { paymentsModel } from "../model/testing/payments";
import type { Model } from "../model";
import { canonical, type ListDiff } from "./changes";
import { diffReview, isEmptyReview, type ReviewDiff } from "./diff";
import { reviewSide } from "./side";

const review = (a: Model, b: Model) => diffReview(reviewSide(a), reviewSide(b));
const arbModel = arbValidModel({ maxEntities: 3, maxPatterns: 6 });
const runs = 25;

/** An independent statement of "equal on the compared fields": the projections the review reads. */
function compared(m: Model): string {
  const side = reviewSide(m);
  const { description, notes, table, name, entities, accessPatterns } = m;
  const d = side.design;
  return canonical({
    model: { name, description, notes, table, entities, accessPatterns },
    table: { ...d.table, indexes: d.table.indexes },
    uniqueness: d.uniqueness,
    templates: d.entityIndexes,
    operations: d.accessPatterns.map((o) => [o.id, o.served, o.operation, o.index, o.keyCondition, o.filter, o.scanIndexForward, o.consistentRead, o.shards, o.condition, o.updateExpression, o.techniques]),
    cost: side.cost,
  });
}

/** Small edits a reviewer would make, some of which change nothing compared. */
const arbEdit = fc.oneof(
  fc.constant((m: Model): Model => ({ ...m, notes: "looks fine" })),
  fc.constant((m: Model): Model => m),
  fc.constant((m: Model): Model => ({ ...m, accessPatterns: m.accessPatterns.slice(1) })),
  fc.constant((m: Model): Model => ({ ...m, accessPatterns: m.accessPatterns.map((p, i) => (i === 0 ? { ...p, notes: "why a GSI?" } : p)) })),
  fc.constant((m: Model): Model => ({ ...m, accessPatterns: m.accessPatterns.map((p) => ({ ...p, rps: (p.rps ?? 1) * 3 })) })),
  fc.constant((m: Model): Model => ({ ...m, entities: m.entities.map((e, i) => (i === 0 ? { ...e, count: (e.count ?? 1000) + 7 } : e)) })),
);

function swapped(d: ListDiff): ListDiff {
  return {
    added: d.removed, removed: d.added,
    changed: d.changed.map((c) => ({ key: c.key, changes: c.changes.map((f) => ({ field: f.field, before: f.after, after: f.before })) })),
  };
}
const sortDiff = (d: ListDiff) => ({ added: [...d.added].sort(), removed: [...d.removed].sort(), changed: [...d.changed].sort((x, y) => x.key.localeCompare(y.key)).map((c) => ({ key: c.key, changes: [...c.changes].sort((x, y) => x.field.localeCompare(y.field)) })) });

describe("diffReview properties", () => {
  it("a model against itself has no changes", () => {
    fc.assert(fc.property(arbModel, (m) => {
      expect(isEmptyReview(review(m, m))).toBe(true);
    }), { numRuns: runs, endOnFailure: true });
  });

  it("is empty exactly when the compared fields are equal", () => {
    fc.assert(fc.property(arbModel, arbEdit, (m, edit) => {
      const other = edit(m);
      expect(isEmptyReview(review(m, other))).toBe(compared(m) === compared(other));
    }), { numRuns: runs * 2, endOnFailure: true });
  });

  it("swapping the sides swaps added and removed, before and after", () => {
    fc.assert(fc.property(arbModel, fc.oneof(arbModel.map((b) => () => b), arbEdit.map((e) => e)), (a, make) => {
      const b = make(a);
      const ab = review(a, b), ba = review(b, a);
      for (const key of ["accessPatterns", "indexes", "keyTemplates", "operations"] as const) {
        expect(sortDiff(ba[key])).toEqual(sortDiff(swapped(ab[key])));
      }
      expect(sortDiff(ba.entities.entities)).toEqual(sortDiff(swapped(ab.entities.entities)));
      if (!("error" in ab.cost) && !("error" in ba.cost)) {
        expect(ba.cost.onDemand.before).toBe(ab.cost.onDemand.after);
        expect(ba.cost.onDemand.delta).toBeCloseTo(-ab.cost.onDemand.delta, 6);
      }
    }), { numRuns: runs, endOnFailure: true });
  });
});

describe("diffReview on the payments model", () => {
  const base = paymentsModel();

  it("reports a new access pattern, the index it needs and its operation", () => {
    const head: Model = {
      ...base,
      accessPatterns: [...base.accessPatterns, {
        id: "paymentsByStatus", name: "Payments of a status, newest first", kind: "query", entity: "Payment",
        where: { status: "eq" }, order: { by: "createdAt", dir: "desc" }, limit: 20, rps: 5,
      }],
    };
    const d: ReviewDiff = review(base, head);
    expect(d.accessPatterns.added).toEqual(["paymentsByStatus"]);
    expect(d.operations.added).toEqual(["paymentsByStatus"]);
    expect(d.indexes.added.length + d.indexes.changed.length).toBeGreaterThan(0);
    expect(d.keyTemplates.added.some((k) => k.startsWith("Payment on "))).toBe(true);
    expect(isEmptyReview(d)).toBe(false);
  });

  it("shows a reviewer's note as a change of the pattern's notes, and nothing else", () => {
    const head: Model = { ...base, accessPatterns: base.accessPatterns.map((p) => (p.id === "getTenant" ? { ...p, notes: "cache this" } : p)) };
    const d = review(base, head);
    expect(d.accessPatterns.changed).toEqual([{ key: "getTenant", changes: [{ field: "notes", before: undefined, after: "cache this" }] }]);
    expect(d.operations.changed).toEqual([]);
    expect(d.indexes).toEqual({ added: [], removed: [], changed: [] });
    expect("error" in d.cost ? null : d.cost.onDemand.delta).toBe(0);
  });

  it("prices a higher request rate as a positive monthly delta", () => {
    const head: Model = { ...base, accessPatterns: base.accessPatterns.map((p) => (p.id === "getPayment" ? { ...p, rps: 4000 } : p)) };
    const d = review(base, head);
    if ("error" in d.cost) throw new Error(d.cost.error);
    expect(d.cost.onDemand.delta).toBeGreaterThan(0);
    expect(d.cost.onDemand.after).toBeCloseTo(d.cost.onDemand.before + d.cost.onDemand.delta, 9);
    expect(d.accessPatterns.changed[0]?.changes).toEqual([{ field: "rps", before: 400, after: 4000 }]);
  });

  it("names changed attributes per entity, and removed entities", () => {
    const head: Model = {
      ...base,
      entities: base.entities.map((e) => (e.name === "Tenant" ? { ...e, attributes: e.attributes.map((a) => (a.name === "plan" ? { ...a, values: ["free", "pro"] } : a)) } : e)),
    };
    const d = review(base, head);
    expect(d.entities.attributes).toEqual([{ entity: "Tenant", diff: { added: [], removed: [], changed: [{ key: "plan", changes: [{ field: "values", before: ["free", "pro", "enterprise"], after: ["free", "pro"] }] }] } }]);
  });
});
