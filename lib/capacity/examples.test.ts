import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { designModel } from "../design";
import { parseModelText, type Model } from "../model";
import { capacityOf } from "./capacity";
import { monthlyCost } from "./cost";
import { keyHeat } from "./heat";
import { shardAdvice } from "./shards";

// The gallery's examples, checked against hand calculations. Sizes: CapacityUnitCalculations
// (name + value bytes; numbers 1 byte per 2 significant digits + 1); reads per 4 KB, ½ when
// eventually consistent; writes per 1 KB (read-write-operations); GSI writes 2 on a key
// change, 1 for projected attributes (GSI); transactions 2× (transaction-apis).
function example(file: string): Model {
  const parsed = parseModelText(readFileSync(join(__dirname, "..", "..", "public", "examples", file), "utf8"));
  if (!parsed.ok) throw new Error(`${file} does not parse`);
  return parsed.model;
}

describe("Multi-tenant payments", () => {
  const model = example("multi-tenant-payments.json");
  const design = designModel(model);
  const c = capacityOf(model, design);
  const p = (id: string) => c.patterns.find((x) => x.id === id);
  const profile = (name: string) => c.profiles.find((x) => x.entity === name);

  // Tenant: tenantId (8 + ulid 26), name (4 + 14), plan (4 + (4 + 3 + 10) / 3), currency (8 + 3),
  // balance (7 + money up to "10000000.99": pairs 10 00 00 00 99 → 6), createdAt (9 + 24);
  // keys PK "TENANT#" + 26 (+2), SK "TENANT#" (+2); _type (5) "Tenant" (6).
  const TENANT = 34 + 18 + (4 + 17 / 3) + 11 + 13 + 33 + (2 + 7 + 26) + (2 + 7) + (5 + 6);
  // Payment: tenantId 8 + 26, paymentId 9 + 26, idempotencyKey 14 + 36 (uuid), amount 6 + 6
  // ("1000000.99": 01 00 00 00 99 → 6), currency 8 + 3, status 6 + 38 / 5, customerEmail 13 + 24,
  // 0.7 × description (11 + 80), createdAt 9 + 24, 0.7 × settledAt (9 + 24), 0.7 × settlementId
  // (12 + 26), version 7 + 2 ("100": 01 00 → 1 pair + 1).
  const PAYMENT_ATTRIBUTES = 34 + 35 + 50 + 12 + 11 + (6 + 7.6) + 37 + 0.7 * 91 + 33 + 0.7 * 33 + 0.7 * 38 + 9;
  // Keys: PK "TENANT#{tenantId}#PAYMENT#{paymentId}" (2 + 68), SK "PAYMENT#" (2 + 8), _type 5 + 7;
  // GSI1 (only while PENDING: 1 of 5 statuses) GSI1PK 6 + 33, GSI1SK 6 + 8 + 24 + 1 + 26;
  // GSI2 the same lengths, always; GSI3 GSI3PK 6 + 15 + 36, GSI3SK 6 + 8 + 26 + 1 + 26.
  const PAYMENT = PAYMENT_ATTRIBUTES + 70 + 10 + 12 + 0.2 * 104 + 104 + 124;

  it("sizes a tenant and a payment as stored", () => {
    expect(profile("Tenant")?.itemBytes).toBeCloseTo(TENANT, 9);
    expect(profile("Payment")?.itemBytes).toBeCloseTo(PAYMENT, 9);
  });

  it("reads a tenant for ½ unit and debits its balance for 1", () => {
    expect(p("getTenant")?.readUnitsPerRequest).toBe(0.5); // under 4 KB, eventually consistent
    expect(p("debitBalance")?.writeUnitsPerRequest).toBe(1); // under 1 KB, no index
    const table = c.loads.find((l) => l.index === null);
    expect(table?.writeUnitsPerSecond).toBeGreaterThanOrEqual(300);
  });

  it("creates a payment in a transaction with its idempotency-key item, and writes its three GSIs", () => {
    expect(PAYMENT).toBeLessThan(1024);
    const create = p("createPayment");
    expect(create?.operation).toBe("TransactWriteItems");
    // table: 2 × (1 + 1); GSI1 only for the 1 in 5 PENDING payments; GSI2 and GSI3 always.
    expect(create?.targets).toEqual([
      { index: null, readUnits: 0, writeUnits: 4 },
      { index: "GSI1", readUnits: 0, writeUnits: 0.2 },
      { index: "GSI2", readUnits: 0, writeUnits: 1 },
      { index: "GSI3", readUnits: 0, writeUnits: 1 },
    ]);
    // DynamoDB Local doubles the index writes of a transaction too (dynamodb-local-observed.md).
    expect(capacityOf(model, design, { transactionIndexFactor: 2 }).patterns.find((x) => x.id === "createPayment")?.writeUnitsPerRequest).toBeCloseTo(4 + 2 * 2.2, 9);
  });

  it("settles a payment: 2 GSI1 writes on the PENDING fifth (its key changes), 1 on GSI2 and GSI3 (projected attributes)", () => {
    expect(p("settlePayment")?.targets.map((t) => [t.index, t.writeUnits])).toEqual([[null, 1], ["GSI1", 2 * 0.2], ["GSI2", 1], ["GSI3", 1]]);
  });

  it("reads 50 of a tenant's 20,000 payments in one Query: summed, then rounded once", () => {
    expect(p("recentPayments")?.readUnitsPerRequest).toBe(Math.ceil((50 * PAYMENT) / 4096) * 0.5); // 9 blocks → 4.5
  });

  it("charges the enterprise-tenant Scan for every item in the table", () => {
    const scan = p("exportEnterpriseTenants");
    const items = model.entities.reduce((s, e) => s + (e.count ?? 1000), 0) + 40_000_000; // + a uniqueness item per payment
    expect(scan?.itemsPerRequest).toBeCloseTo(items, 0);
    const bytes = c.profiles.reduce((s, x) => s + x.count * (x.itemBytes + x.uniqueness.reduce((u, y) => u + y.share * y.bytes, 0)), 0);
    // 1 MB pages, each rounded to 4 KB: within a block per page of bytes / 4,096 × ½.
    expect(scan?.readUnitsPerRequest).toBeGreaterThanOrEqual((bytes / 4096) * 0.5);
    expect(scan?.readUnitsPerRequest).toBeLessThanOrEqual((bytes / 4096 + bytes / 1048576 + 1) * 0.5);
  });

  it("costs the month on demand and provisioned from those loads, in 2 Regions", () => {
    const cost = monthlyCost(c);
    expect(cost.options.replicas).toBe(2); // us-east-1 and eu-west-1, MREC
    const seconds = 730 * 3600;
    const onDemand = c.loads.reduce((s, l) => s + (l.readUnitsPerSecond * 0.125 + 2 * l.writeUnitsPerSecond * 0.625) * seconds / 1e6, 0);
    const provisioned = c.loads.reduce((s, l) => s + 2 * 730 * (Math.ceil(l.readUnitsPerSecond / 2 / 0.7) * 0.00013 + Math.ceil(l.writeUnitsPerSecond / 0.7) * 0.00065), 0);
    expect(cost.onDemand.throughputUsd).toBeCloseTo(onDemand, 6);
    expect(cost.provisioned.throughputUsd).toBeCloseTo(provisioned, 6);
    // PITR is on: $0.20 per GB-month of the table in each Region.
    expect(cost.extras.pointInTimeRecovery.monthlyUsd).toBeCloseTo(2 * ((c.loads[0]?.storageBytes ?? 0) / 1024 ** 3) * 0.2, 9);
  });
});

describe("IoT fleet telemetry", () => {
  const model = example("iot-telemetry.json");
  const design = designModel(model);
  const c = capacityOf(model, design);
  const heats = keyHeat(c);
  const device = c.profiles.find((x) => x.entity === "Device");
  const gsi = (name: string) => device?.indexes.find((i) => i.index === name);

  it("fans the live view out over the design's 83 shards, 100 entries each", () => {
    const live = c.patterns.find((x) => x.id === "liveDevices");
    expect(live?.shards).toBe(design.accessPatterns.find((x) => x.id === "liveDevices")?.shards);
    expect(live?.readUnitsPerRequest).toBe(83 * Math.ceil((100 * (gsi("GSI3")?.entryBytes ?? NaN)) / 4096) * 0.5);
  });

  it("counts a heartbeat's index writes by what it changes", () => {
    // GSI1 keeps devices under 15% battery (lastBattery optional: 0.7 × 15/100 = 0.105), key changes: 2 × 0.105;
    // GSI2 keys on status and lastSeenAt: 2; GSI3 keeps the ONLINE quarter, key changes: 2 × ¼; GSI4 projects all: 1.
    const beat = c.patterns.find((x) => x.id === "heartbeat");
    expect(gsi("GSI1")?.share).toBeCloseTo(0.105, 12);
    expect(beat?.targets.map((t) => [t.index, t.writeUnits])).toEqual([[null, 1], ["GSI1", 0.21], ["GSI2", 2], ["GSI3", 0.5], ["GSI4", 1]]);
  });

  it("spreads the ONLINE key's writes over its shards", () => {
    const online = heats.find((h) => h.key === "DEVICE#STATUS#ONLINE");
    // heartbeat 33,000 × ½ + registerDevice 5 × ¼ + retireDevice 0.5 × ¼, over 83 shards
    expect(online?.busiest.writeUnitsPerSecond).toBeCloseTo((33000 * 0.5 + 5 * 0.25 + 0.5 * 0.25) / 83, 9);
    expect(online?.overLimit).toBe(false);
    // at 80% of 1,000 WCU/s a value, ceil(16,501.4 / 800) = 21 suffixes would do: fewer than the design's 83
    const advice = shardAdvice(c, online as NonNullable<typeof online>);
    expect(advice).toMatchObject({ kind: "fewer-shards", currentShards: 83, suffixes: 21 });
  });

  it("flags the fleet key of GSI1 over 10 GB: 172,000,000 readings per fleet", () => {
    const fleet = heats.find((h) => h.index === "GSI1" && h.key === "FLEET#{fleetId}");
    const reading = c.profiles.find((x) => x.entity === "Reading")?.indexes.find((i) => i.index === "GSI1");
    expect(fleet?.busiest.sizeBytes).toBeGreaterThan((86_000_000_000 / 500) * ((reading?.entryBytes ?? 0) + 100));
    expect(fleet?.over.size).toBe(true);
    expect(fleet?.overLimit).toBe(true);
  });
});
