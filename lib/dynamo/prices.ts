/**
 * DynamoDB unit prices: one dated table, the only place prices live (guide/architecture.md).
 *
 * Every price names the page it comes from and whether that is AWS's own pricing page or a
 * secondary source. `checked` is the day the table was compared with those pages; `since`
 * is when AWS last changed a price, where known. Prices change: check
 * aws.amazon.com/dynamodb/pricing/ before relying on them, and update `checked`.
 *
 * Only us-east-1 is priced. Other Regions differ and are not guessed: callers refuse an
 * unknown Region (pricesFor returns undefined) instead of inventing numbers.
 */

/** One unit price and where it comes from. */
export interface UnitPrice {
  usd: number;
  /** What one `usd` buys: "1,000,000 write request units", "WCU-hour", "GB-month"… */
  per: string;
  /** The page the figure comes from. */
  source: string;
  /** When AWS set this price, where known. */
  since?: string;
  /** Set when the figure is not read off AWS's own pricing page: why it is an estimate. */
  estimate?: string;
}

export type TableClass = "standard" | "standardInfrequentAccess";

export interface ClassPrices {
  /** On-demand: per million request units. */
  writeRequestUnitsPerMillion: UnitPrice;
  readRequestUnitsPerMillion: UnitPrice;
  /** Provisioned: per capacity unit per hour. */
  writeCapacityUnitHour: UnitPrice;
  readCapacityUnitHour: UnitPrice;
  /** Storage, per GB-month (table data and index entries, with their 100-byte overheads). */
  storageGbMonth: UnitPrice;
}

export interface RegionPrices {
  region: string;
  currency: "USD";
  /** The day this table was compared with the sources. */
  checked: string;
  classes: Record<TableClass, ClassPrices>;
  /** Global Tables: a replicated write costs what a write costs, in every replica Region. */
  replicatedWrites: { sameAsWrites: true; source: string; since: string };
  /** DynamoDB Streams GetRecords read request units, per 100,000. */
  streamReadRequestUnitsPer100k: UnitPrice;
  streamFreeReadRequestsPerMonth: number;
  pointInTimeRecoveryGbMonth: UnitPrice;
  backupGbMonth: UnitPrice;
  restoreGb: UnitPrice;
  /** Free storage per account and Region a month (Standard class): not per table. */
  freeStorageGbPerAccount: number;
}

/** AWS bills a month as 730 hours (aws.amazon.com/dynamodb/pricing/provisioned, examples). */
export const HOURS_PER_MONTH = 730;
export const SECONDS_PER_MONTH = HOURS_PER_MONTH * 3600;

export const PRICES_CHECKED = "2026-11-28";
export const DEFAULT_REGION = "us-east-1";

const ON_DEMAND = "aws.amazon.com/dynamodb/pricing/on-demand/";
const PROVISIONED = "aws.amazon.com/dynamodb/pricing/provisioned/";
/**
 * Standard-IA request and capacity prices are 1.25× Standard's: seen on secondary sources
 * and on AWS's China Regions pricing page, not read on the us-east-1 page. The figures
 * below are written out (0.625 × 1.25 = 0.78125…) so the table reads as it is used.
 */
const IA_NOTE = "Standard-IA request prices taken as 1.25× Standard (secondary sources; AWS's China Regions page shows the same 1.25× ratio)";
const PROVISIONED_NOTE = "provisioned rates from secondary sources (not re-read on AWS's page on the check date)";

const standard: ClassPrices = {
  writeRequestUnitsPerMillion: { usd: 0.625, per: "1,000,000 write request units", source: ON_DEMAND, since: "2024-11-01" },
  readRequestUnitsPerMillion: { usd: 0.125, per: "1,000,000 read request units", source: ON_DEMAND, since: "2024-11-01" },
  writeCapacityUnitHour: { usd: 0.00065, per: "WCU-hour", source: PROVISIONED, estimate: PROVISIONED_NOTE },
  readCapacityUnitHour: { usd: 0.00013, per: "RCU-hour", source: PROVISIONED, estimate: PROVISIONED_NOTE },
  storageGbMonth: { usd: 0.25, per: "GB-month", source: ON_DEMAND },
};

const infrequentAccess: ClassPrices = {
  writeRequestUnitsPerMillion: { usd: 0.78125, per: "1,000,000 write request units", source: ON_DEMAND, estimate: IA_NOTE },
  readRequestUnitsPerMillion: { usd: 0.15625, per: "1,000,000 read request units", source: ON_DEMAND, estimate: IA_NOTE },
  writeCapacityUnitHour: { usd: 0.0008125, per: "WCU-hour", source: PROVISIONED, estimate: `${IA_NOTE}; ${PROVISIONED_NOTE}` },
  readCapacityUnitHour: { usd: 0.0001625, per: "RCU-hour", source: PROVISIONED, estimate: `${IA_NOTE}; ${PROVISIONED_NOTE}` },
  storageGbMonth: { usd: 0.1, per: "GB-month", source: ON_DEMAND },
};

const US_EAST_1: RegionPrices = {
  region: "us-east-1",
  currency: "USD",
  checked: PRICES_CHECKED,
  classes: { standard, standardInfrequentAccess: infrequentAccess },
  replicatedWrites: { sameAsWrites: true, source: ON_DEMAND, since: "2024-11-01" },
  streamReadRequestUnitsPer100k: { usd: 0.02, per: "100,000 stream read request units", source: ON_DEMAND },
  streamFreeReadRequestsPerMonth: 2_500_000,
  pointInTimeRecoveryGbMonth: { usd: 0.2, per: "GB-month", source: ON_DEMAND },
  backupGbMonth: { usd: 0.1, per: "GB-month", source: ON_DEMAND },
  restoreGb: { usd: 0.15, per: "GB restored", source: ON_DEMAND },
  freeStorageGbPerAccount: 25,
};

const TABLE: ReadonlyMap<string, RegionPrices> = new Map([[US_EAST_1.region, US_EAST_1]]);

/** Regions with a price table, for error messages. */
export const PRICED_REGIONS: readonly string[] = [...TABLE.keys()];

/** The prices of one Region, or undefined when this table has none (never a guess). */
export function pricesFor(region: string = DEFAULT_REGION): RegionPrices | undefined {
  return TABLE.get(region);
}
