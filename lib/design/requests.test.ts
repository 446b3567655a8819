/** The exact requests: shapes, names and values used, shards, merge order, empty ranges. */
import { describe, expect, it } from "vitest";
import { buildReadRequests, designModelStrict, mergeShardResults } from ".";
import { entity, model, pattern } from "./testing/build";

const status = { name: "status", type: "string" as const, values: ["LIVE", "ENDED"] };
const m = model([entity("Event", ["eventId"], ["eventId", "hostId", status, "updatedAt:datetime", "score:number"])], [
  pattern({ id: "get", kind: "get", entity: "Event", where: { eventId: "eq" }, consistency: "strong" }),
  pattern({ id: "byHost", kind: "query", entity: "Event", where: { hostId: "eq", updatedAt: "between" }, order: { by: "updatedAt", dir: "desc" }, limit: 5 }),
  pattern({ id: "live", kind: "query", entity: "Event", where: { status: { eq: "LIVE" } }, order: { by: "updatedAt", dir: "desc" }, limit: 2 }),
  pattern({ id: "touch", kind: "update", entity: "Event", where: { eventId: "eq" }, set: ["updatedAt"], rps: 2000 }),
  pattern({ id: "ended", kind: "scan", entity: "Event", where: { status: { eq: "ENDED" }, score: { gte: 10 } } }),
]);
const d = designModelStrict(m);

describe("read requests", () => {
  it("GetItem: the key, no expression names, strongly consistent when asked", () => {
    expect(buildReadRequests(d, "get", { eventId: "e#1" })).toEqual([
      { operation: "GetItem", TableName: "test-model", Key: { PK: "EVENT#e$c1", SK: "EVENT#" }, ConsistentRead: true },
    ]);
  });

  it("Query: composite bounds, only the names it uses, direction and limit", () => {
    const [q] = buildReadRequests(d, "byHost", { hostId: "h", updatedAt: ["2026-01-01T00:00:00.000Z", "2026-02-01T00:00:00.000Z"] });
    expect(q).toEqual({
      operation: "Query", TableName: "test-model", IndexName: "GSI1",
      KeyConditionExpression: "#pk = :pk AND #sk BETWEEN :from AND :to",
      ExpressionAttributeNames: { "#pk": "GSI1PK", "#sk": "GSI1SK" },
      ExpressionAttributeValues: { ":pk": "HOST#h", ":from": "EVENT#2026-01-01T00:00:00.000Z", ":to": "EVENT#2026-02-01T00:00:00.000Z$" },
      ScanIndexForward: false, Limit: 5,
    });
  });

  it("an empty range (low above high) needs no request", () => {
    expect(buildReadRequests(d, "byHost", { hostId: "h", updatedAt: ["2026-02-01T00:00:00.000Z", "2026-01-01T00:00:00.000Z"] })).toEqual([]);
  });

  it("a sharded key: one Query per shard, merged in the pattern's order and cut to its limit", () => {
    const live = d.accessPatterns.find((p) => p.id === "live");
    const requests = buildReadRequests(d, "live", {});
    expect(requests).toHaveLength(live?.shards ?? 0);
    expect(requests.map((r) => r.ExpressionAttributeValues?.[":pk"])).toEqual(requests.map((_, i) => `EVENT#STATUS#LIVE#${i}`));
    const merged = mergeShardResults(d, "live", [[{ GSI2SK: "b", GSI2PK: "x#0" }, { GSI2SK: "a", GSI2PK: "x#0" }], [{ GSI2SK: "c", GSI2PK: "x#1" }]]);
    expect(merged.map((x) => x["GSI2SK"])).toEqual(["c", "b"]);
  });

  it("Scan: constants become the filter (no entity-type filter when the table holds one entity only)", () => {
    expect(buildReadRequests(d, "ended", {})).toEqual([{
      operation: "Scan", TableName: "test-model",
      FilterExpression: "#f0 = :f0 AND #f1 >= :f1",
      ExpressionAttributeNames: { "#f0": "status", "#f1": "score" },
      ExpressionAttributeValues: { ":f0": "ENDED", ":f1": 10 },
    }]);
  });

  it("refuses unserved and unknown patterns with a clear error", () => {
    expect(() => buildReadRequests(d, "nope", {})).toThrow(/no access pattern/);
  });
});
