import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbValidModel } from "./arbitrary";
import { parseModel, parseModelText, serializeModel, type Model, type Problem } from "./index";

/** Property tests do real work; on a loaded two-core CI machine 5 s is not enough. */
const TIMEOUT = 60_000;

const noInternalError = (problems: Problem[]) => {
  const internal = problems.find((p) => p.message.startsWith("internal error"));
  if (internal) throw new Error(internal.message);
};

const parsedOrThrow = (text: string): Model => {
  const result = parseModelText(text);
  if (!result.ok) throw new Error(`expected a valid model, got ${JSON.stringify(result.problems.filter((p) => p.severity === "error"), null, 1)}\n${text}`);
  return result.model;
};

describe("parseModelText and parseModel never throw", () => {
  it("for arbitrary strings", () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" })), (text) => {
      noInternalError(parseModelText(text).problems);
    }), { numRuns: 300 });
  }, TIMEOUT);

  it("for arbitrary JSON text and values", () => {
    fc.assert(fc.property(fc.json(), (text) => {
      noInternalError(parseModelText(text).problems);
      noInternalError(parseModel(JSON.parse(text)).problems);
    }), { numRuns: 300 });
  }, TIMEOUT);

  it("for arbitrary JS values of every kind", () => {
    const anything = fc.anything({
      withBigInt: true, withBoxedValues: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true,
      withObjectString: true, withSparseArray: true, withTypedArray: true, withUnicodeString: true,
    });
    fc.assert(fc.property(anything, (value) => {
      noInternalError(parseModel(value).problems);
      let text: string | undefined;
      try {
        text = JSON.stringify(value);
      } catch {
        text = undefined; // bigint and friends: not JSON
      }
      if (text !== undefined) noInternalError(parseModelText(text).problems);
    }), { numRuns: 300 });
  }, TIMEOUT);

  it("for valid models with random deletions and replacements", () => {
    const replacement = fc.oneof(fc.jsonValue(), fc.constantFrom("", "eq", "__proto__", "Tenant", "between", "version", -1, 0, 1e12 + 1));
    const mutations = fc.array(fc.tuple(fc.nat(), fc.boolean(), replacement), { minLength: 1, maxLength: 6 });
    fc.assert(fc.property(arbValidModel({ samples: true, design: true }), mutations, (model, changes) => {
      const tree = JSON.parse(JSON.stringify(model)) as unknown;
      for (const [at, remove, value] of changes) mutate(tree, at, remove, value);
      const fromValue = parseModel(tree);
      noInternalError(fromValue.problems);
      const fromText = parseModelText(JSON.stringify(tree, null, 1));
      noInternalError(fromText.problems);
      // The same problems, with or without text positions.
      expect(fromText.problems.map((p) => [p.path, p.message])).toEqual(fromValue.problems.map((p) => [p.path, p.message]));
      if (fromValue.ok) expect(parsedOrThrow(serializeModel(fromValue.model))).toEqual(fromValue.model);
    }), { numRuns: 300 });
  }, TIMEOUT);
});

describe("valid models", () => {
  it("always parse, and parse → serialize → parse is the identity and a fixed point", () => {
    fc.assert(fc.property(arbValidModel({ samples: true, design: true }), (model) => {
      const text = serializeModel(model);
      const parsed = parsedOrThrow(text);
      expect(parsed).toEqual(model);
      const again = serializeModel(parsed);
      expect(parsedOrThrow(again)).toEqual(parsed);
      expect(serializeModel(parsedOrThrow(again))).toBe(again);
      const direct = parseModel(model);
      expect(direct.ok).toBe(true);
    }), { numRuns: 400 });
  }, TIMEOUT);

  it("without extras are still valid (the options the design engine uses)", () => {
    fc.assert(fc.property(arbValidModel({ unknownFields: false, maxEntities: 6, maxPatterns: 20 }), (model) => {
      const result = parseModel(model);
      expect(result.problems.filter((p) => p.severity === "error")).toEqual([]);
      expect(result.problems.filter((p) => p.severity === "info")).toEqual([]);
    }), { numRuns: 200 });
  }, TIMEOUT);

  it("leave Object.prototype untouched", () => {
    fc.assert(fc.property(arbValidModel(), (model) => {
      parseModelText(serializeModel(model));
      expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_MEMBERS);
    }), { numRuns: 100 });
  }, TIMEOUT);
});

const PROTOTYPE_MEMBERS = Object.getOwnPropertyNames(Object.prototype).sort();

/** Deletes or replaces the `at`-th node (pre-order) of a JSON tree, never the root. */
function mutate(tree: unknown, at: number, remove: boolean, value: unknown): void {
  const slots: Array<{ parent: Record<string, unknown> | unknown[]; key: string | number }> = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach((child, i) => { slots.push({ parent: node, key: i }); walk(child); });
    else if (node && typeof node === "object") {
      for (const [k, child] of Object.entries(node)) { slots.push({ parent: node as Record<string, unknown>, key: k }); walk(child); }
    }
  };
  walk(tree);
  const slot = slots[at % Math.max(1, slots.length)];
  if (!slot) return;
  if (Array.isArray(slot.parent)) {
    if (remove) slot.parent.splice(slot.key as number, 1);
    else slot.parent[slot.key as number] = value;
  } else if (remove) delete slot.parent[slot.key as string];
  else Object.defineProperty(slot.parent, slot.key, { value, enumerable: true, writable: true, configurable: true });
}
