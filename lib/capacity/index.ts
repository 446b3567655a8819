/** lib/capacity: load per key and partition, hot keys, sharding advice, cost. See README.md. */
export { capacityOf, resolveOptions } from "./capacity";
export { capacityFindings, findingsOf } from "./findings";
export { keyHeat, loadAt, throughputUtilization, utilizationOf, type HeatTerm, type KeyHeat } from "./heat";
export { keyValueLoad, type KeyLoad, type LoadTerm } from "./key-load";
export { itemBytes, numberBytes, utf8Length, valueBytes } from "./item-size";
export { readUnits, writeUnits, transactionalWriteUnits, queryReadUnits } from "./units";
export { partitionEstimate } from "./load";
export { keyHash, partitionOf } from "./hash";
export {
  keyLoads, placeKeys, placeTarget, sampledValues, standInKeys, PLACEMENT_BUDGET, PLACEMENT_HASH,
  type KeyLoads, type Placement, type PlacementInput, type TargetPlacement,
} from "./placement";
export { allShardAdvice, fannedOutReadUnits, shardAdvice, SHARD_PLANNING_MARGIN, MAX_SHARD_SUFFIXES, type ReadFanOut, type ShardAdvice } from "./shards";
export { monthlyCost, onDemandUsd, provisionedUnits, regionPrices, UnknownRegionError, type MonthlyCost, type TargetCost } from "./cost";
export { resolveCostOptions, DEFAULT_UTILIZATION, DEFAULT_FLOOR, type CostOptions, type ResolvedCostOptions } from "./cost-options";
export { breakEven, costCurve, type BreakEven, type CostPoint } from "./break-even";
export { capacityEstimates, costEstimates } from "./estimates";
export { costJson, costReport, costReportOf, hotKeyJson, hotKeys, partitionsJson, partitionsReport, type CostReport, type HotKeyJson, type PartitionsReport } from "./json";
export { priceList, type PriceLine } from "./price-list";
export type * from "./types";
