/**
 * The public types of lib/capacity: what capacityOf returns (units per request, load per
 * table and index), what partitionHeat returns (load per key value, hot keys, shard
 * advice, the illustrative placement) and what monthlyCost returns. docs/capacity.md
 * gives every formula and the AWS rule behind it.
 */
import type { Model } from "../model";
import type { Design, Operation } from "../design";
import type { EntityProfile } from "./profile";
import type { Distribution } from "./selectivity";

export type { EntityProfile, IndexPresence, UniquenessProfile } from "./profile";
export type { Distribution } from "./selectivity";

export interface CapacityOptions {
  /** Every pattern's rps is multiplied by this (default 1). */
  scale?: number;
  /** Item sizes from the model's declarations (default) or measured on sample items. */
  sizes?: "declared" | "measured";
  /** Sample items per entity when measuring (default 200). */
  sampleItems?: number;
  seed?: string | number;
  /** Children per parent (key values built from refs): uniform (default) or Zipf-skewed. */
  distribution?: Distribution;
  /**
   * Whether TransactWriteItems doubles the index writes too. AWS doubles the table's;
   * for GSIs reports differ (others measured 1× on AWS, DynamoDB Local doubles): default 1.
   */
  transactionIndexFactor?: 1 | 2;
}

/** Units one request of a pattern consumes on the table (null, LSIs included) or one GSI. */
export interface TargetUnits {
  index: string | null;
  readUnits: number;
  writeUnits: number;
}

export interface WritePart {
  index: string | null;
  attribute?: string;
  writeUnits: number;
}

export interface PatternCapacity {
  id: string;
  kind: Model["accessPatterns"][number]["kind"];
  entities: string[];
  operation: Operation | null;
  /** The table (null) or the index the operation reads. */
  index: string | null;
  served: boolean;
  /** Requests per second after the scale factor. */
  rps: number;
  consistency: "eventual" | "strong";
  shards: number;
  /** Reads: items read per request (all shards); writes: items written. */
  itemsPerRequest: number;
  readUnitsPerRequest: number;
  writeUnitsPerRequest: number;
  /** Where the units land, per request. */
  targets: TargetUnits[];
  /**
   * Writes, per request, by what is written: the entity's item (index null), one index's
   * entry (its name, LSIs included), or a uniqueness item (attribute set).
   */
  writeParts: WritePart[];
  /** Reads: units of one shard's Query (the per-partition read load of a fan-out). */
  readUnitsPerShard: number;
  /** Reads: items matching per request before the limit, and their average size on the read's index. */
  matchingItems: number;
  itemBytes: number;
  /** Short notes on what the figure assumes. */
  notes: string[];
}

/** Load and storage of the table (LSIs included) or one GSI. */
export interface TargetLoad {
  index: string | null;
  type: "table" | "global";
  readUnitsPerSecond: number;
  writeUnitsPerSecond: number;
  /** Stored bytes with the 100-byte overhead per item or index entry. */
  storageBytes: number;
  items: number;
  /**
   * max(ceil(RCU/3000 + WCU/1000), ceil(size/10 GB)) with RCU/WCU the capacity the table
   * keeps (2× the load on demand, load ÷ 0.7 provisioned): the classic estimate, not AWS's
   * current algorithm.
   */
  partitions: number;
}

export interface Capacity {
  model: Model;
  design: Design;
  options: Required<Pick<CapacityOptions, "scale" | "sizes" | "distribution" | "transactionIndexFactor">>;
  profiles: EntityProfile[];
  patterns: PatternCapacity[];
  loads: TargetLoad[];
  /** The table has a local secondary index (10 GB item-collection limit). */
  hasLsi: boolean;
}
