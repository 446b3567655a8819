import { describe, expect, it } from "vitest";
import { z } from "zod";
import { conditionOn, parseModel, parseModelText, serializeModel, whereEntries, withOwn, type Model } from "./index";
import { errorAt } from "./testing/edit";

/** Attribute names that are also members of Object.prototype or special to JS objects. */
const NAMES = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "valueOf"];

const text = `{
  "format": "tablewright.model/1",
  "name": "Prototype-named attributes",
  "__proto__": { "polluted": "root" },
  "entities": [
    { "name": "Thing", "key": ["__proto__"], "__proto__": { "polluted": "entity" },
      "attributes": [
        { "name": "__proto__", "type": "string" },
        { "name": "constructor", "type": "number" },
        { "name": "prototype", "type": "string", "values": ["a", "b"] },
        { "name": "toString", "type": "datetime" },
        { "name": "hasOwnProperty", "type": "boolean" },
        { "name": "valueOf", "type": "number" }
      ] }
  ],
  "accessPatterns": [
    { "id": "get", "name": "get", "kind": "get", "entity": "Thing", "where": { "__proto__": "eq" } },
    { "id": "q", "name": "q", "kind": "query", "entity": "Thing",
      "where": { "constructor": "between", "prototype": { "eq": "a" }, "hasOwnProperty": { "eq": true }, "__proto__": "eq" },
      "order": { "by": "constructor", "dir": "desc" } },
    { "id": "u", "name": "u", "kind": "update", "entity": "Thing", "where": { "__proto__": "eq" },
      "set": ["toString"], "add": ["valueOf"] }
  ]
}
`;

describe("attribute names that are Object.prototype members", () => {
  it("validate, with the unknown __proto__ fields reported as info", () => {
    const result = parseModelText(text);
    expect(result.problems.filter((p) => p.severity !== "info")).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.problems.map((p) => p.path)).toEqual(["__proto__", "entities[0].__proto__"]);
  });

  it("stay own data properties, and prototypes stay untouched", () => {
    const result = parseModelText(text);
    if (!result.ok) throw new Error("expected ok");
    const model = result.model;
    const where = model.accessPatterns[1]?.where ?? {};
    expect(Object.getPrototypeOf(model)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(where)).toBe(Object.prototype);
    expect(Object.keys(where)).toEqual(["constructor", "prototype", "hasOwnProperty", "__proto__"]);
    expect(conditionOn(model.accessPatterns[1] as Model["accessPatterns"][number], "__proto__")).toBe("eq");
    expect(conditionOn(model.accessPatterns[0] as Model["accessPatterns"][number], "toString")).toBeUndefined();
    expect(whereEntries(model.accessPatterns[1] as Model["accessPatterns"][number])).toHaveLength(4);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, "polluted")).toBe(false);
  });

  it("round-trip through serialize unchanged", () => {
    const first = parseModelText(text);
    if (!first.ok) throw new Error("expected ok");
    const out = serializeModel(first.model);
    expect(out).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    const second = parseModelText(out);
    expect(second.ok && second.model).toEqual(first.model);
    expect(serializeModel(second.ok ? second.model : first.model)).toBe(out);
  });

  it("work through parseModel on a JSON.parse result too", () => {
    const result = parseModel(JSON.parse(text));
    expect(result.ok).toBe(true);
    if (result.ok) expect(Object.hasOwn(result.model.accessPatterns[0]?.where ?? {}, "__proto__")).toBe(true);
  });

  it("are never inherited: a where key `constructor` without such an attribute is unknown (R7)", () => {
    const model = JSON.parse(text) as Record<string, unknown>;
    const entity = (model["entities"] as Array<Record<string, unknown>>)[0] as Record<string, unknown>;
    entity["attributes"] = (entity["attributes"] as Array<{ name: string }>).filter((a) => a.name !== "constructor");
    const problem = errorAt(model, "accessPatterns[1].where.constructor", 'unknown attribute "constructor"');
    expect(problem.rule).toBe("R7");
  });

  it.each(NAMES)("a where key %s on an entity without it is unknown (R7)", (name) => {
    const model = {
      format: "tablewright.model/1", name: "m",
      entities: [{ name: "E", key: ["id"], attributes: [{ name: "id", type: "string" }] }],
      accessPatterns: [{ id: "q", name: "q", kind: "query", entity: "E", where: Object.fromEntries([["id", "eq"], [name, "exists"]]) }],
    };
    expect(errorAt(model, `accessPatterns[0].where.${name}`, "unknown attribute").rule).toBe("R7");
  });

  it("a ref or entity named like a prototype member is not found by inheritance", () => {
    const model = {
      format: "tablewright.model/1", name: "m",
      entities: [{ name: "E", key: ["id"], attributes: [{ name: "id", type: "string", ref: "constructor" }] }],
      accessPatterns: [{ id: "q", name: "q", kind: "get", entity: "toString", where: { id: "eq" } }],
    };
    errorAt(model, "entities[0].attributes[0].ref", "not an entity");
    errorAt(model, "accessPatterns[0].entity", "not an entity");
  });

  it("withOwn sets a __proto__ key as data", () => {
    const where = withOwn<string>({ a: "eq" }, "__proto__", "exists");
    expect(Object.getPrototypeOf(where)).toBe(Object.prototype);
    expect(Object.keys(where)).toEqual(["a", "__proto__"]);
  });
});

describe("why the model is not zod's output", () => {
  // Canary: if zod ever keeps "__proto__" keys, this documents the change; our parse does
  // not depend on it either way.
  it("zod 4 drops __proto__ keys and does not check the value under one", () => {
    const input = JSON.parse('{"__proto__": "bogus", "a": "eq"}') as unknown;
    const result = z.record(z.string(), z.enum(["eq"])).safeParse(input);
    expect(result.success).toBe(true);
    expect(Object.hasOwn(result.data ?? {}, "__proto__")).toBe(false);
  });
});
