/**
 * NoSQL Workbench both ways. Import: every real file in shared/fixtures/nosql-workbench
 * (three format versions, facets, multi-table) becomes a valid model whose pinned design
 * keeps the table's key schema and indexes, with its items as samples; a hostile or broken
 * file gives problems with JSON paths, never an exception (property test on mutated
 * fixtures). Export: one facet per entity with its sample items; export → import → export
 * gives the same file.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { designModel, itemKeys } from "../design";
import { parseModel, type Model } from "../model";
import { importNoSqlWorkbench } from "./nosql-import";
import { EXTENSION_KEY, noSqlWorkbenchFiles } from "./nosql-workbench";
import { EXAMPLES, example } from "./testing/examples";

const FIXTURES = join(__dirname, "..", "..", "..", "shared", "fixtures", "nosql-workbench");
const files = readdirSync(FIXTURES).filter((f) => f.endsWith(".json")).sort();
const read = (f: string) => JSON.parse(readFileSync(join(FIXTURES, f), "utf8")) as { DataModel: Array<Record<string, unknown>> };

type RawKey = { AttributeName: string; AttributeType: string };
type RawIndex = { IndexName: string; KeyAttributes: { PartitionKey: RawKey; SortKey?: RawKey }; Projection?: { ProjectionType: string; NonKeyAttributes?: string[] } };

function exportText(model: Model): string {
  return noSqlWorkbenchFiles(model, designModel(model)).files[0]?.content ?? "";
}

describe("NoSQL Workbench import of real files", () => {
  it("reads all 13 fixtures, three format versions", () => {
    expect(files).toHaveLength(13);
    expect(new Set(files.map((f) => f.slice(0, 2)))).toEqual(new Set(["v1", "v2", "v3"]));
  });

  for (const f of files) {
    it(`${f}: every table becomes a valid model that keeps the key schema, the indexes and the items`, () => {
      const raw = read(f);
      const tables = raw.DataModel;
      const text = readFileSync(join(FIXTURES, f), "utf8");
      if (tables.length > 1) {
        const refused = importNoSqlWorkbench(text);
        expect(refused.ok).toBe(false);
        if (!refused.ok) expect(refused.tables).toEqual(tables.map((t) => t["TableName"]));
      }
      for (const t of tables) {
        const result = importNoSqlWorkbench(text, { table: String(t["TableName"]) });
        if (!result.ok) throw new Error(`${f}: ${JSON.stringify(result.problems)}`);
        const parsed = parseModel(result.model);
        expect(parsed.ok ? [] : parsed.problems.filter((p) => p.severity === "error")).toEqual([]);
        const design = result.model.design;
        const keys = t["KeyAttributes"] as { PartitionKey: RawKey; SortKey?: RawKey };
        expect(design?.table.partitionKey).toEqual({ name: keys.PartitionKey.AttributeName, type: keys.PartitionKey.AttributeType });
        expect(design?.table.sortKey).toEqual(keys.SortKey ? { name: keys.SortKey.AttributeName, type: keys.SortKey.AttributeType } : undefined);
        const gsis = ((t["GlobalSecondaryIndexes"] as RawIndex[] | undefined) ?? []).map((g) => ({
          name: g.IndexName, partitionKey: g.KeyAttributes.PartitionKey.AttributeName, sortKey: g.KeyAttributes.SortKey?.AttributeName,
          projection: g.Projection?.ProjectionType === "INCLUDE" ? { include: g.Projection.NonKeyAttributes } : g.Projection?.ProjectionType ?? "ALL",
        }));
        expect((design?.indexes ?? []).filter((i) => i.type === "global").map((i) => ({ name: i.name, partitionKey: i.partitionKey.name, sortKey: i.sortKey?.name, projection: i.projection }))).toEqual(gsis);
        const facets = (t["TableFacets"] as Array<{ FacetName: string; TableData?: unknown[] }> | undefined) ?? [];
        const items = ((t["TableData"] as unknown[] | undefined)?.length ?? 0) + facets.reduce((n, x) => n + (x.TableData?.length ?? 0), 0);
        expect(result.model.samples?.length ?? 0).toBe(items);
        // Entities from facets keep the facets' names.
        for (const facet of facets) expect(result.model.entities.map((e) => e.name.toLowerCase())).toContain(facet.FacetName.toLowerCase().replace(/[^a-z0-9]/g, ""));
        // The design engine accepts it, and every sample gets its keys.
        const d = designModel(result.model);
        for (const s of result.model.samples ?? []) expect(() => itemKeys(d, s.entity, s.item)).not.toThrow();
      }
    });
  }

  it("names the JSON path of what is wrong", () => {
    const bad = read("v3-chat-system.json");
    const t = bad.DataModel[0] as { TableData: Array<Record<string, unknown>>; KeyAttributes: Record<string, unknown> };
    t.TableData[2] = { PK: { S: "x" }, SK: { Q: "y" } };
    const result = importNoSqlWorkbench(bad);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.path).toBe("DataModel[0].TableData[2].SK");
    const noKeys = importNoSqlWorkbench({ ModelName: "x", DataModel: [{ TableName: "t" }] });
    expect(noKeys.ok ? [] : noKeys.problems.map((p) => p.path)).toEqual(["DataModel[0].KeyAttributes"]);
    expect(importNoSqlWorkbench("{ not json").ok).toBe(false);
    expect(importNoSqlWorkbench(null).ok).toBe(false);
  });

  it("property: mutated fixtures never throw, and any model they give is valid", () => {
    const fixtures = files.map(read);
    const mutate = (root: unknown, steps: Array<{ pick: number; value: unknown; remove: boolean }>): unknown => {
      const copy = structuredClone(root) as unknown;
      for (const step of steps) {
        const nodes: Array<{ parent: Record<string, unknown> | unknown[]; key: string | number }> = [];
        const walk = (v: unknown) => {
          if (nodes.length > 4000) return;
          if (Array.isArray(v)) v.forEach((x, i) => { nodes.push({ parent: v, key: i }); walk(x); });
          else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) { nodes.push({ parent: v as Record<string, unknown>, key: k }); walk(x); }
        };
        walk(copy);
        const target = nodes[step.pick % Math.max(1, nodes.length)];
        if (!target) continue;
        if (step.remove && !Array.isArray(target.parent)) delete (target.parent as Record<string, unknown>)[target.key as string];
        else (target.parent as Record<string | number, unknown>)[target.key] = step.value;
      }
      return copy;
    };
    fc.assert(
      fc.property(
        fc.nat(fixtures.length - 1),
        fc.array(fc.record({ pick: fc.nat(), value: fc.jsonValue({ maxDepth: 3 }), remove: fc.boolean() }), { minLength: 1, maxLength: 4 }),
        (which, steps) => {
          const input = mutate(fixtures[which], steps);
          const names = ((input as { DataModel?: Array<{ TableName?: unknown }> })?.DataModel ?? []);
          const table = Array.isArray(names) ? names.map((t) => t?.TableName).find((n) => typeof n === "string") : undefined;
          const result = importNoSqlWorkbench(input, typeof table === "string" ? { table } : {});
          if (result.ok) expect(parseModel(result.model).ok).toBe(true);
          else expect(result.problems.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 300, seed: 11 },
    );
  }, 120_000);
});

describe("NoSQL Workbench export", () => {
  for (const name of EXAMPLES) {
    it(`${name}: one facet per entity with sample items; export → import → export is the same file`, () => {
      const model = example(name);
      const first = exportText(model);
      const doc = JSON.parse(first) as { DataModel: Array<{ TableFacets: Array<{ FacetName: string; TableData: unknown[] }> } & Record<string, unknown>> };
      const table = doc.DataModel[0];
      expect(table?.TableFacets.map((f) => f.FacetName)).toEqual(model.entities.map((e) => e.name));
      for (const f of table?.TableFacets ?? []) expect(f.TableData.length).toBeGreaterThan(0);
      const back = importNoSqlWorkbench(first);
      if (!back.ok) throw new Error(JSON.stringify(back.problems));
      const { samples, ...rest } = back.model;
      expect(rest).toEqual({ ...model, design: model.design ?? rest.design });
      expect(samples?.length).toBe(table?.TableFacets.reduce((n, f) => n + f.TableData.length, 0));
      expect(exportText(back.model)).toBe(first);
    });
  }

  it("without the Tablewright extension, the model is inferred: same entities, keys, indexes and items", () => {
    for (const name of EXAMPLES) {
      const model = example(name);
      const doc = JSON.parse(exportText(model)) as { DataModel: Array<Record<string, unknown>> };
      const table = doc.DataModel[0] as Record<string, unknown>;
      delete table[EXTENSION_KEY];
      const back = importNoSqlWorkbench(doc);
      if (!back.ok) throw new Error(`${name}: ${JSON.stringify(back.problems)}`);
      expect(parseModel(back.model).ok).toBe(true);
      expect(back.model.entities.map((e) => e.name)).toEqual(model.entities.map((e) => e.name));
      const d = designModel(model);
      expect(back.model.design?.table).toEqual({ partitionKey: d.table.partitionKey, ...(d.table.sortKey ? { sortKey: d.table.sortKey } : {}) });
      expect(back.model.design?.indexes?.map((i) => i.name)).toEqual(d.table.indexes.filter((i) => i.type === "global").map((i) => i.name));
      // Table key templates come back from the facets' aliases.
      for (const e of d.entities) {
        const original = e.keys.find((k) => k.index === null);
        const imported = back.model.design?.entities.find((x) => x.entity === e.entity)?.keys.find((k) => k.index === null);
        expect(imported?.partitionKey, `${name} ${e.entity}`).toBe(original?.partitionKey);
      }
      const count = (doc.DataModel[0] as { TableFacets: Array<{ TableData: unknown[] }> }).TableFacets.reduce((n, f) => n + f.TableData.length, 0);
      expect(back.model.samples?.length).toBe(count);
    }
  });

  it("is deterministic", () => {
    const model = example("saas-teams");
    expect(exportText(model)).toBe(exportText(model));
  });
});
