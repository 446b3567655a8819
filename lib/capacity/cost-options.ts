/**
 * Cost inputs with their defaults: the model's own settings (table class, replicas,
 * Multi-Region consistency, PITR) unless the caller overrides them.
 */
import { DEFAULT_REGION, type TableClass } from "../dynamo/prices";
import { tableSettings, type Model } from "../model";

export interface CostOptions {
  region?: string;
  tableClass?: TableClass;
  /** Auto-scaling target utilization, 0 < U ≤ 1 (default 0.7, AWS's console default). */
  utilization?: number;
  /** Auto-scaling minimum: capacity units per table and per GSI, reads and writes (default 1). */
  floor?: number;
  /** Regions the table lives in (default: the model's replicas, else 1). */
  replicas?: number;
  multiRegion?: "eventual" | "strong";
  /** Who reads the stream: Lambda (free, the default) or another consumer (GetRecords billed). */
  streamConsumer?: "lambda" | "other";
  /** On-demand backups kept, each a full copy of the table (default 0). */
  backups?: number;
  pointInTimeRecovery?: boolean;
}

export interface ResolvedCostOptions {
  region: string;
  tableClass: TableClass;
  utilization: number;
  floor: number;
  replicas: number;
  multiRegion: "eventual" | "strong";
  /** MRSC with two Regions and a witness (which stores no table and is not billed). */
  witness: boolean;
  streamConsumer: "lambda" | "other";
  backups: number;
  pointInTimeRecovery: boolean;
}

export const DEFAULT_UTILIZATION = 0.7;
export const DEFAULT_FLOOR = 1;

export function resolveCostOptions(model: Model, o: CostOptions = {}): ResolvedCostOptions {
  const t = tableSettings(model);
  const utilization = o.utilization ?? DEFAULT_UTILIZATION;
  if (!(utilization > 0 && utilization <= 1)) throw new RangeError(`utilization must be in (0, 1], got ${String(utilization)}`);
  const replicas = o.replicas ?? (t.replicas && t.replicas.length > 0 ? t.replicas.length : 1);
  if (!Number.isInteger(replicas) || replicas < 1) throw new RangeError(`replicas must be a whole number >= 1, got ${String(replicas)}`);
  const floor = o.floor ?? DEFAULT_FLOOR;
  if (!(floor >= 0)) throw new RangeError(`floor must be >= 0, got ${String(floor)}`);
  const multiRegion = o.multiRegion ?? t.multiRegionConsistency ?? "eventual";
  return {
    region: o.region ?? DEFAULT_REGION, tableClass: o.tableClass ?? t.tableClass, utilization, floor, replicas, multiRegion,
    witness: multiRegion === "strong" && replicas === 2 && (o.replicas === undefined ? t.witness !== undefined : true),
    streamConsumer: o.streamConsumer ?? "lambda", backups: o.backups ?? 0, pointInTimeRecovery: o.pointInTimeRecovery ?? t.pointInTimeRecovery,
  };
}
