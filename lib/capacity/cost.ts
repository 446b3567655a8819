/**
 * Monthly cost, on-demand against provisioned (aws.amazon.com/dynamodb/pricing; prices
 * from lib/dynamo/prices.ts, dated):
 * - On-demand: read and write request units consumed in a month (load × 730 h × 3,600 s)
 *   × the price per million. GSIs cost the same as the table.
 * - Provisioned with auto-scaling at target utilization U: capacity = max(floor,
 *   ceil(load / U)) per table and per GSI, × 730 hours × the unit-hour price.
 * - Global Tables: every replica Region performs every write (replicated writes cost what
 *   writes cost, since 2024-11) and stores a full copy; reads are served where they are
 *   made (the model's read rps spread over the Regions).
 * - Storage per GB-month by table class, with the 100-byte overheads; Streams, PITR and
 *   backups on top. The same extras apply to both modes.
 */
import { HOURS_PER_MONTH, PRICED_REGIONS, SECONDS_PER_MONTH, pricesFor, type ClassPrices, type RegionPrices, type TableClass } from "../dynamo/prices";
import { tableSettings } from "../model";
import { resolveCostOptions, type CostOptions, type ResolvedCostOptions } from "./cost-options";
import type { Capacity, TargetLoad } from "./types";

const GB = 1024 ** 3;

export interface TargetCost {
  index: string | null;
  readUnitsPerSecond: number;
  writeUnitsPerSecond: number;
  onDemandMonthlyUsd: number;
  /** Provisioned capacity in each Region. */
  readCapacityUnits: number;
  writeCapacityUnits: number;
  provisionedMonthlyUsd: number;
}

export interface Extras {
  storage: { gigabytes: number; monthlyUsd: number; tableClass: TableClass; byClass: Record<TableClass, number> };
  streams: { enabled: boolean; consumer: "lambda" | "other"; readRequestsPerMonth: number; monthlyUsd: number };
  pointInTimeRecovery: { enabled: boolean; gigabytes: number; monthlyUsd: number };
  backups: { count: number; monthlyUsd: number; restoreUsd: number };
}

export interface MonthlyCost {
  region: string;
  prices: RegionPrices;
  options: ResolvedCostOptions;
  targets: TargetCost[];
  onDemand: { throughputUsd: number; monthlyUsd: number };
  provisioned: { throughputUsd: number; monthlyUsd: number; readCapacityUnits: number; writeCapacityUnits: number };
  extras: Extras;
  /** Sum of the extras (storage, streams, PITR, backups): the same in both modes. */
  extrasUsd: number;
  globalTables: { replicas: number; mode: "MREC" | "MRSC"; witness: boolean; replicatedWriteUnitsPerSecond: number };
  patterns: Array<{ id: string; readUnitsPerSecond: number; writeUnitsPerSecond: number; onDemandMonthlyUsd: number }>;
}

export class UnknownRegionError extends Error {
  constructor(readonly region: string) {
    super(`no prices for Region ${region}; priced Regions: ${PRICED_REGIONS.join(", ")}`);
  }
}

export function regionPrices(region: string): RegionPrices {
  const prices = pricesFor(region);
  if (!prices) throw new UnknownRegionError(region);
  return prices;
}

/** On-demand $ of a steady load for a month. */
export function onDemandUsd(p: ClassPrices, readUnitsPerSecond: number, writeUnitsPerSecond: number): number {
  return SECONDS_PER_MONTH * (readUnitsPerSecond * p.readRequestUnitsPerMillion.usd + writeUnitsPerSecond * p.writeRequestUnitsPerMillion.usd) / 1e6;
}

/** Capacity units auto-scaling keeps for a steady load: load / target, rounded up, at least the floor. */
export function provisionedUnits(load: number, utilization: number, floor: number): number {
  return Math.max(floor, Math.ceil(load / utilization - 1e-9));
}

function targetCost(t: TargetLoad, o: ResolvedCostOptions, p: ClassPrices, k: number): TargetCost {
  const reads = t.readUnitsPerSecond * k, writes = t.writeUnitsPerSecond * k;
  const regions = o.replicas;
  const rcu = provisionedUnits(reads / regions, o.utilization, o.floor);
  const wcu = provisionedUnits(writes, o.utilization, o.floor);
  return {
    index: t.index, readUnitsPerSecond: reads, writeUnitsPerSecond: writes,
    onDemandMonthlyUsd: onDemandUsd(p, reads, writes * regions),
    readCapacityUnits: rcu, writeCapacityUnits: wcu,
    provisionedMonthlyUsd: regions * HOURS_PER_MONTH * (rcu * p.readCapacityUnitHour.usd + wcu * p.writeCapacityUnitHour.usd),
  };
}

/** Throughput cost of both modes at `k` times the capacity's load (the curve and break-even use it). */
export function throughputAt(c: Capacity, o: ResolvedCostOptions, p: ClassPrices, k: number): { onDemand: number; provisioned: number; targets: TargetCost[] } {
  const targets = c.loads.map((t) => targetCost(t, o, p, k));
  return {
    targets,
    onDemand: targets.reduce((s, t) => s + t.onDemandMonthlyUsd, 0),
    provisioned: targets.reduce((s, t) => s + t.provisionedMonthlyUsd, 0),
  };
}

function extrasOf(c: Capacity, o: ResolvedCostOptions, prices: RegionPrices): Extras {
  const settings = tableSettings(c.model);
  const bytes = c.loads.reduce((s, t) => s + t.storageBytes, 0) * o.replicas;
  const byClass = {
    standard: (bytes / GB) * prices.classes.standard.storageGbMonth.usd,
    standardInfrequentAccess: (bytes / GB) * prices.classes.standardInfrequentAccess.storageGbMonth.usd,
  };
  // Stream records: one per item write to the table (uniqueness items included); a
  // non-Lambda consumer is taken to fetch each record with its own GetRecords (an upper bound).
  const records = c.patterns.reduce((s, p) => s + p.rps * p.writeParts.filter((w) => w.index === null).length, 0) * SECONDS_PER_MONTH;
  const streamOn = settings.stream !== "none";
  const streamReads = streamOn && o.streamConsumer === "other" ? records * o.replicas : 0;
  const tableBytes = (c.loads.find((t) => t.index === null)?.storageBytes ?? 0);
  const pitrOn = o.pointInTimeRecovery;
  const pitrGb = pitrOn ? (tableBytes / GB) * o.replicas : 0;
  return {
    storage: { gigabytes: bytes / GB, monthlyUsd: byClass[o.tableClass], tableClass: o.tableClass, byClass },
    streams: {
      enabled: streamOn, consumer: o.streamConsumer, readRequestsPerMonth: streamReads,
      monthlyUsd: (Math.max(0, streamReads - prices.streamFreeReadRequestsPerMonth) / 100_000) * prices.streamReadRequestUnitsPer100k.usd,
    },
    pointInTimeRecovery: { enabled: pitrOn, gigabytes: pitrGb, monthlyUsd: pitrGb * prices.pointInTimeRecoveryGbMonth.usd },
    backups: { count: o.backups, monthlyUsd: o.backups * (tableBytes / GB) * prices.backupGbMonth.usd, restoreUsd: (tableBytes / GB) * prices.restoreGb.usd },
  };
}

export function monthlyCost(c: Capacity, options: CostOptions = {}): MonthlyCost {
  const o = resolveCostOptions(c.model, options);
  const prices = regionPrices(o.region);
  const p = prices.classes[o.tableClass];
  const t = throughputAt(c, o, p, 1);
  const extras = extrasOf(c, o, prices);
  const extrasUsd = extras.storage.monthlyUsd + extras.streams.monthlyUsd + extras.pointInTimeRecovery.monthlyUsd + extras.backups.monthlyUsd;
  const writes = c.loads.reduce((s, l) => s + l.writeUnitsPerSecond, 0);
  return {
    region: o.region, prices, options: o, targets: t.targets,
    onDemand: { throughputUsd: t.onDemand, monthlyUsd: t.onDemand + extrasUsd },
    provisioned: {
      throughputUsd: t.provisioned, monthlyUsd: t.provisioned + extrasUsd,
      readCapacityUnits: t.targets.reduce((s, x) => s + x.readCapacityUnits, 0), writeCapacityUnits: t.targets.reduce((s, x) => s + x.writeCapacityUnits, 0),
    },
    extras, extrasUsd,
    globalTables: { replicas: o.replicas, mode: o.multiRegion === "strong" ? "MRSC" : "MREC", witness: o.witness, replicatedWriteUnitsPerSecond: writes * (o.replicas - 1) },
    patterns: c.patterns.map((x) => {
      const r = x.rps * x.readUnitsPerRequest, w = x.rps * x.writeUnitsPerRequest;
      return { id: x.id, readUnitsPerSecond: r, writeUnitsPerSecond: w, onDemandMonthlyUsd: onDemandUsd(p, r, w * o.replicas) };
    }).sort((a, b) => b.onDemandMonthlyUsd - a.onDemandMonthlyUsd || a.id.localeCompare(b.id)),
  };
}
