/**
 * The generated TypeScript module, tested by what it does (no DynamoDB here; see
 * typescript-local.test.ts for that): it type-checks with tsc --strict, and its key
 * builders and request builders produce exactly what lib/design produces, on the
 * examples' sample data and on adversarial models (property test).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildReadRequests, buildWriteRequest, designModel, itemKeys, uniquenessItems } from "../design";
import { arbModel } from "../design/testing/arb";
import { bindingFor, modelItems, type EntityItems } from "../design/testing/items";
import type { Model } from "../model";
import { generateItems } from "../simulate";
import { EXAMPLES, example, generatedModule, writeInputs } from "./testing/examples";
import { typecheck, workspace, writeFiles } from "./testing/generated";
import { buildContext } from "./typescript/context";
import { typescriptFiles } from "./typescript";


const strip = (requests: Array<{ operation: string }>) => requests.map(({ operation: _operation, ...rest }) => rest);

/** Compares every key, uniqueness item, read request and write request; returns how many checks ran. */
async function checkEquivalence(model: Model, items: EntityItems[], bindings: (patternIndex: number) => Array<Record<string, unknown>>): Promise<number> {
  const design = designModel(model);
  const mod = await generatedModule(model, design);
  const ctx = buildContext(design);
  let checks = 0;
  for (const { entity, item } of items) {
    const n = ctx.entities.get(entity);
    if (!n) throw new Error(entity);
    expect(mod[n.keys]?.(item), `${entity} keys`).toEqual(itemKeys(design, entity, item));
    if (ctx.facts.entities.get(entity)?.uniqueAttrs.length) {
      expect([...((mod[n.uniqueness]?.(item) as Map<string, unknown>).values())]).toEqual(uniquenessItems(design, entity, item));
    }
    checks++;
  }
  design.accessPatterns.forEach((p, i) => {
    if (!p.served || !p.operation) return;
    const entry = mod.ACCESS_PATTERNS[p.id];
    expect(entry, p.id).toBeDefined();
    if (p.kind === "get" || p.kind === "query" || p.kind === "scan") {
      for (const binding of bindings(i)) {
        let expected: unknown;
        try {
          expected = strip(buildReadRequests(design, p.id, binding));
        } catch {
          continue; // a binding the design refuses (a missing value): nothing to compare
        }
        expect(entry?.requests?.(binding), `${p.id} ${JSON.stringify(binding)}`).toEqual(expected);
        checks++;
      }
      return;
    }
    const own = items.filter((x) => x.entity === p.entities[0]);
    own.slice(0, 6).forEach((x, k) => {
      const other = own[(k + 1) % own.length]?.item ?? x.item;
      const inputs = writeInputs(design, p.id, x.item, other);
      let expected: unknown;
      try {
        expected = buildWriteRequest(design, p.id, inputs.lib);
      } catch {
        return;
      }
      expect(entry?.request?.(inputs.generated), `${p.id}`).toEqual(expected);
      checks++;
    });
  });
  return checks;
}

describe("the TypeScript export", () => {
  it("type-checks with tsc --strict for every example (with its stream consumer)", async () => {
    const dir = workspace();
    const files: string[] = [];
    for (const name of EXAMPLES) {
      const model = example(name);
      const out = typescriptFiles(model, designModel(model)).map((f) => ({ ...f, path: `${name}/${f.path}` }));
      writeFiles(dir, out);
      files.push(...out.map((f) => f.path));
    }
    expect(files.some((f) => f.endsWith("stream-consumer.ts"))).toBe(true);
    expect(await typecheck(dir, files)).toBe("");
  }, 300_000);

  it("is deterministic", () => {
    const model = example("content-platform");
    expect(typescriptFiles(model, designModel(model))).toEqual(typescriptFiles(model, designModel(model)));
  });

  for (const name of EXAMPLES) {
    it(`${name}: key builders and request builders equal lib/design's on sample data`, async () => {
      const model = example(name);
      const items = [...generateItems(model, { items: 300, seed: 7 })];
      const design = designModel(model);
      const checks = await checkEquivalence(model, items, (i) => {
        const p = model.accessPatterns[i];
        return p ? [0, 1, 2, 3].map((s) => bindingFor(model, i, items, s * 17 + i)) : [];
      });
      expect(checks).toBeGreaterThan(items.length);
      // Sharded examples exercise the shard suffix.
      if (name === "content-platform") expect(design.accessPatterns.some((p) => p.shards > 1)).toBe(true);
    }, 120_000);
  }

  it("property: on adversarial models (reserved names, __proto__, every key type) the builders equal lib/design's", async () => {
    await fc.assert(
      fc.asyncProperty(arbModel, fc.nat(1000), async (model, seed) => {
        const items = modelItems(model, 8, seed);
        await checkEquivalence(model, items, (i) => [0, 1, 2].map((s) => bindingFor(model, i, items, seed + s * 101 + i)));
      }),
      { numRuns: 25, seed: 42 },
    );
  }, 300_000);
});
