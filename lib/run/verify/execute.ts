/**
 * Runs a read pattern for one binding as an application would (model-format.md: "pages
 * followed until `limit` items or the end"): the design's requests, one per shard, each
 * followed page by page with LastEvaluatedKey, shard results merged in the pattern's order.
 * Consumed capacity is asked for with ReturnConsumedCapacity INDEXES and summed over
 * every page and shard, table and indexes together.
 *
 * Pages within a shard are sequential by nature; shards run one after the other too, so
 * the run is the same request sequence on every target.
 */
import type { ConsumedCapacity } from "@aws-sdk/client-dynamodb";
import { buildReadRequests, mergeShardResults, type Design, type ReadRequest } from "@/lib/design";
import { entityItemOf, physicalAttributes } from "../items";
import type { Target } from "../target";
import type { Binding, EntityItem } from "./values";

export interface ReadRun {
  /** The entity items returned, in the order returned (merged), physical attributes stripped. */
  items: EntityItem[];
  /** Every page of every shard. */
  pages: number;
  consumedReadUnits: number;
  /** The most pages one shard needed (more than 1: the result spanned pages). */
  maxShardPages: number;
  requests: number;
}

/** Read units of one response: the total DynamoDB reports (table plus indexes). */
export function readUnits(c: ConsumedCapacity | undefined): number {
  if (!c) return 0;
  if (c.CapacityUnits !== undefined) return c.CapacityUnits;
  const parts = [c.Table, ...Object.values(c.GlobalSecondaryIndexes ?? {}), ...Object.values(c.LocalSecondaryIndexes ?? {})];
  return parts.reduce((sum, p) => sum + (p?.CapacityUnits ?? 0), 0);
}

type Page = { items: Array<Record<string, unknown>>; units: number; last?: Record<string, unknown> };

async function page(target: Target, request: ReadRequest, tableName: string, start: Record<string, unknown> | undefined): Promise<Page> {
  const { operation, ...input } = request;
  const common = { ...input, TableName: tableName, ReturnConsumedCapacity: "INDEXES" as const, ...(start ? { ExclusiveStartKey: start } : {}) };
  if (operation === "GetItem") {
    const out = await target.get({ TableName: tableName, Key: input.Key ?? {}, ReturnConsumedCapacity: "INDEXES", ...(input.ConsistentRead ? { ConsistentRead: true } : {}) });
    return { items: out.Item ? [out.Item] : [], units: readUnits(out.ConsumedCapacity) };
  }
  const out = operation === "Query" ? await target.query(common) : await target.scan(common);
  return { items: out.Items ?? [], units: readUnits(out.ConsumedCapacity), ...(out.LastEvaluatedKey ? { last: out.LastEvaluatedKey } : {}) };
}

/** The physical items a pattern returns for one binding (merged, not yet stripped), with its pages and units. */
export interface PhysicalRead extends Omit<ReadRun, "items"> {
  physical: Array<Record<string, unknown>>;
}

export async function readPhysical(target: Target, design: Design, tableName: string, patternId: string, requests: readonly ReadRequest[]): Promise<PhysicalRead> {
  const limit = design.accessPatterns.find((p) => p.id === patternId)?.limit ?? null;
  const run: PhysicalRead = { physical: [], pages: 0, consumedReadUnits: 0, maxShardPages: 0, requests: requests.length };
  const shards: Array<Array<Record<string, unknown>>> = [];
  for (const request of requests) {
    const got: Array<Record<string, unknown>> = [];
    let start: Record<string, unknown> | undefined;
    let pages = 0;
    do {
      const p = await page(target, request, tableName, start);
      pages++;
      run.consumedReadUnits += p.units;
      for (const item of p.items) got.push(item);
      start = p.last;
    } while (start && (limit === null || got.length < limit));
    run.pages += pages;
    run.maxShardPages = Math.max(run.maxShardPages, pages);
    shards.push(got);
  }
  run.physical = mergeShardResults(design, patternId, shards);
  return run;
}

export async function runRead(target: Target, design: Design, tableName: string, patternId: string, binding: Binding, requests = buildReadRequests(design, patternId, binding)): Promise<ReadRun> {
  const { physical, ...rest } = await readPhysical(target, design, tableName, patternId, requests);
  const strip = physicalAttributes(design);
  return { ...rest, items: physical.map((x) => entityItemOf(design, x, strip)) };
}
