/**
 * DynamoDB limits the engine relies on: the one source of truth (guide/architecture.md).
 * Each figure cites the AWS Developer Guide page it comes from (docs.aws.amazon.com/
 * amazondynamodb/latest/developerguide/<page>).
 */

/** Per partition (and per key value, conservatively): bp-partition-key-design, burst-adaptive-capacity. */
export const PARTITION_READ_UNITS_PER_SECOND = 3000;
export const PARTITION_WRITE_UNITS_PER_SECOND = 1000;
/** Item collection limit with a local secondary index (LSI.html#LSI.ItemCollections.SizeLimit). */
export const ITEM_COLLECTION_BYTES_WITH_LSI = 10 * 1024 ** 3;
/** Partition size (HowItWorks.Partitions). */
export const PARTITION_BYTES = 10 * 1024 ** 3;

/** Secondary indexes per table (ServiceQuotas: default, adjustable for GSIs). */
export const MAX_GLOBAL_SECONDARY_INDEXES = 20;
export const MAX_LOCAL_SECONDARY_INDEXES = 5;

/** Key value sizes (Constraints: partition key 1..2048 bytes, sort key 1..1024 bytes). */
export const MAX_PARTITION_KEY_BYTES = 2048;
export const MAX_SORT_KEY_BYTES = 1024;
/** Item size (Constraints). */
export const MAX_ITEM_BYTES = 400 * 1024;

/** Capacity unit sizes (read-write-operations / CapacityUnitCalculations). */
export const WRITE_UNIT_BYTES = 1024;
export const READ_UNIT_BYTES = 4096;
/** Read units per 4 KB: eventual 0.5, strong 1, transactional 2. */
export const EVENTUAL_READ_UNITS = 0.5;
export const STRONG_READ_UNITS = 1;
/** Transactional writes cost twice (transaction-apis). */
export const TRANSACTION_WRITE_FACTOR = 2;

/** Batch and transaction sizes (Constraints). */
export const MAX_TRANSACT_ITEMS = 100;
export const MAX_BATCH_GET_ITEMS = 100;
export const MAX_BATCH_WRITE_ITEMS = 25;
/** Query/Scan page size (Query.Pagination). */
export const MAX_PAGE_BYTES = 1024 * 1024;

/** Storage overhead per item and per index entry (CapacityUnitCalculations: storage only). */
export const ITEM_STORAGE_OVERHEAD_BYTES = 100;
