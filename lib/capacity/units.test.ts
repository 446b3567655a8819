import { describe, expect, it } from "vitest";
import { queryReadUnits, readUnits, transactionalWriteUnits, writeUnits } from "./units";

// read-write-operations / CapacityUnitCalculations: reads round up to 4 KB (strong 1
// unit, eventual ½), writes round up to 1 KB, transactional writes 2×; the figures at the
// boundaries are DynamoDB Local's (guide/dynamodb-local-observed.md).
describe("capacity units per request", () => {
  it("rounds writes up to 1 KB", () => {
    expect(writeUnits(1024)).toBe(1); // measured: exactly 1,024 bytes → 1 WCU
    expect(writeUnits(1025)).toBe(2); // measured: 1,025 → 2
    expect(writeUnits(2049)).toBe(3); // measured: 2,049 → 3
    expect(writeUnits(0)).toBe(1); // a write costs at least one unit
  });

  it("doubles transactional writes (transaction-apis)", () => {
    expect(transactionalWriteUnits(1000)).toBe(2);
    expect(transactionalWriteUnits(1500)).toBe(4); // 2 units × 2
  });

  it("rounds reads up to 4 KB, ½ unit eventually consistent", () => {
    expect(readUnits(4096, "strong")).toBe(1); // measured: GetItem of 4,096 bytes, strong → 1
    expect(readUnits(4096, "eventual")).toBe(0.5); // measured: eventual → 0.5
    expect(readUnits(4097, "strong")).toBe(2); // measured: 4,097 bytes → 2
    expect(readUnits(4097, "eventual")).toBe(1); // measured: → 1
    expect(readUnits(0, "eventual")).toBe(0.5); // a missing item still costs the minimum
  });

  it("sums a Query's items and rounds once, per 1 MB page", () => {
    // 50 items of 664 bytes: 33,200 bytes → ceil(33,200 / 4,096) = 9 blocks × ½ = 4.5
    expect(queryReadUnits(50, 664, "eventual")).toBe(4.5);
    // one block per item would have cost 25: the Query rule is what makes collections cheap
    expect(50 * readUnits(664, "eventual")).toBe(25);
    // measured page: 11 items, 1,100,132 bytes in one page → 0.5 × ceil(1,100,132 / 4,096) = 134.5
    expect(queryReadUnits(1, 1_100_132, "eventual", 2 * 1024 * 1024)).toBe(134.5);
    // two full 1 MB pages (256 blocks each) and a 4,097-byte rest (2 blocks), strong
    expect(queryReadUnits(1, 2 * 1048576 + 4097, "strong")).toBe(256 + 256 + 2);
  });
});
