/**
 * The `partitions --json` and `cost --json` shapes (spec/cli.md): the required fields
 * (`partitions`, `hotKeys`; `onDemand`, `provisioned`, `storage`, the prices and their
 * date) and the rest of what the Partitions and Cost tabs show.
 */
import type { Model } from "../model";
import type { Design, Finding } from "../design";
import { capacityOf } from "./capacity";
import { breakEven, type BreakEven } from "./break-even";
import { monthlyCost, type MonthlyCost } from "./cost";
import type { CostOptions } from "./cost-options";
import { capacityEstimates, costEstimates } from "./estimates";
import { findingsOf } from "./findings";
import { keyHeat, throughputUtilization, type KeyHeat } from "./heat";
import { placeTarget, PLACEMENT_HASH } from "./placement";
import { priceList, type PriceLine } from "./price-list";
import { allShardAdvice, type ShardAdvice } from "./shards";
import type { Capacity, CapacityOptions, TargetLoad } from "./types";

const r3 = (n: number) => Math.round(n * 1000) / 1000;
const usd = (n: number) => Math.round(n * 100) / 100;
/** Four significant digits: for ratios that can be tiny (a break-even scale). */
const sig = (n: number) => (n === 0 ? 0 : Number(n.toPrecision(4)));

/** Keys listed as hot: every key over a limit, and the hottest others up to this many. */
export const HOT_KEYS_LISTED = 10;

export interface HotKeyJson {
  index: string | null;
  key: string;
  readUnitsPerSecond: number;
  writeUnitsPerSecond: number;
  sizeBytes: number;
  overLimit: boolean;
  over: KeyHeat["over"];
  utilization: number;
  shards: number;
  values: number;
  entities: string[];
  writers: string[];
  readers: string[];
}

export function hotKeyJson(h: KeyHeat): HotKeyJson {
  const b = h.busiest;
  return {
    index: h.index, key: h.key, readUnitsPerSecond: r3(b.readUnitsPerSecond), writeUnitsPerSecond: r3(b.writeUnitsPerSecond), sizeBytes: Math.round(b.sizeBytes),
    overLimit: h.overLimit, over: h.over, utilization: r3(h.utilization), shards: h.shards, values: h.values, entities: h.entities, writers: h.writers, readers: h.readers,
  };
}

export function hotKeys(heats: KeyHeat[]): KeyHeat[] {
  return heats.filter((h, i) => h.overLimit || (i < HOT_KEYS_LISTED && h.utilization > 0));
}

function tableJson(t: TargetLoad) {
  return { index: t.index, type: t.type, partitions: t.partitions, readUnitsPerSecond: r3(t.readUnitsPerSecond), writeUnitsPerSecond: r3(t.writeUnitsPerSecond), storageBytes: Math.round(t.storageBytes), items: Math.round(t.items) };
}

export interface PartitionsReport {
  capacity: Capacity;
  heats: KeyHeat[];
  advice: ShardAdvice[];
  findings: Finding[];
  estimates: string[];
}

export function partitionsReport(model: Model, design: Design, options: CapacityOptions = {}): PartitionsReport {
  const capacity = capacityOf(model, design, options);
  const heats = keyHeat(capacity);
  return { capacity, heats, advice: allShardAdvice(capacity, heats), findings: findingsOf(capacity, heats), estimates: capacityEstimates(capacity) };
}

export function partitionsJson(report: PartitionsReport) {
  const c = report.capacity;
  return {
    partitions: c.loads.reduce((s, t) => s + t.partitions, 0),
    options: c.options,
    tables: c.loads.map(tableJson),
    hotKeys: hotKeys(report.heats).map(hotKeyJson),
    keys: report.heats.map(hotKeyJson),
    shardAdvice: report.advice.map((a) => ({ ...a, writeUnitsPerSecond: r3(a.writeUnitsPerSecond), readUnitsPerSecond: r3(a.readUnitsPerSecond), extraReadUnitsPerSecond: r3(a.extraReadUnitsPerSecond), fanOut: a.fanOut.map((f) => ({ ...f, readUnitsPerRequest: r3(f.readUnitsPerRequest), extraReadUnitsPerSecond: r3(f.extraReadUnitsPerSecond) })) })),
    placement: c.loads.map((t) => {
      const p = placeTarget(c, report.heats, t.index);
      const order = [...p.placement.keys.keys()].sort((a, b) => load(p.placement, b) - load(p.placement, a) || a - b).slice(0, 5);
      return {
        index: t.index, illustrative: true, hash: PLACEMENT_HASH, partitions: p.placement.partitions, sampledKeys: p.keys.length, representedValues: p.representedValues,
        busiest: order.map((i) => ({
          partition: i, readUnitsPerSecond: r3(p.placement.readUnitsPerSecond[i] ?? 0), writeUnitsPerSecond: r3(p.placement.writeUnitsPerSecond[i] ?? 0),
          sizeBytes: Math.round(p.placement.sizeBytes[i] ?? 0), sampledKeys: p.placement.keys[i] ?? 0, hottestKey: p.keys[p.placement.hottestKey[i] ?? -1] ?? null,
        })),
      };
    }),
    sizes: c.profiles.map((p) => ({ entity: p.entity, source: p.source, samples: p.samples, itemBytes: r3(p.itemBytes), indexes: p.indexes.map((i) => ({ index: i.index, share: r3(i.share), entryBytes: r3(i.entryBytes) })) })),
    accessPatterns: c.patterns.map((p) => ({ id: p.id, operation: p.operation, index: p.index, rps: p.rps, shards: p.shards, itemsPerRequest: r3(p.itemsPerRequest), readUnitsPerRequest: r3(p.readUnitsPerRequest), writeUnitsPerRequest: r3(p.writeUnitsPerRequest), targets: p.targets, notes: p.notes })),
    findings: report.findings,
    estimates: report.estimates,
  };
}

function load(p: { readUnitsPerSecond: Float64Array; writeUnitsPerSecond: Float64Array }, i: number): number {
  return throughputUtilization(p.readUnitsPerSecond[i] ?? 0, p.writeUnitsPerSecond[i] ?? 0);
}

export interface CostReport {
  capacity: Capacity;
  cost: MonthlyCost;
  breakEven: BreakEven;
  findings: Finding[];
  estimates: string[];
  prices: PriceLine[];
}

export function costReport(model: Model, design: Design, options: CapacityOptions = {}, costOptions: CostOptions = {}): CostReport {
  const capacity = capacityOf(model, design, options);
  return costReportOf(capacity, costOptions);
}

export function costReportOf(capacity: Capacity, costOptions: CostOptions = {}): CostReport {
  const cost = monthlyCost(capacity, costOptions);
  // Cost-relevant findings: throttled writes (paid for and failed) and costly scans.
  const findings = findingsOf(capacity).filter((f) => f.code === "GSI_THROTTLES_TABLE" || f.code === "SCAN_NEEDED");
  return { capacity, cost, breakEven: breakEven(capacity, cost), findings, estimates: [...costEstimates(cost), ...capacityEstimates(capacity).slice(0, 3)], prices: priceList(cost.prices, cost.options.tableClass) };
}

export function costJson(report: CostReport) {
  const { cost, breakEven: be } = report;
  const x = cost.extras;
  return {
    region: cost.region, currency: "USD", scale: report.capacity.options.scale,
    onDemand: { monthlyUsd: usd(cost.onDemand.monthlyUsd), throughputUsd: usd(cost.onDemand.throughputUsd) },
    provisioned: {
      monthlyUsd: usd(cost.provisioned.monthlyUsd), throughputUsd: usd(cost.provisioned.throughputUsd),
      readCapacityUnits: cost.provisioned.readCapacityUnits, writeCapacityUnits: cost.provisioned.writeCapacityUnits,
      targetUtilization: cost.options.utilization, floor: cost.options.floor,
    },
    storage: { gigabytes: r3(x.storage.gigabytes), monthlyUsd: usd(x.storage.monthlyUsd), tableClass: x.storage.tableClass, byClass: { standard: usd(x.storage.byClass.standard), standardInfrequentAccess: usd(x.storage.byClass.standardInfrequentAccess) } },
    breakEven: { utilization: sig(be.utilization), scale: be.scale === null ? null : sig(be.scale) },
    cheaper: cost.provisioned.monthlyUsd < cost.onDemand.monthlyUsd ? "provisioned" : "onDemand",
    globalTables: { ...cost.globalTables, replicatedWriteUnitsPerSecond: r3(cost.globalTables.replicatedWriteUnitsPerSecond) },
    streams: { ...x.streams, monthlyUsd: usd(x.streams.monthlyUsd) },
    pointInTimeRecovery: { ...x.pointInTimeRecovery, gigabytes: r3(x.pointInTimeRecovery.gigabytes), monthlyUsd: usd(x.pointInTimeRecovery.monthlyUsd) },
    backups: { ...x.backups, monthlyUsd: usd(x.backups.monthlyUsd), restoreUsd: usd(x.backups.restoreUsd) },
    tables: cost.targets.map((t) => ({ ...t, readUnitsPerSecond: r3(t.readUnitsPerSecond), writeUnitsPerSecond: r3(t.writeUnitsPerSecond), onDemandMonthlyUsd: usd(t.onDemandMonthlyUsd), provisionedMonthlyUsd: usd(t.provisionedMonthlyUsd) })),
    accessPatterns: cost.patterns.map((p) => ({ ...p, readUnitsPerSecond: r3(p.readUnitsPerSecond), writeUnitsPerSecond: r3(p.writeUnitsPerSecond), onDemandMonthlyUsd: usd(p.onDemandMonthlyUsd) })),
    prices: { region: cost.prices.region, checked: cost.prices.checked, currency: cost.prices.currency, unitPrices: report.prices },
    findings: report.findings,
    estimates: report.estimates,
  };
}
