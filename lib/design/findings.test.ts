/** Each finding code on a small model that triggers it (thresholds in docs/findings.md). */
import { describe, expect, it } from "vitest";
import { designModelStrict } from ".";
import type { Attribute, Model } from "../model";
import { entity, model, pattern } from "./testing/build";

const codes = (m: Model) => designModelStrict(m).findings;
const status = { name: "status", type: "string", values: ["OPEN", "DONE"] } as Attribute;

describe("findings", () => {
  it("TOO_MANY_GSIS when one entity needs a 21st index, and that pattern is UNSERVED", () => {
    const attrs = Array.from({ length: 21 }, (_, i) => `a${i}`);
    const m = model([entity("Wide", ["id"], ["id", ...attrs])], attrs.map((a) => pattern({ id: `by_${a}`, kind: "query", entity: "Wide", where: { [a]: "eq" } })));
    const d = designModelStrict(m);
    expect(d.table.indexes.filter((i) => i.type === "global")).toHaveLength(20);
    expect(d.findings.filter((f) => f.code === "TOO_MANY_GSIS")).toHaveLength(1);
    expect(d.accessPatterns.filter((p) => !p.served).map((p) => p.id)).toEqual(["by_a20"]);
    expect(d.findings.some((f) => f.code === "UNSERVED" && f.accessPattern === "by_a20" && f.severity === "error")).toBe(true);
  });

  it("SCAN_NEEDED for scans (info), never a failure", () => {
    const f = codes(model([entity("Thing", ["id"], ["id", status])], [pattern({ id: "export", kind: "scan", entity: "Thing", where: { status: { eq: "DONE" } } })]));
    expect(f).toEqual([expect.objectContaining({ code: "SCAN_NEEDED", severity: "info", accessPattern: "export" })]);
  });

  it("HOT_KEY when one table item takes more than a partition's writes", () => {
    const f = codes(model([entity("Config", ["id"], ["id", "value:number"], 1)], [pattern({ kind: "update", entity: "Config", where: { id: "eq" }, add: ["value"], rps: 5000 })]));
    expect(f.some((x) => x.code === "HOT_KEY" && x.severity === "warning" && x.entity === "Config")).toBe(true);
  });

  it("SHARDED, not HOT_KEY, when sharding absorbs an index key's load", () => {
    const f = codes(model([entity("Job", ["id"], ["id", status, "at:datetime"])], [
      pattern({ kind: "query", entity: "Job", where: { status: { eq: "OPEN" } }, order: { by: "at" }, limit: 10 }),
      pattern({ kind: "put", entity: "Job", rps: 3000 }),
    ]));
    expect(f.map((x) => x.code)).toContain("SHARDED");
    expect(f.map((x) => x.code)).not.toContain("HOT_KEY");
  });

  it("LOW_CARDINALITY_KEY for a partition key of an enum", () => {
    const f = codes(model([entity("Product", ["id"], ["id", { name: "category", type: "string", values: ["A", "B", "C"] }, "price:number"])], [
      pattern({ kind: "query", entity: "Product", where: { category: "eq" }, order: { by: "price" }, limit: 10 }),
    ]));
    expect(f).toEqual(expect.arrayContaining([expect.objectContaining({ code: "LOW_CARDINALITY_KEY", severity: "info" })]));
  });

  it("LARGE_ITEM_COLLECTION when one key value holds more than 10 GB", () => {
    const f = codes(model([entity("Log", ["id"], ["id", { name: "body", type: "string", size: 2000 }, "at:datetime"], 100_000_000)], [
      pattern({ kind: "query", entity: "Log", where: {}, order: { by: "at", dir: "desc" }, limit: 100 }),
    ]));
    expect(f.some((x) => x.code === "LARGE_ITEM_COLLECTION")).toBe(true);
  });

  it("GSI_KEY_UPDATE when an update changes an index key attribute", () => {
    const f = codes(model([entity("Order", ["id"], ["id", "customerId", status, "at:datetime"])], [
      pattern({ kind: "query", entity: "Order", where: { customerId: "eq", status: "eq" }, order: { by: "at" } }),
      pattern({ id: "ship", kind: "update", entity: "Order", where: { id: "eq" }, set: ["status"] }),
    ]));
    expect(f).toEqual(expect.arrayContaining([expect.objectContaining({ code: "GSI_KEY_UPDATE", accessPattern: "ship" })]));
  });

  it("GSI_THROTTLES_TABLE when a pinned GSI key takes more writes than a partition can", () => {
    const m = model([entity("Job", ["id"], ["id", status, "at:datetime"])], [
      pattern({ kind: "query", entity: "Job", where: { status: { eq: "OPEN" } }, order: { by: "at" } }),
      pattern({ kind: "put", entity: "Job", rps: 3000 }),
    ], {
      design: {
        table: { partitionKey: { name: "PK", type: "S" }, sortKey: { name: "SK", type: "S" } },
        indexes: [{ name: "GSI1", type: "global", partitionKey: { name: "GSI1PK", type: "S" }, sortKey: { name: "GSI1SK", type: "S" }, projection: "ALL" }],
        entities: [{ entity: "Job", keys: [{ index: null, partitionKey: "JOB#{id}", sortKey: "JOB#" }, { index: "GSI1", partitionKey: "JOB#{status}", sortKey: "{at}#{id}" }] }],
      },
    });
    const f = codes(m);
    expect(f.some((x) => x.code === "GSI_THROTTLES_TABLE" && x.severity === "warning")).toBe(true);
    expect(f.some((x) => x.code === "HOT_KEY")).toBe(true);
  });

  it("KEY_COLLISION when two pinned entities can render the same table key", () => {
    const m = model([entity("A", ["id"], ["id"]), entity("B", ["id"], ["id"])], [], {
      design: {
        table: { partitionKey: { name: "PK", type: "S" }, sortKey: { name: "SK", type: "S" } },
        entities: [
          { entity: "A", keys: [{ index: null, partitionKey: "X#{id}", sortKey: "META" }] },
          { entity: "B", keys: [{ index: null, partitionKey: "X#{id}", sortKey: "META" }] },
        ],
      },
    });
    expect(codes(m)).toEqual([expect.objectContaining({ code: "KEY_COLLISION", severity: "error" })]);
  });

  it("KEY_COLLISION when placeholders touch without a delimiter", () => {
    const m = model([entity("A", ["x", "y"], ["x", "y"])], [], {
      design: { table: { partitionKey: { name: "PK", type: "S" } }, entities: [{ entity: "A", keys: [{ index: null, partitionKey: "A#{x}{y}" }] }] },
    });
    expect(codes(m).map((f) => f.code)).toEqual(["KEY_COLLISION"]);
  });

  it("POOR_FIT for ad-hoc filters over optional attributes, frequent scans and unbounded results", () => {
    const opt = (name: string): Attribute => ({ name, type: "string", optional: true });
    const m = model([entity("Listing", ["id"], ["id", "city", opt("color"), opt("size"), opt("brand")], 50_000_000)], [
      pattern({ id: "search", kind: "query", entity: "Listing", where: { city: "eq", color: "eq", size: "eq", brand: "exists" } }),
      pattern({ id: "crawl", kind: "scan", entity: "Listing", rps: 5 }),
      pattern({ id: "sums", name: "Total of listings per city", kind: "query", entity: "Listing", where: { city: "eq" }, limit: 10 }),
    ]);
    const fit = codes(m).filter((f) => f.code === "POOR_FIT");
    expect(fit.map((f) => f.accessPattern)).toEqual(expect.arrayContaining(["search", "crawl", "sums"]));
    expect(fit.every((f) => /relational database or a search index/.test(f.message) || /counter/.test(f.message))).toBe(true);
  });

  it("KEY_TOO_LARGE when a long attribute sits in a sort key", () => {
    const f = codes(model([entity("Doc", ["id"], ["id", "owner", { name: "title", type: "string", size: 2000 }])], [
      pattern({ kind: "query", entity: "Doc", where: { owner: "eq" }, order: { by: "title" } }),
    ]));
    expect(f.some((x) => x.code === "KEY_TOO_LARGE")).toBe(true);
  });
});
