/**
 * Load per second and storage of the table and of each GSI, and the partition-count
 * estimate.
 * - Load: Σ over patterns of rps × the units each request lands there (requests.ts).
 * - Storage (CapacityUnitCalculations, "storage"): every item and every index entry is
 *   billed 100 bytes over its size; LSI entries and uniqueness items are table storage.
 * - Partitions: max(ceil(RCU/3,000 + WCU/1,000), ceil(size / 10 GB)), at least 1: the
 *   classic estimate from AWS talks (bp-partition-key-design gives the per-partition
 *   limits; the current split algorithm is not published), so it is labelled an estimate.
 *   RCU and WCU are the capacity the table keeps, not its bare load: an on-demand table
 *   serves up to twice its previous peak at once (on-demand-capacity-mode), so it holds
 *   partitions for 2× the load; a provisioned one holds load ÷ target utilization (0.7).
 *   Sized on the bare load, every partition would sit at its limit by construction.
 */
import {
  ITEM_STORAGE_OVERHEAD_BYTES, PARTITION_BYTES, PARTITION_READ_UNITS_PER_SECOND, PARTITION_WRITE_UNITS_PER_SECOND,
} from "../dynamo/limits";
import { tableSettings, type Model } from "../model";
import type { Design } from "../design";
import { DEFAULT_UTILIZATION } from "./cost-options";
import type { EntityProfile } from "./profile";
import type { PatternCapacity, TargetLoad } from "./types";

export function partitionEstimate(readUnitsPerSecond: number, writeUnitsPerSecond: number, bytes: number): number {
  const throughput = Math.ceil(readUnitsPerSecond / PARTITION_READ_UNITS_PER_SECOND + writeUnitsPerSecond / PARTITION_WRITE_UNITS_PER_SECOND);
  const size = Math.ceil(bytes / PARTITION_BYTES);
  return Math.max(1, throughput, size);
}

/** Stored bytes and items of one entity on the table (null, with its LSIs and uniqueness items) or one GSI. */
export function entityStorage(profile: EntityProfile, index: string | null): { bytes: number; items: number } {
  const overhead = ITEM_STORAGE_OVERHEAD_BYTES;
  if (index !== null) {
    const ix = profile.indexes.find((i) => i.index === index && i.type === "global");
    if (!ix) return { bytes: 0, items: 0 };
    const items = profile.count * ix.share;
    return { bytes: items * (ix.entryBytes + overhead), items };
  }
  let items = profile.count;
  let bytes = profile.count * (profile.itemBytes + overhead);
  for (const ix of profile.indexes) {
    if (ix.type !== "local") continue;
    // LSI entries are storage only: the table's item count stays the entity's count.
    bytes += profile.count * ix.share * (ix.entryBytes + overhead);
  }
  for (const u of profile.uniqueness) {
    items += profile.count * u.share;
    bytes += profile.count * u.share * (u.bytes + overhead);
  }
  return { bytes, items };
}

/** On-demand tables serve up to twice their previous peak at once (on-demand-capacity-mode). */
export const ON_DEMAND_HEADROOM = 2;

/** Capacity kept per unit of load: 2 on demand, 1 ÷ the auto-scaling target when provisioned. */
export function partitionHeadroom(model: Model): number {
  return tableSettings(model).billing === "provisioned" ? 1 / DEFAULT_UTILIZATION : ON_DEMAND_HEADROOM;
}

export function targetLoads(model: Model, design: Design, profiles: EntityProfile[], patterns: PatternCapacity[]): TargetLoad[] {
  const headroom = partitionHeadroom(model);
  const targets: Array<string | null> = [null, ...design.table.indexes.filter((i) => i.type === "global").map((i) => i.name)];
  return targets.map((index) => {
    let read = 0, write = 0, bytes = 0, items = 0;
    for (const p of patterns) {
      for (const t of p.targets) {
        if (t.index !== index) continue;
        read += p.rps * t.readUnits;
        write += p.rps * t.writeUnits;
      }
    }
    for (const profile of profiles) {
      const s = entityStorage(profile, index);
      bytes += s.bytes;
      items += s.items;
    }
    return {
      index, type: index === null ? "table" : "global", readUnitsPerSecond: read, writeUnitsPerSecond: write,
      storageBytes: bytes, items, partitions: partitionEstimate(read * headroom, write * headroom, bytes),
    };
  });
}
