import { describe, expect, it } from "vitest";
import {
  MAX_PROBLEMS, defaultTableName, entityCount, formatPath, parseModel, parseModelText, patternEntities, patternRps,
  serializeModel, tableName, tableSettings, type Model,
} from "./index";
import { edited } from "./testing/edit";
import { paymentsModel } from "./testing/payments";

const parsed = (text: string): Model => {
  const result = parseModelText(text);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.model;
};

describe("serializeModel", () => {
  it("writes pretty JSON with 2 spaces and a trailing newline", () => {
    const out = serializeModel(paymentsModel());
    expect(out.endsWith("}\n")).toBe(true);
    expect(out.split("\n")[1]).toBe('  "format": "tablewright.model/1",');
  });

  it("returns a pretty-printed file unchanged, unknown fields and key order included", () => {
    const original = edited(paymentsModel(), {
      '["x-editor"]': { theme: "dark", panels: [1, 2] },
      "entities[0].attributes[0].label": "Tenant id",
      "accessPatterns[0].owner": "team-a",
    }) as Record<string, unknown>;
    const reordered = { accessPatterns: original["accessPatterns"], ...original };
    const text = `${JSON.stringify(reordered, null, 2)}\n`;
    const result = parseModelText(text);
    expect(result.ok).toBe(true);
    expect(result.problems.map((p) => [p.path, p.severity, p.message])).toEqual([
      ["accessPatterns[0].owner", "info", 'unknown field "owner" kept'],
      ["entities[0].attributes[0].label", "info", 'unknown field "label" kept'],
      ['["x-editor"]', "info", 'unknown field "x-editor" kept'],
    ]);
    if (result.ok) expect(serializeModel(result.model)).toBe(text);
  });

  it("writes no defaults", () => {
    const minimal = '{\n  "format": "tablewright.model/1",\n  "name": "m",\n  "entities": [\n    {\n      "name": "E",\n      "key": [\n        "id"\n      ],\n      "attributes": [\n        {\n          "name": "id",\n          "type": "string"\n        }\n      ]\n    }\n  ],\n  "accessPatterns": []\n}\n';
    expect(serializeModel(parsed(minimal))).toBe(minimal);
  });

  it("moves integer-like keys first (a JavaScript object rule), and is stable after that", () => {
    const model = edited(paymentsModel(), {
      "entities[0].attributes[4]": { name: "10", type: "string" },
      "accessPatterns[0].where": { tenantId: "eq" },
      "accessPatterns[7]": { id: "q", name: "q", kind: "query", entity: "Tenant", where: { tenantId: "eq", 10: "exists" } },
    });
    const once = serializeModel(parsed(JSON.stringify(model)));
    expect(once.indexOf('"10": "exists"')).toBeLessThan(once.indexOf('"tenantId": "eq"', once.indexOf('"id": "q"')));
    expect(serializeModel(parsed(once))).toBe(once);
  });
});

describe("defaults, read without writing them", () => {
  it("entityCount, patternRps, patternEntities", () => {
    const m = paymentsModel();
    expect(entityCount({ ...m.entities[0]!, count: undefined })).toBe(1000);
    expect(entityCount(m.entities[1]!)).toBe(4000000);
    expect(patternRps({ ...m.accessPatterns[0]!, rps: undefined })).toBe(1);
    expect(patternEntities({ ...m.accessPatterns[0]!, entity: ["A", "B"] })).toEqual(["A", "B"]);
  });
  it.each([
    ["Multi-tenant payments", "multi-tenant-payments"],
    ["Zürich Café", "z-rich-caf-"],
    ["A", "a--"],
    ["", "---"],
    ["😀", "---"],
    ["x".repeat(300), "x".repeat(255)],
    ["My.Table_v2", "my.table_v2"],
  ])("defaultTableName(%j) = %j", (name, expected) => {
    expect(defaultTableName(name)).toBe(expected);
  });
  it("tableName and tableSettings prefer what the model says", () => {
    const m = paymentsModel();
    expect(tableName(m)).toBe("multi-tenant-payments");
    expect(tableSettings({ ...m, table: { name: "pay", billing: "provisioned" } })).toMatchObject({ name: "pay", billing: "provisioned", tableClass: "standard", stream: "none" });
  });
});

describe("paths", () => {
  it.each([
    [[], ""],
    [["entities", 0, "attributes", 2, "values"], "entities[0].attributes[2].values"],
    [["accessPatterns", 3, "where", "created.at"], 'accessPatterns[3].where["created.at"]'],
    [["x-editor"], '["x-editor"]'],
    [["where", 'quote"d', "a b", "$ok", "_1", "1a", "é"], 'where["quote\\"d"]["a b"].$ok._1["1a"]["é"]'],
  ])("formatPath(%j) = %s", (segments, text) => {
    expect(formatPath(segments as Array<string | number>)).toBe(text);
  });
});

describe("problem lists", () => {
  it("come in document order", () => {
    const model = edited(paymentsModel(), {
      "accessPatterns[6].rps": 0, "entities[1].count": 0, "accessPatterns[0].rps": 0, "entities[0].count": 0, format: "x",
    });
    expect(parseModel(model).problems.map((p) => p.path)).toEqual([
      "format", "entities[0].count", "entities[1].count", "accessPatterns[0].rps", "accessPatterns[6].rps",
    ]);
  });
  it(`are capped at ${MAX_PROBLEMS} with a last "more" problem`, () => {
    const entities = Array.from({ length: 3000 }, () => ({ name: "bad name", key: [], attributes: [] }));
    const result = parseModel({ ...paymentsModel(), entities });
    expect(result.problems).toHaveLength(MAX_PROBLEMS);
    expect(result.problems[MAX_PROBLEMS - 1]).toMatchObject({ path: "", severity: "error", message: expect.stringMatching(/^… \d+ more problems not shown$/) as unknown });
  });
});

describe("parseModel on values that are not JSON", () => {
  it.each([
    ["undefined", undefined, "", "found undefined"],
    ["a function", { ...paymentsModel(), notes: () => 1 }, "notes", "found a function"],
    ["NaN", edited(paymentsModel(), { "entities[0].count": Number.NaN }), "entities[0].count", "expected a finite number, found NaN"],
    ["a Date", { ...paymentsModel(), notes: new Date(0) }, "notes", "found a Date"],
    ["a Map", { ...paymentsModel(), entities: new Map() }, "entities", "found a Map"],
    ["a bigint", { ...paymentsModel(), notes: 1n }, "notes", "found a bigint"],
    ["an array hole", { ...paymentsModel(), accessPatterns: [, paymentsModel().accessPatterns[0]] }, "accessPatterns[0]", "empty array slot"], // eslint-disable-line no-sparse-arrays
  ])("reports %s", (_title, value, path, phrase) => {
    const result = parseModel(value);
    expect(result.ok).toBe(false);
    expect(result.problems).toContainEqual(expect.objectContaining({ path, message: expect.stringContaining(phrase) as unknown }));
  });
  it("reports cycles", () => {
    const model = paymentsModel() as Model & { self?: unknown };
    model.self = model;
    expect(parseModel(model).problems[0]?.message).toContain("cycle");
  });
  it("reports a throwing getter instead of throwing", () => {
    const model = Object.defineProperty(paymentsModel(), "notes", { enumerable: true, get: () => { throw new Error("boom"); } });
    expect(parseModel(model)).toMatchObject({ ok: false });
  });
  it("treats undefined properties as absent, and copies the input", () => {
    const input = { ...paymentsModel(), description: undefined };
    const result = parseModel(input);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(Object.hasOwn(result.model, "description")).toBe(false);
      expect(result.model.entities).not.toBe(input.entities);
    }
  });
  it("accepts null-prototype objects", () => {
    const model = Object.assign(Object.create(null) as object, paymentsModel());
    expect(parseModel(model).ok).toBe(true);
  });
});
