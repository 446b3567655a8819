/**
 * The ElectroDB export, tested by what ElectroDB does with it: the entities type-check
 * against electrodb's own types, ElectroDB accepts every schema, and the items it would put
 * carry the same key attributes as the design's itemKeys, for every template the notes do
 * not single out (those use the design's number encoding, reversed parts or shards).
 */
import { describe, expect, it } from "vitest";
import { designModel, itemKeys } from "../design";
import { generateItems } from "../simulate";
import { electroDbFiles } from "./electrodb";
import { EXAMPLES, example } from "./testing/examples";
import { load, typecheck, workspace, writeFiles } from "./testing/generated";

type Put = { params: () => { Item: Record<string, unknown> } };
type EntityLike = { put: (item: Record<string, unknown>) => Put; schema: { indexes: Record<string, { index?: string; pk: { field: string }; sk?: { field: string } }> } };

describe("the ElectroDB export", () => {
  it("type-checks against electrodb for every example", async () => {
    const dir = workspace("tablewright-electrodb-");
    const paths: string[] = [];
    for (const name of EXAMPLES) {
      const model = example(name);
      const files = electroDbFiles(model, designModel(model)).files.map((f) => ({ ...f, path: `${name}/${f.path}` }));
      writeFiles(dir, files);
      paths.push(...files.map((f) => f.path));
    }
    expect(await typecheck(dir, paths)).toBe("");
  }, 600_000);

  for (const name of EXAMPLES) {
    it(`${name}: ElectroDB accepts the entities and writes the design's keys`, async () => {
      const model = example(name);
      const design = designModel(model);
      const { files, notes } = electroDbFiles(model, design);
      const dir = workspace("tablewright-electrodb-");
      writeFiles(dir, files);
      const mod = await load<Record<string, () => EntityLike>>(dir, "entities.ts");
      const items = [...generateItems(model, { items: 200, seed: 9 })];
      let compared = 0;
      for (const e of model.entities) {
        const make = mod[`${e.name}Entity`];
        expect(make, e.name).toBeDefined();
        const entity = make?.() as EntityLike;
        for (const x of items.filter((i) => i.entity === e.name).slice(0, 10)) {
          const put = entity.put(Object.fromEntries(Object.entries(x.item).map(([k, v]) => [k, v instanceof Uint8Array ? Buffer.from(v).toString("base64") : v]))).params().Item;
          const keys = itemKeys(design, e.name, x.item);
          for (const [access, index] of Object.entries(entity.schema.indexes)) {
            const where = index.index ?? "the table";
            if (notes.some((n) => n.startsWith(`${e.name} on ${where}:`))) continue;
            for (const field of [index.pk.field, index.sk?.field]) {
              // The design escapes characters at or below "$" (a space, for one) inside values; ElectroDB does not (the notes say so).
              if (!field || String(keys[field]).includes("$")) continue;
              expect(put[field], `${e.name} ${access} ${field}`).toBe(keys[field]);
              compared++;
            }
          }
        }
      }
      expect(compared).toBeGreaterThan(0);
    }, 120_000);
  }
});
