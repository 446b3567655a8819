import { describe, expect, it } from "vitest";
import { designModel } from "../design";
import { capacityOf } from "./capacity";
import { shopModel } from "./testing/shop";

// The Shop model (testing/shop.ts) worked by hand. Sizes follow CapacityUnitCalculations
// ("Item sizes and formats": name bytes + value bytes; numbers 1 byte per 2 digits + 1);
// units follow read-write-operations (reads per 4 KB, ½ eventual; writes per 1 KB), GSI
// (index writes; 2 when an update changes an index key) and transaction-apis (2×).
const model = shopModel();
const design = designModel(model);
const c = capacityOf(model, design);
const pattern = (id: string) => {
  const p = c.patterns.find((x) => x.id === id);
  if (!p) throw new Error(`no pattern ${id}`);
  return p;
};
const profile = (name: string) => {
  const p = c.profiles.find((x) => x.entity === name);
  if (!p) throw new Error(`no entity ${name}`);
  return p;
};

// Customer: customerId ("customerId" 10 + 10) + email ("email" 5 + 30) = 55 attribute bytes;
// PK "CUSTOMER#" + 10 = 19 (+ "PK" 2), SK "CUSTOMER#" = 9 (+ "SK" 2): 32; _type "Customer": 5 + 8 = 13.
const CUSTOMER = 55 + 32 + 13;
// Order: customerId 10 + 10 (a ref is sized as its parent's key), orderId 7 + 10, status
// 6 + (4 + 7) / 2, total 5 + 3 ("999": pairs 09 99 → 2 + 1), note 0.7 × (4 + 2,000) (optional:
// present 70% of the time, docs/sample-data.md) = 1,459.3.
const ORDER_ATTRIBUTES = 20 + 17 + 11.5 + 8 + 0.7 * 2004;
// Keys: PK "CUSTOMER#" + 10 (+2) = 21, SK "ORDER#" + 10 (+2) = 18, _type 5 + 5 = 10, and GSI1's
// keys (GSI1PK 6 + "OPEN" 4 = 10, GSI1SK 6 + "ORDER#" 6 + 10 + "#" 1 + 10 = 33) on the half of
// the orders that are OPEN (the sparse index): 0.5 × 43.
const ORDER = ORDER_ATTRIBUTES + 21 + 18 + 10 + 0.5 * 43;
// A GSI1 entry (projection ALL) is the whole item, always with GSI1's keys.
const ORDER_ENTRY = ORDER + 0.5 * 43;

describe("item sizes, declared", () => {
  it("sizes the items as stored, keys included", () => {
    expect(profile("Customer").itemBytes).toBeCloseTo(CUSTOMER, 9);
    expect(profile("Order").itemBytes).toBeCloseTo(ORDER, 9);
    const gsi = profile("Order").indexes.find((i) => i.index === "GSI1");
    expect(gsi?.share).toBe(0.5); // status = OPEN: one of two enum values
    expect(gsi?.entryBytes).toBeCloseTo(ORDER_ENTRY, 9);
  });
});

describe("units per request", () => {
  it("GetItem, strongly consistent: one 4 KB block at 1 unit", () => {
    expect(CUSTOMER).toBeLessThan(4096);
    expect(pattern("getCustomer").readUnitsPerRequest).toBe(1);
  });

  it("Query: 20 of a customer's 100 orders, summed, rounded once, ½ eventual", () => {
    // 100,000 orders / 1,000 customers = 100 per key value; the limit takes 20.
    expect(pattern("customerOrders").itemsPerRequest).toBe(20);
    expect(pattern("customerOrders").readUnitsPerRequest).toBe(Math.ceil((20 * ORDER) / 4096) * 0.5); // 8 blocks → 4
    expect(pattern("customerOrders").readUnitsPerRequest).toBe(4);
  });

  it("Query on a sparse GSI: 100 index entries", () => {
    expect(pattern("openOrders").index).toBe("GSI1");
    expect(pattern("openOrders").readUnitsPerRequest).toBe(Math.ceil((100 * ORDER_ENTRY) / 4096) * 0.5); // 38 blocks → 19
    expect(pattern("openOrders").readUnitsPerRequest).toBe(19);
  });

  it("a unique attribute makes the create a transaction: 2 × (item + uniqueness item)", () => {
    const p = pattern("createCustomer");
    expect(p.operation).toBe("TransactWriteItems");
    // uniqueness item: PK and SK "_UNIQUE#CUSTOMER#email#" + 30 (+2 each), _type "_unique",
    // _owner and the owner's key: well under 1 KB, so 1 unit, like the 100-byte customer.
    expect(p.writeUnitsPerRequest).toBe(2 * (1 + 1));
    expect(p.targets).toEqual([{ index: null, readUnits: 0, writeUnits: 4 }]);
  });

  it("a put writes the item (2 KB → 2 units) and, for the OPEN half, a GSI1 entry (2 units)", () => {
    const p = pattern("createOrder");
    expect(Math.ceil(ORDER / 1024)).toBe(2);
    expect(p.targets).toEqual([
      { index: null, readUnits: 0, writeUnits: 2 },
      { index: "GSI1", readUnits: 0, writeUnits: 0.5 * 2 },
    ]);
  });

  it("an update of an index key attribute costs the index 2 writes (delete + put)", () => {
    const p = pattern("shipOrder");
    expect(p.targets).toEqual([
      { index: null, readUnits: 0, writeUnits: 2 },
      { index: "GSI1", readUnits: 0, writeUnits: 2 * 0.5 * 2 },
    ]);
  });
});

describe("load per table and index", () => {
  it("sums rps × units", () => {
    const table = c.loads.find((l) => l.index === null);
    const gsi = c.loads.find((l) => l.index === "GSI1");
    expect(table?.readUnitsPerSecond).toBe(100 * 1 + 50 * 4);
    expect(table?.writeUnitsPerSecond).toBe(10 * 4 + 200 * 2 + 100 * 2);
    expect(gsi?.readUnitsPerSecond).toBe(5 * 19);
    expect(gsi?.writeUnitsPerSecond).toBe(200 * 1 + 100 * 2);
  });

  it("stores every item and index entry with 100 bytes of overhead (CapacityUnitCalculations)", () => {
    const table = c.loads.find((l) => l.index === null);
    const gsi = c.loads.find((l) => l.index === "GSI1");
    const uniqueness = profile("Customer").uniqueness[0]?.bytes ?? NaN;
    expect(table?.storageBytes).toBeCloseTo(1000 * (CUSTOMER + 100) + 1000 * (uniqueness + 100) + 100000 * (ORDER + 100), 3);
    expect(gsi?.storageBytes).toBeCloseTo(50000 * (ORDER_ENTRY + 100), 3);
  });

  it("estimates partitions from the capacity an on-demand table keeps (twice the load)", () => {
    // max(ceil(2 × 300 / 3,000 + 2 × 640 / 1,000), ceil(0.15 GB / 10 GB)) = ceil(0.2 + 1.28) = 2
    expect(c.loads.find((l) => l.index === null)?.partitions).toBe(2);
    // ceil(2 × 95 / 3,000 + 2 × 400 / 1,000) = ceil(0.863) = 1
    expect(c.loads.find((l) => l.index === "GSI1")?.partitions).toBe(1);
  });

  it("scales every rps", () => {
    const doubled = capacityOf(model, design, { scale: 2 });
    expect(doubled.loads[0]?.writeUnitsPerSecond).toBe(2 * (c.loads[0]?.writeUnitsPerSecond ?? 0));
  });

  it("can double index writes in transactions, as DynamoDB Local does", () => {
    const local = capacityOf(model, design, { transactionIndexFactor: 2 });
    expect(local.patterns.find((p) => p.id === "createCustomer")?.writeUnitsPerRequest).toBe(4); // no index: unchanged
  });
});
