/**
 * One small model per technique: the templates, operation, technique ids and explanation
 * the engine chooses, and (through checkReads) that the result is the oracle's.
 */
import { describe, expect, it } from "vitest";
import { designModelStrict, designToJson, itemKeys, uniquenessItems } from ".";
import { encodeNumber } from "./encode";
import { entity, model, pattern } from "./testing/build";
import { checkReads } from "./testing/check";
import { modelItems } from "./testing/items";
import type { Model } from "../model";

function design(m: Model) {
  const d = designModelStrict(m);
  for (const seed of [1, 2]) expect(checkReads(m, d, modelItems(m, 12, seed), 5, seed)).toBeUndefined();
  const json = designToJson(d);
  const ap = (id: string) => {
    const p = json.accessPatterns.find((x) => x.id === id);
    if (!p) throw new Error(id);
    return p;
  };
  return { d, json, ap };
}

const order = entity("Order", ["orderId"], ["orderId", "customerId", "status", "placedAt:datetime"]);
const line = entity("OrderItem", ["orderId", "lineNo"], [{ name: "orderId", type: "string", ref: "Order" }, "lineNo:number", "sku", "quantity:number"]);

describe("techniques", () => {
  it("item collection: an order and its lines share ORDER#{orderId}, read by one Query", () => {
    const { json, ap } = design(model([order, line], [pattern({ id: "orderDetails", kind: "query", entity: ["Order", "OrderItem"], where: { orderId: "eq" } })]));
    expect(json.entities["Order"]).toMatchObject({ PK: "ORDER#{orderId}", SK: "ORDER#" });
    expect(json.entities["OrderItem"]).toMatchObject({ PK: "ORDER#{orderId}", SK: "ORDERITEM#{lineNo}" });
    expect(ap("orderDetails")).toMatchObject({ operation: "Query", index: null, keyCondition: "PK = :pk", filter: null });
    expect(ap("orderDetails").techniques).toContain("item-collection");
    expect(ap("orderDetails").explanation).toContain("ORDER#{orderId}");
    expect(json.table.indexes).toEqual([]);
  });

  it("typed prefixes keep one entity's Query inside its prefix (begins_with ORDERITEM#)", () => {
    const { ap } = design(model([order, line], [pattern({ id: "lines", kind: "query", entity: "OrderItem", where: { orderId: "eq" }, order: { by: "lineNo" } })]));
    expect(ap("lines")).toMatchObject({ index: null, keyCondition: "PK = :pk AND begins_with(SK, :prefix)", scanIndexForward: true });
    expect(ap("lines").techniques).toContain("sortable-number-encoding");
  });

  it("composite sort key: equality folded in front of the range attribute", () => {
    const ticket = entity("Ticket", ["ticketId"], ["ticketId", "assignee", { name: "state", type: "string", values: ["OPEN", "DONE"] }, "createdAt:datetime"]);
    const { json, ap } = design(model([ticket], [pattern({ id: "mine", kind: "query", entity: "Ticket", where: { assignee: "eq", state: "eq", createdAt: "between" }, order: { by: "createdAt" } })]));
    expect(json.entities["Ticket"]).toMatchObject({ GSI1PK: "ASSIGNEE#{assignee}", GSI1SK: "TICKET#{state}#{createdAt}#{ticketId}" });
    expect(ap("mine").techniques).toContain("composite-sort-key");
    expect(ap("mine").keyCondition).toBe("GSI1PK = :pk AND GSI1SK BETWEEN :from AND :to");
    expect(ap("mine").explanation).toContain("composite sort key");
  });

  it("GSI overloading: two entities' patterns share one GSI", () => {
    const user = entity("User", ["userId"], ["userId", "email"]);
    const team = entity("Team", ["teamId"], ["teamId", "orgId", "name"]);
    const { json, ap } = design(model([user, team], [
      pattern({ id: "byEmail", kind: "query", entity: "User", where: { email: "eq" }, limit: 1 }),
      pattern({ id: "orgTeams", kind: "query", entity: "Team", where: { orgId: "eq" }, order: { by: "name" } }),
    ]));
    expect(json.table.indexes.map((i) => i.name)).toEqual(["GSI1"]);
    expect(ap("byEmail").index).toBe("GSI1");
    expect(ap("orgTeams").index).toBe("GSI1");
    expect(ap("orgTeams").techniques).toContain("gsi-overloading");
    expect(json.decisions.find((x) => x.index === "GSI1")?.techniques).toContain("gsi-overloading");
  });

  it("inverted index: the join entity's key swapped serves the other side of a many-to-many", () => {
    const team = entity("Team", ["teamId"], ["teamId", "name"]);
    const user = entity("User", ["userId"], ["userId", "name"]);
    const member = entity("Membership", ["teamId", "userId"], [{ name: "teamId", type: "string", ref: "Team" }, { name: "userId", type: "string", ref: "User" }, "joinedAt:datetime"]);
    const { json, ap } = design(model([team, user, member], [
      pattern({ id: "teamWithMembers", kind: "query", entity: ["Team", "Membership"], where: { teamId: "eq" } }),
      pattern({ id: "userTeams", kind: "query", entity: "Membership", where: { userId: "eq" } }),
    ]));
    expect(json.entities["Membership"]).toMatchObject({ PK: "TEAM#{teamId}", SK: "MEMBERSHIP#{userId}", GSI1PK: "USER#{userId}", GSI1SK: "MEMBERSHIP#{teamId}" });
    expect(ap("userTeams").techniques).toContain("inverted-index");
    expect(ap("teamWithMembers").index).toBeNull();
  });

  it("sparse index for exists and for constants: only qualifying items carry the keys", () => {
    const task = entity("Task", ["taskId"], ["taskId", "ownerId", { name: "closedAt", type: "datetime", optional: true }, { name: "status", type: "string", values: ["OPEN", "DONE"] }, "createdAt:datetime"]);
    const m = model([task], [
      pattern({ id: "closed", kind: "query", entity: "Task", where: { ownerId: "eq", closedAt: "exists" }, order: { by: "createdAt" } }),
      pattern({ id: "open", kind: "query", entity: "Task", where: { ownerId: "eq", status: { eq: "OPEN" } }, order: { by: "createdAt", dir: "desc" } }),
    ]);
    const { d, json, ap } = design(m);
    expect(ap("closed").techniques).toContain("sparse-index");
    expect(ap("open").techniques).toContain("sparse-index");
    const open = json.entityIndexes.find((k) => k.entity === "Task" && k.when && "status" in k.when);
    expect(open?.when).toEqual({ status: { eq: "OPEN" } });
    const keysOpen = itemKeys(d, "Task", { taskId: "t1", ownerId: "o", status: "OPEN", createdAt: "2026-01-01T00:00:00.000Z" });
    const keysDone = itemKeys(d, "Task", { taskId: "t1", ownerId: "o", status: "DONE", createdAt: "2026-01-01T00:00:00.000Z" });
    const openIndex = json.table.indexes.find((i) => i.name === open?.index);
    expect(Object.keys(keysOpen)).toContain(openIndex?.partitionKey);
    expect(Object.keys(keysDone)).not.toContain(openIndex?.partitionKey);
  });

  it("a scan whose constants match a sparse index scans that index, not the table", () => {
    const task = entity("Task", ["taskId"], ["taskId", "ownerId", { name: "status", type: "string", values: ["OPEN", "DONE"] }, "createdAt:datetime"]);
    const { ap } = design(model([task], [
      pattern({ id: "done", kind: "query", entity: "Task", where: { ownerId: "eq", status: { eq: "DONE" } }, order: { by: "createdAt" } }),
      pattern({ id: "exportDone", kind: "scan", entity: "Task", where: { status: { eq: "DONE" } } }),
    ]));
    expect(ap("exportDone")).toMatchObject({ operation: "Scan", index: "GSI1", filter: null });
    expect(ap("exportDone").techniques).toEqual(["sparse-index", "scan"]);
  });

  it("constant partition for a pattern with no run-time equality", () => {
    const game = entity("Game", ["gameId"], ["gameId", { name: "status", type: "string", values: ["OPEN", "FULL"] }, "createdAt:datetime"]);
    const { json, ap } = design(model([game], [pattern({ id: "allOpen", kind: "query", entity: "Game", where: { status: { eq: "OPEN" } }, order: { by: "createdAt" }, limit: 50, rps: 10 })]));
    expect(json.entities["Game"]?.["GSI1PK"]).toBe("GAME#STATUS#OPEN");
    expect(ap("allOpen").techniques).toEqual(expect.arrayContaining(["constant-partition", "sparse-index"]));
    expect(ap("allOpen").shards).toBe(1);
  });

  it("write sharding: N sized from the write load on the hot key, reads fan out and merge", () => {
    const ev = entity("Event", ["eventId"], ["eventId", { name: "status", type: "string", values: ["LIVE", "ENDED"] }, "updatedAt:datetime"]);
    const { json, ap } = design(model([ev], [
      pattern({ id: "live", kind: "query", entity: "Event", where: { status: { eq: "LIVE" } }, order: { by: "updatedAt", dir: "desc" }, limit: 20 }),
      pattern({ id: "touch", kind: "update", entity: "Event", where: { eventId: "eq" }, set: ["updatedAt"], rps: 5000 }),
    ]));
    // Each update moves the item within the index (delete + put: 2 write units of a small item) on one key value.
    expect(ap("live").shards).toBe(Math.ceil((5000 * 2) / (1000 * 0.8)));
    expect(ap("live").techniques).toContain("write-sharding");
    expect(ap("live").mergeOrder).toEqual({ attribute: "GSI1SK", direction: "desc" });
    expect(json.findings.some((f) => f.code === "SHARDED")).toBe(true);
    expect(json.entityIndexes.find((k) => k.index === "GSI1")?.shards).toBe(13);
  });

  it("uniqueness items in a transaction, idempotent create, release on delete", () => {
    const customer = entity("Customer", ["customerId"], ["customerId", { name: "email", type: "string", unique: true }, "version:number"]);
    const { d, ap } = design(model([customer], [
      pattern({ id: "register", kind: "put", entity: "Customer", condition: "notExists" }),
      pattern({ id: "changeEmail", kind: "update", entity: "Customer", where: { customerId: "eq" }, set: ["email"], condition: "version" }),
      pattern({ id: "erase", kind: "delete", entity: "Customer", where: { customerId: "eq" }, condition: "version" }),
    ]));
    expect(ap("register")).toMatchObject({ operation: "TransactWriteItems", condition: "attribute_not_exists(PK)" });
    expect(ap("register").transactItems).toEqual([
      { action: "Put", target: "entity", condition: "attribute_not_exists(PK)" },
      { action: "Put", target: "uniqueness", attribute: "email", condition: "attribute_not_exists(PK)" },
    ]);
    expect(ap("register").techniques).toEqual(expect.arrayContaining(["uniqueness-item", "idempotent-create", "transaction"]));
    expect(ap("changeEmail").transactItems?.map((t) => `${t.action} ${t.target}`)).toEqual(["Update entity", "Delete uniqueness", "Put uniqueness"]);
    expect(ap("erase").transactItems?.map((t) => `${t.action} ${t.target}`)).toEqual(["Delete entity", "Delete uniqueness"]);
    const u = uniquenessItems(d, "Customer", { customerId: "c1", email: "a#b@x.io", version: 1 });
    expect(u).toEqual([{ PK: "_UNIQUE#CUSTOMER#email#a$cb@x.io", SK: "_UNIQUE#CUSTOMER#email#a$cb@x.io", _type: "_unique", _owner: JSON.stringify(["CUSTOMER#c1", "CUSTOMER#"]) }]);
  });

  it("optimistic locking, atomic counters and the non-negative guard", () => {
    const acct = entity("Account", ["accountId"], ["accountId", "balance:number", "note", "version:number"]);
    const { ap } = design(model([acct], [
      pattern({ id: "edit", kind: "update", entity: "Account", where: { accountId: "eq" }, set: ["note"], condition: "version" }),
      pattern({ id: "debit", kind: "update", entity: "Account", where: { accountId: "eq" }, add: ["balance"], condition: "nonNegative" }),
      pattern({ id: "touch", kind: "update", entity: "Account", where: { accountId: "eq" }, set: ["note"] }),
    ]));
    expect(ap("edit")).toMatchObject({ operation: "UpdateItem", condition: "#version = :expected", updateExpression: "SET #note = :note, #version = #version + :one" });
    expect(ap("debit")).toMatchObject({ updateExpression: "ADD #balance :balance", condition: "#balance >= :minus_balance" });
    expect(ap("debit").techniques).toEqual(expect.arrayContaining(["atomic-counter", "non-negative-guard"]));
    expect(ap("touch").condition).toBe("attribute_exists(PK)");
  });

  it("sortable number encoding keeps negatives, zero and decimals in order", () => {
    const values = [-1e21, -12345.678, -10, -1.5, -1, -0.5, -0.001, 0, 0.001, 0.5, 1, 1.5, 2, 10, 12345.678, 1e21];
    const encoded = values.map((v) => encodeNumber(v));
    expect([...encoded].sort()).toEqual(encoded);
    expect(encodeNumber("12.50")).toBe(encodeNumber(12.5));
    expect(encodeNumber(-0)).toBe(encodeNumber(0));
  });

  it("strong reads: GetItem on the table; an LSI for another sort key; unserved when only a GSI could", () => {
    const score = entity("Score", ["boardId", "playerId"], ["boardId", "playerId", "score:number", "handle"]);
    const { json, ap } = design(model([score], [
      pattern({ id: "get", kind: "get", entity: "Score", where: { boardId: "eq", playerId: "eq" }, consistency: "strong" }),
      pattern({ id: "top", kind: "query", entity: "Score", where: { boardId: "eq" }, order: { by: "score", dir: "desc" }, limit: 10, consistency: "strong" }),
      pattern({ id: "byHandle", kind: "query", entity: "Score", where: { handle: "eq" }, consistency: "strong" }),
    ]));
    expect(ap("get")).toMatchObject({ operation: "GetItem", index: null, consistentRead: true });
    expect(ap("top")).toMatchObject({ operation: "Query", index: "LSI1", consistentRead: true, scanIndexForward: false });
    expect(ap("top").techniques).toEqual(expect.arrayContaining(["local-secondary-index", "strong-read"]));
    expect(json.table.indexes).toEqual([{ name: "LSI1", type: "local", partitionKey: "PK", sortKey: "LSI1SK", projection: "ALL" }]);
    expect(ap("byHandle").served).toBe(false);
    expect(ap("byHandle").explanation).toMatch(/eventually consistent|partition key needs/);
    expect(json.findings.some((f) => f.code === "UNSERVED" && f.accessPattern === "byHandle")).toBe(true);
  });

  it("descending queries break ties by reversed key parts, so ties keep the oracle's ascending order", () => {
    const post = entity("Post", ["postId"], ["postId", "authorId", "publishedAt:datetime"]);
    const { json, ap } = design(model([post], [pattern({ id: "recent", kind: "query", entity: "Post", where: { authorId: "eq" }, order: { by: "publishedAt", dir: "desc" } })]));
    expect(json.entityIndexes.find((k) => k.index === "GSI1")).toMatchObject({ sortKey: "POST#{publishedAt}#{postId}", reverse: ["postId"] });
    expect(ap("recent").techniques).toContain("reversed-tiebreak");
  });

  it("physical names avoid the entity's own attribute names", () => {
    const odd = entity("Odd", ["PK"], ["PK", "SK", "_type", "GSI1PK", { name: "__proto__", type: "string" }]);
    const { d, json } = design(model([odd], [pattern({ id: "byProto", kind: "query", entity: "Odd", where: JSON.parse('{"__proto__": "eq"}') as Record<string, "eq"> })]));
    expect(json.table.partitionKey).toBe("_PK");
    expect(json.table.sortKey).toBe("_SK");
    expect(json.table.typeAttribute).toBe("__type");
    expect(json.table.indexes[0]?.partitionKey).toBe("_GSI1PK");
    const keys = itemKeys(d, "Odd", JSON.parse('{"PK":"a","SK":"b","_type":"c","GSI1PK":"d","__proto__":"e"}'));
    expect(keys).toMatchObject({ _PK: "ODD#a", _GSI1PK: "PROTO#e" });
  });
});
