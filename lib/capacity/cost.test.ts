import { describe, expect, it } from "vitest";
import { designModel } from "../design";
import { PRICES_CHECKED, pricesFor } from "../dynamo/prices";
import { breakEven, costCurve } from "./break-even";
import { capacityOf } from "./capacity";
import { monthlyCost, throughputAt, UnknownRegionError } from "./cost";
import { costJson, costReport } from "./json";
import { shopModel } from "./testing/shop";

// The Shop model's loads, worked by hand in requests.test.ts: the table takes 300 read and
// 640 write units/s, GSI1 95 and 400. Prices: lib/dynamo/prices.ts (us-east-1, Standard):
// on-demand $0.125 / $0.625 per million read / write request units; provisioned $0.00013 /
// $0.00065 per RCU- / WCU-hour; a month is 730 hours (aws.amazon.com/dynamodb/pricing).
const model = shopModel();
const design = designModel(model);
const c = capacityOf(model, design);
const SECONDS = 730 * 3600;
const GB = 1024 ** 3;
const storedBytes = c.loads.reduce((s, l) => s + l.storageBytes, 0);

describe("monthly cost", () => {
  const cost = monthlyCost(c);

  it("prices on-demand by the request units consumed (GSIs at the table's rates)", () => {
    const table = (300 * 0.125 + 640 * 0.625) * SECONDS / 1e6; // $1,149.75
    const gsi = (95 * 0.125 + 400 * 0.625) * SECONDS / 1e6; // $688.2075
    expect(cost.onDemand.throughputUsd).toBeCloseTo(table + gsi, 6);
    expect(cost.onDemand.throughputUsd).toBeCloseTo(1837.9575, 6);
  });

  it("prices provisioned capacity kept at the target utilization by auto-scaling", () => {
    // ceil(300 / 0.7) = 429 RCU, ceil(640 / 0.7) = 915 WCU; GSI1: ceil(95 / 0.7) = 136, ceil(400 / 0.7) = 572.
    expect(cost.targets.map((t) => [t.readCapacityUnits, t.writeCapacityUnits])).toEqual([[429, 915], [136, 572]]);
    expect(cost.provisioned.throughputUsd).toBeCloseTo(730 * ((429 + 136) * 0.00013 + (915 + 572) * 0.00065), 6); // $759.20
    expect(cost.provisioned.readCapacityUnits).toBe(565);
    expect(cost.provisioned.writeCapacityUnits).toBe(1487);
  });

  it("adds storage, with the 100-byte overheads, to both modes", () => {
    expect(cost.extras.storage.gigabytes).toBeCloseTo(storedBytes / GB, 9);
    expect(cost.extras.storage.monthlyUsd).toBeCloseTo((storedBytes / GB) * 0.25, 9);
    expect(cost.extras.storage.byClass.standardInfrequentAccess).toBeCloseTo((storedBytes / GB) * 0.1, 9);
    expect(cost.onDemand.monthlyUsd - cost.onDemand.throughputUsd).toBeCloseTo(cost.extrasUsd, 9);
    expect(cost.provisioned.monthlyUsd - cost.provisioned.throughputUsd).toBeCloseTo(cost.extrasUsd, 9);
  });

  it("raises a floor under idle capacity", () => {
    const idle = monthlyCost(capacityOf(model, design, { scale: 1e-6 }), { floor: 5 });
    expect(idle.targets.every((t) => t.readCapacityUnits === 5 && t.writeCapacityUnits === 5)).toBe(true);
  });

  it("prices Standard-IA requests at 1.25× and its storage at $0.10", () => {
    const ia = monthlyCost(c, { tableClass: "standardInfrequentAccess" });
    expect(ia.onDemand.throughputUsd).toBeCloseTo(1.25 * 1837.9575, 6);
    expect(ia.extras.storage.monthlyUsd).toBeCloseTo((storedBytes / GB) * 0.1, 9);
  });

  it("bills every write in every replica Region (Global Tables, replicated writes priced as writes)", () => {
    const three = monthlyCost(c, { replicas: 3 });
    expect(three.onDemand.throughputUsd).toBeCloseTo(((300 + 95) * 0.125 + 3 * (640 + 400) * 0.625) * SECONDS / 1e6, 6);
    // Reads are served where they are made: 300 / 3 = 100 per Region → ceil(100 / 0.7) = 143 RCU each.
    expect(three.targets[0]).toMatchObject({ readCapacityUnits: 143, writeCapacityUnits: 915 });
    expect(three.extras.storage.gigabytes).toBeCloseTo((3 * storedBytes) / GB, 9);
    expect(three.globalTables.replicatedWriteUnitsPerSecond).toBe(2 * 1040);
  });

  it("adds PITR at $0.20 per GB-month of the table, and stream reads past the free 2.5 million", () => {
    const withStream = { ...model, table: { stream: "newAndOldImages" as const, pointInTimeRecovery: true } };
    const x = monthlyCost(capacityOf(withStream, designModel(withStream)), { streamConsumer: "other" });
    const tableBytes = c.loads[0]?.storageBytes ?? NaN;
    expect(x.extras.pointInTimeRecovery.monthlyUsd).toBeCloseTo((tableBytes / GB) * 0.2, 9);
    // One stream record per item written: createCustomer 10 × 2 (item + uniqueness item), createOrder 200, shipOrder 100.
    const records = (10 * 2 + 200 + 100) * SECONDS;
    expect(x.extras.streams.monthlyUsd).toBeCloseTo(((records - 2_500_000) / 100_000) * 0.02, 6);
    // Lambda reads streams for free.
    expect(monthlyCost(capacityOf(withStream, designModel(withStream))).extras.streams.monthlyUsd).toBe(0);
  });

  it("refuses a Region it has no prices for, rather than guessing", () => {
    expect(() => monthlyCost(c, { region: "eu-west-1" })).toThrow(UnknownRegionError);
    expect(() => monthlyCost(c, { region: "eu-west-1" })).toThrow(/priced Regions: us-east-1/);
  });
});

describe("break-even", () => {
  it("is the utilization where a unit-hour costs what 3,600 request units cost", () => {
    // $0.00065 / (3,600 × $0.625 / 10^6) = $0.00013 / (3,600 × $0.125 / 10^6) = 13/45 ≈ 28.9%
    expect(breakEven(c, monthlyCost(c)).utilization).toBeCloseTo(13 / 45, 12);
  });

  it("finds the traffic where provisioned at the target becomes cheaper, with the floor", () => {
    const cost = monthlyCost(c, { floor: 100 });
    const be = breakEven(c, cost);
    expect(be.scale).not.toBeNull();
    const p = cost.prices.classes.standard;
    const at = (scale: number) => throughputAt(c, cost.options, p, scale);
    const s = be.scale as number;
    expect(at(s * 0.9).provisioned).toBeGreaterThan(at(s * 0.9).onDemand);
    expect(at(s * 1.1).provisioned).toBeLessThanOrEqual(at(s * 1.1).onDemand);
  });

  it("never comes when the target utilization is under the break-even utilization", () => {
    expect(breakEven(c, monthlyCost(c, { utilization: 0.25 })).scale).toBeNull();
  });

  it("draws both modes against traffic, from zero", () => {
    const cost = monthlyCost(c);
    const curve = costCurve(c, cost, 2, 5);
    expect(curve.map((p) => p.scale)).toEqual([0, 0.5, 1, 1.5, 2]);
    expect(curve[2]?.onDemandUsd).toBeCloseTo(cost.onDemand.monthlyUsd, 6);
    expect(curve[2]?.provisionedUsd).toBeCloseTo(cost.provisioned.monthlyUsd, 6);
    expect(curve[0]?.onDemandUsd).toBeCloseTo(cost.extrasUsd, 9);
  });
});

describe("cost --json", () => {
  it("has the fields of spec/cli.md and the dated prices it used", () => {
    const json = costJson(costReport(model, design));
    expect(json.onDemand.monthlyUsd).toBeCloseTo(1837.9575 + (storedBytes / GB) * 0.25, 2);
    expect(json.provisioned).toMatchObject({ readCapacityUnits: 565, writeCapacityUnits: 1487 });
    expect(json.storage.gigabytes).toBeCloseTo(storedBytes / GB, 3);
    expect(json.prices.checked).toBe(PRICES_CHECKED);
    expect(json.prices.unitPrices.find((u) => u.name === "On-demand writes (Standard)")).toMatchObject({ usd: 0.625, since: "2024-11-01" });
    expect(json.estimates.length).toBeGreaterThan(3);
  });

  it("labels the secondary-source prices as estimates", () => {
    const us = pricesFor("us-east-1");
    expect(us?.classes.standardInfrequentAccess.writeRequestUnitsPerMillion.estimate).toMatch(/1\.25×/);
    expect(us?.classes.standard.writeCapacityUnitHour.estimate).toMatch(/secondary/);
    expect(us?.classes.standard.writeRequestUnitsPerMillion.estimate).toBeUndefined();
  });
});
