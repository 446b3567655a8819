import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { arbValidModel } from "../arbitrary";
import { parseModel } from "../parse";
import type { Model } from "../types";
import {
  addAttribute, addEntity, addPattern, insertPattern, moveAttribute, moveEntity, movePattern, removeAttribute,
  removeEntity, removePattern, renameAttribute, renameEntity, updateAttribute, updatePattern,
} from ".";

const models = arbValidModel({ design: true, samples: true, maxEntities: 4, maxPatterns: 8 });
const errors = (m: Model) => {
  const r = parseModel(m);
  return r.ok ? [] : r.problems.filter((p) => p.severity === "error");
};
/** Structural equality as JSON sees it (key order included, like serializeModel). */
const same = (a: unknown, b: unknown) => expect(JSON.stringify(b)).toBe(JSON.stringify(a));
const RUNS = { numRuns: 150 };

describe("renames follow references", () => {
  test("renaming an entity keeps a valid model valid, and the reverse rename undoes it", () => {
    fc.assert(
      fc.property(models, fc.nat(), (model, pick) => {
        const i = pick % model.entities.length;
        const from = model.entities[i]!.name;
        const renamed = renameEntity(model, i, "Renamed9");
        expect(errors(renamed)).toEqual([]);
        expect(JSON.stringify(renamed)).not.toMatch(new RegExp(`"(entity|ref)":"${from}"`));
        same(model, renameEntity(renamed, i, from));
      }),
      RUNS,
    );
  });

  test("renaming an attribute keeps a valid model valid, and the reverse rename undoes it", () => {
    fc.assert(
      fc.property(models, fc.nat(), fc.nat(), (model, pe, pa) => {
        const e = pe % model.entities.length;
        const entity = model.entities[e]!;
        const a = pa % entity.attributes.length;
        const from = entity.attributes[a]!.name;
        // A multi-entity query needs the attribute on every entity it reads (R7): renaming it
        // on one of them is rightly reported, so such attributes are not this property's case.
        // `version` is meant by its name (R14's condition "version"), so renaming it is rightly reported too.
        fc.pre(from !== "version");
        fc.pre(!model.accessPatterns.some((p) => Array.isArray(p.entity) && p.entity.includes(entity.name) && usesAttribute(p, from)));
        const renamed = renameAttribute(model, e, a, "renamedAttr9");
        expect(errors(renamed)).toEqual([]);
        same(model, renameAttribute(renamed, e, a, from));
      }),
      RUNS,
    );
  });

  test("an attribute rename reaches the key, patterns and pinned templates", () => {
    const model = payments();
    const renamed = renameAttribute(model, 1, 0, "tenant");
    expect(renamed.entities[1]!.key).toEqual(["tenant", "paymentId"]);
    expect(Object.keys(renamed.accessPatterns[1]!.where!)).toEqual(["tenant", "createdAt"]);
    expect(renamed.design!.entities[1]!.keys[0]!.partitionKey).toBe("TENANT#{tenant}");
    // Tenant's own tenantId is untouched, and so are patterns that read only Tenant.
    expect(Object.keys(renamed.accessPatterns[0]!.where!)).toEqual(["tenantId"]);
    expect(errors(renamed)).toEqual([]);
  });

  test("a rename onto a name already taken renames only the thing itself", () => {
    const model = payments();
    const clash = renameEntity(model, 1, "Tenant");
    expect(clash.accessPatterns[1]!.entity).toBe("Payment");
    expect(errors(clash).map((p) => p.path)).toContain("entities[1].name");
    same(model, renameEntity(clash, 1, "Payment"));
  });
});

describe("add, remove and move", () => {
  test("adding an entity, an attribute or an access pattern keeps a valid model valid", () => {
    fc.assert(
      fc.property(models, fc.nat(), (model, pe) => {
        expect(errors(addEntity(model))).toEqual([]);
        expect(errors(addAttribute(model, pe % model.entities.length))).toEqual([]);
        expect(errors(addPattern(model))).toEqual([]);
      }),
      RUNS,
    );
  });

  test("add then remove, remove then insert, and a move and its reverse are identities", () => {
    fc.assert(
      fc.property(models, fc.nat(), fc.nat(), (model, x, y) => {
        same(model, removeEntity(addEntity(model), model.entities.length));
        same(model, removePattern(addPattern(model), model.accessPatterns.length));
        const e = x % model.entities.length;
        same(model, removeAttribute(addAttribute(model, e), e, model.entities[e]!.attributes.length));
        const f = y % model.entities.length;
        same(model, moveEntity(moveEntity(model, e, f), f, e));
        const attrs = model.entities[e]!.attributes.length;
        same(model, moveAttribute(moveAttribute(model, e, x % attrs, y % attrs), e, y % attrs, x % attrs));
        if (model.accessPatterns.length) {
          const n = model.accessPatterns.length;
          same(model, movePattern(movePattern(model, x % n, y % n), y % n, x % n));
          same(model, insertPattern(removePattern(model, x % n), x % n, model.accessPatterns[x % n]!));
        }
      }),
      RUNS,
    );
  });

  test("removing an entity takes its patterns, refs and templates with it, and stays valid when others remain", () => {
    fc.assert(
      fc.property(models, fc.nat(), (model, x) => {
        fc.pre(model.entities.length > 1);
        const i = x % model.entities.length;
        const gone = model.entities[i]!.name;
        const out = removeEntity(model, i);
        const text = JSON.stringify({ ...out, samples: undefined });
        expect(text).not.toContain(`"ref":"${gone}"`);
        expect(text).not.toContain(`"entity":"${gone}"`);
        // Only a TTL attribute the removed entity alone declared can break the model (R16).
        expect(errors(out).filter((p) => p.path !== "table.ttlAttribute")).toEqual([]);
      }),
      RUNS,
    );
  });
});

describe("field updates", () => {
  test("an update keeps key order and unknown fields, and undefined removes a field", () => {
    const model = payments();
    Object.assign(model.accessPatterns[0]!, { "x-ui": { pinned: true } });
    const out = updatePattern(model, 0, { rps: 7, notes: "hot" });
    expect(Object.keys(out.accessPatterns[0]!)).toEqual(["id", "name", "kind", "entity", "where", "rps", "x-ui", "notes"]);
    const back = updatePattern(out, 0, { rps: 50, notes: undefined });
    same(model, back);
  });

  test("what the user typed is kept as typed, and the checks name its path", () => {
    const out = updateAttribute(payments(), 1, 3, { type: "boolean", min: "abc" });
    expect(out.entities[1]!.attributes[3]).toMatchObject({ type: "boolean", min: "abc" });
    expect(errors(out).map((p) => p.path)).toContain("entities[1].attributes[3].min");
  });
});

function usesAttribute(p: Model["accessPatterns"][number], name: string): boolean {
  return (!!p.where && Object.hasOwn(p.where, name)) || p.order?.by === name || !!p.set?.includes(name) || !!p.add?.includes(name);
}

function payments(): Model {
  return {
    format: "tablewright.model/1",
    name: "Payments",
    entities: [
      { name: "Tenant", key: ["tenantId"], attributes: [{ name: "tenantId", type: "string" }] },
      {
        name: "Payment", key: ["tenantId", "paymentId"],
        attributes: [
          { name: "tenantId", type: "string", ref: "Tenant" },
          { name: "paymentId", type: "string" },
          { name: "createdAt", type: "datetime" },
          { name: "amount", type: "number", min: 0 },
        ],
      },
    ],
    accessPatterns: [
      { id: "getTenant", name: "Get a tenant", kind: "get", entity: "Tenant", where: { tenantId: "eq" }, rps: 50 },
      { id: "recent", name: "Recent payments", kind: "query", entity: "Payment", where: { tenantId: "eq", createdAt: "between" }, order: { by: "createdAt", dir: "desc" } },
    ],
    design: {
      table: { partitionKey: { name: "PK", type: "S" }, sortKey: { name: "SK", type: "S" } },
      entities: [
        { entity: "Tenant", keys: [{ index: null, partitionKey: "TENANT#{tenantId}", sortKey: "TENANT#" }] },
        { entity: "Payment", keys: [{ index: null, partitionKey: "TENANT#{tenantId}", sortKey: "PAYMENT#{createdAt}#{paymentId}" }] },
      ],
    },
  };
}
