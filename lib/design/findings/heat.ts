/**
 * HOT_KEY, SHARDED, GSI_THROTTLES_TABLE, LARGE_ITEM_COLLECTION and LOW_CARDINALITY_KEY
 * from the load on each partition template's busiest value (load.ts, docs/findings.md).
 */
import {
  ITEM_COLLECTION_BYTES_WITH_LSI, PARTITION_BYTES, PARTITION_READ_UNITS_PER_SECOND, PARTITION_WRITE_UNITS_PER_SECOND,
} from "../../dynamo/limits";
import { patternRps, tableSettings } from "../../model";
import { writeCost } from "../load";
import { SAFETY_MARGIN } from "../sharding";
import { placeholders, textOf } from "../template";
import { fmt, listWords } from "../text";
import type { Finding } from "../types";
import { finding, type FindingContext } from "./context";

/** Key values with at most this many distinct values are reported as low-cardinality. */
export const LOW_CARDINALITY_VALUES = 100;

const GB = 1024 ** 3;

export function heatFindings(ctx: FindingContext): Finding[] {
  const out: Finding[] = [];
  const hasLsi = ctx.layout.indexes.some((i) => i.kind === "local");
  for (const g of ctx.groups) {
    const first = g.templates[0];
    if (!first) continue;
    const where = g.index === null ? "the table" : g.index;
    const key = `${where} key ${textOf(first.pk)}`;
    const entity = { entity: first.entity };
    const shards = Math.max(1, ...g.templates.map((t) => t.shards));
    const w = g.writeUnitsPerShard, r = g.readUnitsPerShard;
    const hotW = w > PARTITION_WRITE_UNITS_PER_SECOND * SAFETY_MARGIN, hotR = r > PARTITION_READ_UNITS_PER_SECOND * SAFETY_MARGIN;
    if (hotW || hotR) {
      const advice = g.kind === "global"
        ? `shard it (more suffixes), or spread the partition key over another attribute`
        : `a table or LSI key addresses items directly and is not sharded here: spread the entity over another key attribute, cache hot reads (DAX), or batch writes`;
      out.push(finding("HOT_KEY", "warning", `The busiest value of ${key}${shards > 1 ? ` (per shard of ${shards})` : ""} takes about ${fmt(w)} write units/s and ${fmt(r)} read units/s; one partition serves ${fmt(PARTITION_WRITE_UNITS_PER_SECOND)} and ${fmt(PARTITION_READ_UNITS_PER_SECOND)} (planned at ${SAFETY_MARGIN * 100}%). Writers: ${listWords(g.writers) || "none"}; readers: ${listWords(g.readers) || "none"}. To fix: ${advice}.`, entity));
    }
    if (g.kind === "global" && w > PARTITION_WRITE_UNITS_PER_SECOND) {
      out.push(finding("GSI_THROTTLES_TABLE", "warning", `${key} receives about ${fmt(w)} write units/s on one value, over a partition's ${fmt(PARTITION_WRITE_UNITS_PER_SECOND)}: when a GSI cannot absorb its writes, DynamoDB throttles the writes to the table itself (${listWords(g.writers)}). Shard the index key or drop the attribute that makes it hot.`, entity));
    }
    if (shards > 1) {
      out.push(finding("SHARDED", "info", `${key} is written at about ${fmt(g.writeUnits)} write units/s on its busiest value (${listWords(g.writers) || "no writers"}), over ${SAFETY_MARGIN * 100}% of one partition's ${fmt(PARTITION_WRITE_UNITS_PER_SECOND)}: it is sharded ${shards} ways (suffix #0..#${shards - 1}, from a hash of the item's key), and ${listWords(g.readers) || "its reads"} fan out ${shards} Queries and merge.`, entity));
    }
    const bytes = g.bytes / shards;
    const lsiBound = hasLsi && (g.kind === "table" || g.kind === "local");
    if (lsiBound && bytes > ITEM_COLLECTION_BYTES_WITH_LSI * SAFETY_MARGIN) {
      out.push(finding("LARGE_ITEM_COLLECTION", "warning", `The largest item collection of ${key} holds about ${fmt(bytes / GB)} GB; with a local secondary index an item collection stops taking writes at 10 GB. Move the LSI's pattern to a GSI, or split the collection.`, entity));
    } else if (bytes > PARTITION_BYTES) {
      out.push(finding("LARGE_ITEM_COLLECTION", "info", `The busiest value of ${key} holds about ${fmt(bytes / GB)} GB, more than one 10 GB partition: DynamoDB splits it by sort key, but its throughput stays limited per key value. Consider a finer partition key.`, entity));
    }
    const attrs = g.templates.flatMap((t) => placeholders(t.pk));
    if (attrs.length > 0 && g.values <= LOW_CARDINALITY_VALUES && g.values > 1) {
      out.push(finding("LOW_CARDINALITY_KEY", "info", `${key} takes about ${fmt(g.values)} distinct values, so its items and traffic pile onto few partitions. Fine while the load per value stays low (see HOT_KEY); otherwise add a higher-cardinality attribute to the partition key.`, entity));
    } else if (attrs.length === 0 && g.templates.every((t) => t.when.length === 0) && g.kind !== "table") {
      out.push(finding("LOW_CARDINALITY_KEY", "info", `${key} is one constant partition for every ${listWords(g.templates.map((t) => t.entity))} item: a sparse condition would keep only the items its patterns need.`, entity));
    }
  }
  if (tableSettings(ctx.model).billing === "provisioned") out.push(...provisionedFindings(ctx));
  return out;
}

/** Provisioned tables: a GSI provisioned below its write load throttles the table. */
function provisionedFindings(ctx: FindingContext): Finding[] {
  const out: Finding[] = [];
  const writes = ctx.model.accessPatterns.filter((p) => p.kind === "put" || p.kind === "update" || p.kind === "delete");
  for (const schema of ctx.layout.indexes) {
    if (schema.kind !== "global") continue;
    let load = 0;
    for (const e of ctx.facts.list) {
      const t = ctx.layout.templates.get(e.name)?.get(schema.name);
      if (!t) continue;
      for (const w of writes) if (w.entity === e.name) load += patternRps(w) * writeCost(ctx.facts, e, t, w);
    }
    if (load > 0) out.push(finding("GSI_THROTTLES_TABLE", "info", `${schema.name} takes about ${fmt(load)} write units/s at the model's rates. On a provisioned table, give it at least that much write capacity (auto-scaling on), or writes to the table are throttled when the index falls behind.`));
  }
  return out;
}
