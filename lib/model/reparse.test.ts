import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbValidModel } from "./arbitrary";
import { addPattern, updatePattern } from "./edit";
import { parseModel, type ParseResult } from "./parse";
import { changedPattern, reparseModel, reparsePattern } from "./reparse";
import { OPERATORS, PATTERN_KINDS, type Model } from "./types";

const TIMEOUT = 120_000;

/** What the user can type into one pattern's fields: valid values, and many invalid ones. */
function arbPatch(model: Model): fc.Arbitrary<Record<string, unknown>> {
  const attributes = [...new Set(model.entities.flatMap((e) => e.attributes.map((a) => a.name))), "nope", "__proto__"];
  const entities = [...model.entities.map((e) => e.name), "Nope", ""];
  const condition = fc.oneof(
    fc.constantFrom<unknown>(...OPERATORS, "bogus", 3, null),
    fc.record({ eq: fc.oneof(fc.string(), fc.integer(), fc.boolean()) }),
    fc.constantFrom<unknown>({ between: [1, 2] }, { in: [] }, {}),
  );
  const where = fc.oneof(
    fc.dictionary(fc.constantFrom(...attributes), condition, { maxKeys: 4 }),
    fc.constantFrom<unknown>(null, "status", []),
  );
  const value = {
    name: fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom("", "x".repeat(201), "count of orders", "Sum of totals")),
    kind: fc.constantFrom<unknown>(...PATTERN_KINDS, "bogus", 1),
    entity: fc.oneof(fc.constantFrom<unknown>(...entities), fc.uniqueArray(fc.constantFrom(...entities), { maxLength: 3 }), fc.constant(7)),
    where,
    order: fc.oneof(fc.record({ by: fc.constantFrom(...attributes), dir: fc.constantFrom<unknown>("asc", "desc", "up") }), fc.constant<unknown>("x")),
    limit: fc.constantFrom<unknown>(1, 50, 0, 1.5, 10_000, 10_001, -3, "12a"),
    rps: fc.constantFrom<unknown>(1, 0.5, 0, -1, 1e9, "fast"),
    consistency: fc.constantFrom<unknown>("eventual", "strong", "weak"),
    set: fc.oneof(fc.uniqueArray(fc.constantFrom(...attributes), { maxLength: 3 }), fc.constant<unknown>("a")),
    add: fc.oneof(fc.uniqueArray(fc.constantFrom(...attributes), { maxLength: 3 }), fc.constant<unknown>([1])),
    condition: fc.constantFrom<unknown>("notExists", "version", "nonNegative", "maybe"),
    notes: fc.oneof(fc.string({ maxLength: 10 }), fc.constant<unknown>(5)),
    "x-extra": fc.constantFrom<unknown>(1, "a", { deep: [1] }),
    id: fc.constantFrom<unknown>("ap0", "fresh", "9bad", ""),
  } as const;
  const field = fc.constantFrom(...(Object.keys(value) as Array<keyof typeof value>));
  const one = field.chain((f) => fc.oneof({ weight: 5, arbitrary: value[f] }, { weight: 1, arbitrary: fc.constant(undefined) }).map((v) => [f, v] as const));
  return fc.uniqueArray(one, { minLength: 1, maxLength: 3, selector: ([f]) => f }).map((pairs) => Object.fromEntries(pairs));
}

/**
 * Deep equality with prototypes and undefined fields (Node's), not vitest's toStrictEqual:
 * that one compares an own "constructor" field (an attribute name here) by identity.
 */
function same(a: unknown, b: unknown): void {
  if (!isDeepStrictEqual(a, b)) expect(a).toEqual(b);
  expect(isDeepStrictEqual(a, b)).toBe(true);
}

/** parseModel's result, compared as the editor reads it: the ok flag, every problem, the model. */
function view(result: ParseResult) {
  return { ok: result.ok, problems: result.problems, model: result.ok ? result.model : undefined };
}

/** A model with a pattern to edit (models without patterns get one, not a filter: fc.gen and filter do not mix well). */
const withPattern = (model: Model): Model =>
  model.accessPatterns.length > 0 ? model : addPattern(model);

const arbCase = arbValidModel({ samples: true }).map(withPattern).chain((model) =>
  fc.record({
    model: fc.constant(model),
    index: fc.nat({ max: model.accessPatterns.length - 1 }),
    patches: fc.array(arbPatch(model), { minLength: 1, maxLength: 4 }),
  }),
);

describe("reparseModel", () => {
  it("equals parseModel for arbitrary edits of one access pattern (every keystroke against the same base)", () => {
    let incremental = 0, total = 0;
    fc.assert(fc.property(arbCase, ({ model, index, patches }) => {
      const base = { input: model, result: parseModel(model) };
      expect(base.result.ok).toBe(true);
      for (const patch of patches) {
        const next = updatePattern(model, index, patch);
        const fast = reparsePattern(next, base);
        total++;
        if (fast) incremental++;
        const a = view(reparseModel(next, base)), b = view(parseModel(next));
        same(a, b);
      }
    }), { numRuns: 300, endOnFailure: true });
    // The property says something about the fast path only if it is taken.
    expect(incremental / total).toBeGreaterThan(0.5);
  }, TIMEOUT);

  it("equals parseModel with pinned designs too", () => {
    const cases = arbValidModel({ design: true }).map(withPattern).chain((model) =>
      fc.record({ model: fc.constant(model), index: fc.nat({ max: model.accessPatterns.length - 1 }), patch: arbPatch(model) }),
    );
    fc.assert(fc.property(cases, ({ model, index, patch }) => {
      const next = updatePattern(model, index, patch);
      const base = { input: model, result: parseModel(model) };
      same(view(reparseModel(next, base)), view(parseModel(next)));
    }), { numRuns: 150, endOnFailure: true });
  }, TIMEOUT);

  it("takes the fast path for a name edit and checks the rest in full", () => {
    const model: Model = {
      format: "tablewright.model/1", name: "m",
      entities: [{ name: "User", key: ["userId"], attributes: [{ name: "userId", type: "string" }] }],
      accessPatterns: [
        { id: "a", name: "one", kind: "get", entity: "User", where: { userId: "eq" } },
        { id: "b", name: "two", kind: "get", entity: "User", where: { userId: "eq" } },
      ],
    };
    const base = { input: model, result: parseModel(model) };
    const renamed = updatePattern(model, 1, { name: "" });
    expect(changedPattern(renamed, model)).toBe(1);
    const fast = reparsePattern(renamed, base);
    expect(fast?.ok).toBe(false);
    expect(fast?.problems).toEqual([{ path: "accessPatterns[1].name", severity: "error", message: "expected a name of 1 to 200 characters, found 0" }]);
    // A new id relates the pattern to the others (R2): not the fast path.
    expect(reparsePattern(updatePattern(model, 1, { id: "a" }), base)).toBeUndefined();
    expect(reparseModel(updatePattern(model, 1, { id: "a" }), base).problems[0]?.message).toMatch(/already used by accessPatterns\[0\]/);
    // Two patterns changed, or something else: not the fast path.
    expect(changedPattern(updatePattern(updatePattern(model, 0, { name: "x" }), 1, { name: "y" }), model)).toBeUndefined();
    expect(changedPattern({ ...model, name: "n" }, model)).toBeUndefined();
  });
});
