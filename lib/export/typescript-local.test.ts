/**
 * The generated TypeScript module against DynamoDB Local: the table created from the
 * design, the examples' sample data loaded (entity items with their keys, plus uniqueness
 * items), then every read function called on verify's bindings must return what the
 * oracle says (compareResult, the check `verify` makes), also when read page by page with
 * the cursor; and every write function must succeed where it should and fail with the
 * error class that names the reason where it should not.
 *
 * Needs Java 17+: without it this file fails (it never skips), as the project asks.
 */
import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { designModel, type AccessPatternDesign, type Design } from "../design";
import type { Model } from "../model";
import { physicalItems } from "../run/items";
import { loadItems } from "../run/loader";
import { localClients, startDynamoLocal, type DynamoLocal } from "../run/local";
import { createTableInput } from "../run/table";
import { localTarget } from "../run/target";
import { chooseBindings } from "../run/verify/bindings";
import { compareResult } from "../run/verify/compare";
import { FreshItems } from "../run/verify/fresh";
import { oracle } from "../run/verify/oracle";
import { ModelTypes, type EntityItem } from "../run/verify/values";
import { generateItems } from "../simulate";
import { EXAMPLES, example, generatedModule, writeInputs, type GeneratedModule } from "./testing/examples";
import { buildContext } from "./typescript/context";

let local: DynamoLocal;
let tables = 0;
let clients: ReturnType<typeof localClients>;

beforeAll(async () => {
  local = await startDynamoLocal();
  clients = localClients(local.endpoint);
}, 120_000);

afterAll(async () => {
  clients?.client.destroy();
  await local?.stop();
});

interface Loaded {
  model: Model;
  design: Design;
  mod: GeneratedModule;
  db: { client: unknown; tableName: string };
  items: EntityItem[];
  types: ModelTypes;
}

async function loaded(name: string, items = 400): Promise<Loaded> {
  const model = example(name);
  const design = designModel(model);
  const mod = await generatedModule(model, design);
  const tableName = `export-ts-${name}-${++tables}`;
  const target = localTarget(clients.doc);
  await target.createTable(createTableInput(model, design, tableName));
  const all = [...generateItems(model, { items, seed: 3 })];
  await loadItems(target, tableName, all.flatMap((x) => physicalItems(design, x)));
  return { model, design, mod, db: { client: clients.doc, tableName }, items: all, types: new ModelTypes(model) };
}

/** What a read function returned, as entity items (single-entity functions return bare items). */
function asEntityItems(p: AccessPatternDesign, out: unknown): EntityItem[] {
  const list = p.operation === "GetItem" ? (out === undefined ? [] : [out]) : (out as { items: unknown[] }).items;
  return list.map((x) => (p.entities.length > 1 ? (x as EntityItem) : { entity: p.entities[0] ?? "", item: x as Record<string, unknown> }));
}

/** Every page, `size` items at a time, following the cursor until the pattern's limit or the end. */
async function allPages(run: (...a: unknown[]) => Promise<unknown>, p: AccessPatternDesign, db: unknown, binding: unknown, size: number): Promise<{ items: unknown[]; pages: number }> {
  const items: unknown[] = [];
  let cursor: string | undefined;
  let pages = 0;
  do {
    const page = (await run(db, binding, { limit: size, ...(cursor ? { cursor } : {}) })) as { items: unknown[]; cursor?: string };
    items.push(...page.items);
    cursor = page.cursor;
    pages++;
  } while (cursor && (p.limit === null || items.length < p.limit));
  return { items: p.limit === null ? items : items.slice(0, p.limit), pages };
}

describe("the TypeScript export on DynamoDB Local", () => {
  for (const name of EXAMPLES) {
    it(`${name}: every read function returns what verify expects, in one call and page by page`, async () => {
      const { design, mod, db, items, types } = await loaded(name);
      let bindings = 0, paged = 0;
      for (const p of design.accessPatterns) {
        if (!p.served || (p.kind !== "get" && p.kind !== "query" && p.kind !== "scan")) continue;
        const entry = mod.ACCESS_PATTERNS[p.id];
        if (!entry) throw new Error(`no function for ${p.id}`);
        for (const { binding } of chooseBindings(types, p.pattern, items, 1)) {
          const expected = oracle(types, p.pattern, items, binding);
          const got = asEntityItems(p, await entry.run(db, binding));
          expect(compareResult(types, p.pattern, expected, got), `${p.id} ${JSON.stringify(binding)}`).toEqual([]);
          bindings++;
          if (p.operation === "GetItem") continue;
          const pages = await allPages(entry.run, p, db, binding, 3);
          expect(compareResult(types, p.pattern, expected, asEntityItems(p, pages)), `${p.id} paged`).toEqual([]);
          if (pages.pages > 1) paged++;
        }
      }
      expect(bindings).toBeGreaterThan(10);
      expect(paged).toBeGreaterThan(0);
    }, 600_000);
  }

  it("sharded reads fan out and merge in order across pages (content-platform frontPage, iot-telemetry liveDevices)", async () => {
    for (const name of ["content-platform", "iot-telemetry"]) {
      const { design, mod, db, items, types } = await loaded(name, 1500);
      for (const p of design.accessPatterns.filter((x) => x.shards > 1)) {
        const entry = mod.ACCESS_PATTERNS[p.id];
        const expected = oracle(types, p.pattern, items, {});
        expect(expected.length).toBeGreaterThan(0);
        for (const size of [1, 4, 7]) {
          const pages = await allPages(entry?.run as never, p, db, {}, size);
          expect(compareResult(types, p.pattern, expected, asEntityItems(p, pages)), `${p.id} by ${size}`).toEqual([]);
        }
      }
    }
  }, 600_000);

  it("conditional writes succeed where they should and name the reason where they fail", async () => {
    const seen = new Set<string>();
    for (const name of ["multi-tenant-payments", "content-platform", "chat-messaging", "game-leaderboard"]) {
      const { design, mod, db, items, types } = await loaded(name, 200);
      const fresh = new FreshItems(types, items);
      let used = 0;
      const next = (entity: string): EntityItem => {
        const own = items.filter((x) => x.entity === entity);
        const x = own[used++ % own.length];
        if (!x) throw new Error(`no ${entity} item`);
        return x;
      };
      const fail = async (promise: Promise<unknown>, error: string, label: string) => {
        await expect(promise, label).rejects.toMatchObject({ name: error });
        seen.add(error);
      };
      for (const p of design.accessPatterns) {
        if (!p.served || (p.kind !== "put" && p.kind !== "update" && p.kind !== "delete")) continue;
        const entry = mod.ACCESS_PATTERNS[p.id];
        if (!entry) throw new Error(`no function for ${p.id}`);
        const entity = p.entities[0] ?? "";
        const x = next(entity), other = next(entity);
        const label = `${name} ${p.id}`;
        const uniqueAttr = types.entity(entity).attributes.find((a) => a.unique && Object.hasOwn(other.item, a.name))?.name;
        if (p.kind === "put") {
          if (p.pattern.condition === "notExists") await fail(entry.run(db, { item: x.item }), "ItemAlreadyExistsError", label);
          const created = fresh.item(x);
          if (created) await entry.run(db, { item: created.item });
          if (uniqueAttr) {
            const clash = fresh.item(x, uniqueAttr);
            if (clash) await fail(entry.run(db, { item: { ...clash.item, [uniqueAttr]: other.item[uniqueAttr] } }), "UniqueValueTakenError", label);
          }
          continue;
        }
        const versioned = p.pattern.condition === "version";
        const inputs = writeInputs(design, p.id, x.item, x.item).generated;
        if (versioned) {
          await fail(entry.run(db, { ...inputs, expectedVersion: Number(x.item["version"]) + 100 }), "VersionConflictError", label);
        }
        const missing = fresh.item(x);
        if (missing && (versioned || p.kind === "update")) {
          const none = writeInputs(design, p.id, missing.item, missing.item).generated;
          await fail(entry.run(db, none), "ItemNotFoundError", `${label} (missing item)`);
        }
        if (p.kind === "update" && p.pattern.condition === "nonNegative") {
          const [attribute] = p.pattern.add ?? [];
          if (attribute) {
            const current = Number(x.item[attribute] ?? 0);
            await fail(entry.run(db, { ...inputs, add: { [attribute]: -(current + 1000) } }), "BelowZeroError", label);
          }
        }
        const moved = (p.pattern.set ?? []).find((a) => types.entity(entity).attributes.some((b) => b.name === a && b.unique));
        if (p.kind === "update" && moved && other.item[moved] !== undefined) {
          const set = { ...(inputs["set"] as object), [moved]: other.item[moved] };
          await fail(entry.run(db, { ...inputs, set }), "UniqueValueTakenError", `${label} (unique move)`);
        }
        await entry.run(db, inputs); // the write as it should be: accepted
        // And it did what it says: the version moved on, or the item is gone.
        const tableKey = mod[buildContext(design).entities.get(entity)?.tableKey ?? ""];
        const stored = (await clients.doc.send(new GetCommand({ TableName: db.tableName, Key: tableKey?.(x.item) as Record<string, unknown>, ConsistentRead: true }))).Item;
        if (p.kind === "delete") expect(stored, `${label} deleted`).toBeUndefined();
        else if (versioned) expect(stored?.["version"], `${label} version`).toBe(Number(x.item["version"]) + 1);
        else expect(stored, `${label} updated`).toBeDefined();
        seen.add("written");
      }
    }
    expect([...seen].sort()).toEqual(["BelowZeroError", "ItemAlreadyExistsError", "ItemNotFoundError", "UniqueValueTakenError", "VersionConflictError", "written"]);
  }, 600_000);
});
