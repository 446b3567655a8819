/**
 * Capacity findings, in the design's Finding shape (cli.md): what the load model sees that
 * the Partitions tab, `partitions --json` and `cost --json` report.
 * - HOT_KEY (warning): one physical key value over 80% of a partition's 3,000 read or
 *   1,000 write units/s (bp-partition-key-design); the message says when it is over 100%.
 * - GSI_THROTTLES_TABLE (warning): one GSI key value over 1,000 write units/s: a GSI that
 *   cannot absorb its writes throttles the table's writes (GSI.ThroughputConsiderations).
 * - LARGE_ITEM_COLLECTION: warning past 80% of 10 GB on a table with an LSI (the item
 *   collection limit, LSI.ItemCollections.SizeLimit); info past 10 GB without one.
 * - SCAN_NEEDED (warning): a Scan that costs more than a tenth of all the table's reads.
 */
import {
  ITEM_COLLECTION_BYTES_WITH_LSI, PARTITION_BYTES, PARTITION_READ_UNITS_PER_SECOND, PARTITION_WRITE_UNITS_PER_SECOND,
} from "../dynamo/limits";
import type { Model } from "../model";
import type { Design, Finding } from "../design";
import { capacityOf } from "./capacity";
import { keyHeat, type KeyHeat } from "./heat";
import { fmt, shardAdvice, SHARD_PLANNING_MARGIN } from "./shards";
import type { Capacity, CapacityOptions } from "./types";

const GB = 1024 ** 3;
/** A Scan is worth a warning when it takes more than this share of all read units. */
export const COSTLY_SCAN_SHARE = 0.1;

function entityPath(model: Model, name: string | undefined): string | undefined {
  const i = model.entities.findIndex((e) => e.name === name);
  return i < 0 ? undefined : `entities[${i}]`;
}

function patternPath(model: Model, id: string): string | undefined {
  const i = model.accessPatterns.findIndex((p) => p.id === id);
  return i < 0 ? undefined : `accessPatterns[${i}]`;
}

function keyFindings(c: Capacity, h: KeyHeat): Finding[] {
  const out: Finding[] = [];
  const where = `${h.index === null ? "the table" : h.index} key ${h.key}${h.shards > 1 ? ` (per shard of ${h.shards})` : ""}`;
  const at = { entity: h.entities[0] as string, ...(entityPath(c.model, h.entities[0]) ? { path: entityPath(c.model, h.entities[0]) as string } : {}) };
  const b = h.busiest;
  const hotW = b.writeUnitsPerSecond > PARTITION_WRITE_UNITS_PER_SECOND * SHARD_PLANNING_MARGIN;
  const hotR = b.readUnitsPerSecond > PARTITION_READ_UNITS_PER_SECOND * SHARD_PLANNING_MARGIN;
  if (hotW || hotR) {
    const over = h.over.reads || h.over.writes;
    const advice = shardAdvice(c, h).message;
    out.push({
      code: "HOT_KEY", severity: "warning", ...at,
      message: `${over ? "Over the limit" : "Near the limit"}: the busiest value of ${where} takes about ${fmt(b.writeUnitsPerSecond)} write units/s and ${fmt(b.readUnitsPerSecond)} read units/s; one partition serves at most ${fmt(PARTITION_WRITE_UNITS_PER_SECOND)} and ${fmt(PARTITION_READ_UNITS_PER_SECOND)}, and DynamoDB throttles a key value past them${over ? "" : ` (planned at ${SHARD_PLANNING_MARGIN * 100}%)`}. Writers: ${h.writers.join(", ") || "none"}; readers: ${h.readers.join(", ") || "none"}. ${advice}`,
    });
  }
  if (h.index !== null && b.writeUnitsPerSecond > PARTITION_WRITE_UNITS_PER_SECOND) {
    out.push({
      code: "GSI_THROTTLES_TABLE", severity: "warning", ...at,
      message: `${where} takes about ${fmt(b.writeUnitsPerSecond)} write units/s on one value, over a partition's ${fmt(PARTITION_WRITE_UNITS_PER_SECOND)}. DynamoDB keeps a GSI in step with its table: when the index cannot absorb its writes, the table's own writes are throttled (${h.writers.join(", ")}). Shard the index key, or take the hot attribute out of it.`,
    });
  }
  const bytes = h.logical.sizeBytes;
  if (c.hasLsi && h.index === null && bytes > ITEM_COLLECTION_BYTES_WITH_LSI * SHARD_PLANNING_MARGIN) {
    out.push({
      code: "LARGE_ITEM_COLLECTION", severity: "warning", ...at,
      message: `The largest item collection of ${where} holds about ${fmt(bytes / GB)} GB. The table has a local secondary index, so an item collection stops taking writes at 10 GB. Move the LSI's pattern to a GSI, or split the collection with a finer partition key.`,
    });
  } else if (bytes > PARTITION_BYTES) {
    out.push({
      code: "LARGE_ITEM_COLLECTION", severity: "info", ...at,
      message: `The busiest value of ${where} holds about ${fmt(bytes / GB)} GB, more than one 10 GB partition. Without an LSI DynamoDB splits it by sort key, but reads and writes that follow the sort key's order still meet one partition at a time.`,
    });
  }
  return out;
}

function scanFindings(c: Capacity): Finding[] {
  const reads = c.patterns.reduce((s, p) => s + p.rps * p.readUnitsPerRequest, 0);
  return c.patterns.filter((p) => p.kind === "scan" && reads > 0 && (p.rps * p.readUnitsPerRequest) / reads > COSTLY_SCAN_SHARE).map((p): Finding => {
    const load = p.rps * p.readUnitsPerRequest;
    const path = patternPath(c.model, p.id);
    return {
      code: "SCAN_NEEDED", severity: "warning", accessPattern: p.id, ...(path ? { path } : {}),
      message: `${p.id} reads about ${fmt(p.itemsPerRequest)} items per Scan, ${fmt(p.readUnitsPerRequest)} read units, ${p.rps} times a second: about ${fmt(load)} read units/s, ${Math.round((load / reads) * 100)}% of all reads. A Scan is charged for every item it evaluates. Serve it from a sparse index that holds only the items it wants, or run it less often.`,
    };
  });
}

/** Capacity findings of a design at the model's rates (× options.scale). */
export function capacityFindings(model: Model, design: Design, options: CapacityOptions = {}): Finding[] {
  return findingsOf(capacityOf(model, design, options));
}

export function findingsOf(c: Capacity, heats: KeyHeat[] = keyHeat(c)): Finding[] {
  return [...heats.flatMap((h) => keyFindings(c, h)), ...scanFindings(c)];
}
