/**
 * Every example in public/examples is fully served, deterministic (the same JSON twice),
 * keeps its operations through a pinned round trip, matches the `design --json` contract
 * of cli.md, and returns the oracle's results on adversarial items.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { designModel, designModelStrict, designToJson, toPinnedDesign } from ".";
import { parseModel, parseModelText, type Model } from "../model";
import { FINDING_CODES } from "./findings/codes";
import { TECHNIQUES } from "./techniques";
import { checkReads } from "./testing/check";
import { modelItems } from "./testing/items";

const dir = join(__dirname, "..", "..", "public", "examples");
const files = readdirSync(dir).filter((f) => f.endsWith(".json") && f !== "index.json").sort();

function load(file: string): Model {
  const parsed = parseModelText(readFileSync(join(dir, file), "utf8"));
  if (!parsed.ok) throw new Error(`${file} is invalid`);
  return parsed.model;
}

const OPERATIONS = ["GetItem", "Query", "BatchGetItem", "Scan", "PutItem", "UpdateItem", "DeleteItem", "TransactWriteItems"];

describe.each(files)("%s", (file) => {
  const model = load(file);
  const design = designModelStrict(model);
  const json = designToJson(design);

  it("serves every access pattern", () => {
    expect(json.accessPatterns.filter((p) => !p.served).map((p) => `${p.id}: ${p.explanation}`)).toEqual([]);
    expect(json.findings.filter((f) => f.code === "UNSERVED" || f.code === "KEY_COLLISION" || f.code === "TOO_MANY_GSIS")).toEqual([]);
  });

  it("is deterministic, byte for byte", () => {
    expect(JSON.stringify(designToJson(designModel(load(file))))).toBe(JSON.stringify(json));
  });

  it("maps a pinned copy of the design to the same operations", () => {
    const pinned = parseModel(JSON.parse(JSON.stringify({ ...model, design: toPinnedDesign(design) })));
    expect(pinned.ok).toBe(true);
    if (!pinned.ok) return;
    const again = designToJson(designModelStrict(pinned.model));
    expect(again.pinned).toBe(true);
    expect(JSON.stringify(again.accessPatterns)).toBe(JSON.stringify(json.accessPatterns));
    expect(again.entities).toEqual(json.entities);
    expect(again.table).toEqual(json.table);
  });

  it("has the fields of `design --json` (cli.md)", () => {
    expect(json.table.name.length).toBeGreaterThanOrEqual(3);
    expect(json.table.partitionKey).toBe("PK");
    expect(json.table.sortKey).toBe("SK");
    expect(json.table.indexes.length).toBeLessThanOrEqual(20);
    for (const i of json.table.indexes) expect(i).toMatchObject({ type: "global", projection: "ALL" });
    for (const e of model.entities) expect(Object.keys(json.entities[e.name] ?? {})).toEqual(expect.arrayContaining(["PK", "SK"]));
    for (const p of json.accessPatterns) {
      expect(OPERATIONS).toContain(p.operation);
      expect(p.shards).toBeGreaterThanOrEqual(1);
      expect(p.explanation.length).toBeGreaterThan(20);
      for (const t of p.techniques) expect(Object.keys(TECHNIQUES)).toContain(t);
      if (p.operation === "Query") expect(p.keyCondition).toMatch(/^(PK|GSI\d+PK) = :pk/);
      if (p.kind === "get") expect(p.operation).toBe("GetItem");
    }
    for (const f of json.findings) {
      expect(FINDING_CODES).toContain(f.code);
      expect(["error", "warning", "info"]).toContain(f.severity);
      expect(f.message.length).toBeGreaterThan(20);
    }
    expect(json.decisions.length).toBeGreaterThan(model.entities.length);
  });

  it("returns the oracle's results for generated items", () => {
    for (const seed of [1, 2, 3]) expect(checkReads(model, design, modelItems(model, 14, seed), 6, seed)).toBeUndefined();
  });
});

describe("what the examples teach", () => {
  const byId = (file: string) => {
    const d = designToJson(designModelStrict(load(file)));
    return (id: string) => {
      const p = d.accessPatterns.find((x) => x.id === id);
      if (!p) throw new Error(id);
      return p;
    };
  };

  it("payments: refunds in the payment's item collection, idempotent creates with a uniqueness item", () => {
    const p = byId("multi-tenant-payments.json");
    expect(p("paymentWithRefunds")).toMatchObject({ operation: "Query", index: null, techniques: expect.arrayContaining(["item-collection"]) });
    expect(p("createPayment")).toMatchObject({ operation: "TransactWriteItems", condition: "attribute_not_exists(PK)" });
    expect(p("debitBalance").updateExpression).toBe("ADD #balance :balance");
    expect(p("debitBalance").condition).toBe("#balance >= :minus_balance");
    expect(p("settlePayment").condition).toBe("#version = :expected");
    expect(p("pendingPayments").techniques).toContain("sparse-index");
    expect(p("payoutQueue").techniques).toEqual(expect.arrayContaining(["sparse-index", "constant-partition"]));
  });

  it("e-commerce: one Query for an order with its items and shipments", () => {
    const p = byId("ecommerce-orders.json");
    expect(p("orderDetails")).toMatchObject({ operation: "Query", index: null, keyCondition: "PK = :pk", filter: null });
    expect(p("reserveStock").techniques).toContain("compare-and-set");
  });

  it("SaaS and content: the other side of a many-to-many is an inverted index", () => {
    expect(byId("saas-teams.json")("userTeams").techniques).toContain("inverted-index");
    expect(byId("content-platform.json")("tagFeed").techniques).toContain("inverted-index");
  });

  it("IoT: the fleet-wide live view is write-sharded", () => {
    const live = byId("iot-telemetry.json")("liveDevices");
    expect(live.shards).toBeGreaterThan(10);
    expect(live.techniques).toContain("write-sharding");
    expect(live.mergeOrder).toMatchObject({ direction: "desc" });
  });

  it("game: every open game from a constant, sparse partition; strong reads from the table", () => {
    const p = byId("game-leaderboard.json");
    expect(p("allOpenGames").techniques).toEqual(expect.arrayContaining(["constant-partition", "sparse-index"]));
    expect(p("getScore")).toMatchObject({ operation: "GetItem", index: null, consistentRead: true });
    expect(p("topScores").techniques).toEqual(expect.arrayContaining(["reversed-tiebreak", "sortable-number-encoding"]));
  });

  it("chat: a thread is one Query over messages and replies ordered by time", () => {
    const thread = byId("chat-messaging.json")("threadView");
    expect(thread).toMatchObject({ operation: "Query", scanIndexForward: true });
    expect(thread.index).not.toBeNull();
  });
});
