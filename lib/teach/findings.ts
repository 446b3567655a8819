/** Explanations of every finding code (docs/findings.md), keyed by code. */
import type { FindingCode } from "../design";
import type { Topic } from "./types";

type FindingTopic = Omit<Topic, "slug" | "kind" | "ref">;

export const FINDING_TOPICS: Record<FindingCode, FindingTopic> = {
  UNSERVED: {
    title: "Unserved access pattern",
    summary:
      "No index of the design can answer this read exactly with one GetItem, one Query or a fixed set of sharded Queries. Usually a run-time equality is not in any partition key, an order is not kept by any sort key, or a strong read would need a global index. Change the pattern, pin a layout that serves it, or serve it elsewhere.",
    behaviour:
      "A Query needs the exact partition key value and can only narrow by the sort key (equality, a range, or begins_with); everything else is a filter applied after the items were read and paid for. Global secondary indexes only offer eventually consistent reads.",
    sources: ["Query operations in DynamoDB", "Using Global Secondary Indexes in DynamoDB"],
    related: ["composite-sort-key", "gsi-overloading", "local-secondary-index"],
  },
  SCAN_NEEDED: {
    title: "A pattern served by a Scan",
    summary:
      "A scan pattern reads the whole table, or a sparse index that holds only its items. That is fine for a rare job such as an export; a frequent one wants its own key instead.",
    behaviour:
      "A Scan reads every item of the table or index, page by page (1 MB each), and is charged for every item it evaluates; a FilterExpression only trims what is returned, not what is read.",
    sources: ["Scanning tables in DynamoDB", "Filter expressions for Scan"],
    related: ["scan", "sparse-index", "poor-fit"],
  },
  HOT_KEY: {
    title: "Hot partition key",
    summary:
      "One partition key value takes most of a partition's throughput at the model's request rates, so requests for it will be throttled while the rest of the table is idle. Spread the load over more key values, cache hot reads, or shard the key.",
    behaviour:
      "Each partition serves at most 3,000 read units and 1,000 write units per second. All items with one partition key value live in one partition (adaptive capacity can only split by sort key range), so one busy value cannot use the capacity of the others.",
    sources: ["Best practices for designing and using partition keys effectively", "Burst and adaptive capacity"],
    related: ["write-sharding", "sharded"],
  },
  SHARDED: {
    title: "Sharded key",
    summary:
      "The engine spread a busy index partition key over N suffixes so no single value is hot; reads of that pattern run N Queries in parallel and merge the results in order.",
    behaviour:
      "Per-partition limits (1,000 write units/s, 3,000 read units/s) apply to each key value; adding a suffix turns one key value into N, each of which can live in its own partition.",
    sources: ["Using write sharding to distribute workloads evenly"],
    related: ["write-sharding", "hot-key"],
  },
  LOW_CARDINALITY_KEY: {
    title: "Low-cardinality partition key",
    summary:
      "The partition key takes only a handful of distinct values (a status, a boolean, one constant), so all the data and traffic crowd onto a few partitions. Fine while the load per value stays low; otherwise add a higher-cardinality attribute or make the index sparse.",
    behaviour:
      "DynamoDB spreads items over partitions by hashing the partition key value; with few values there is little to spread, and each value's load stays within one partition's limits.",
    sources: ["Best practices for designing and using partition keys effectively"],
    related: ["constant-partition", "sparse-index", "hot-key"],
  },
  LARGE_ITEM_COLLECTION: {
    title: "Large item collection",
    summary:
      "One partition key value holds a lot of data. With a local secondary index on the table, writes to that value start failing at 10 GB; without one it spreads over partitions but its throughput is still that of one key value.",
    behaviour:
      "An item collection is every item with the same partition key value in the table and its LSIs; when the table has an LSI, a collection is limited to 10 GB (ItemCollectionSizeLimitExceededException).",
    sources: ["Item collections in Local Secondary Indexes", "Local secondary indexes"],
    related: ["item-collection", "local-secondary-index"],
  },
  GSI_KEY_UPDATE: {
    title: "Update that changes an index key",
    summary:
      "An update changes an attribute used in a global index key or its sparse condition, so each update moves the item inside the index. That costs extra index writes and the update has to rewrite those keys.",
    behaviour:
      "When an indexed key value changes, DynamoDB deletes the old index entry and puts the new one: two index writes, each charged on the index entry's size.",
    sources: ["Provisioned throughput considerations for Global Secondary Indexes"],
    related: ["index-key-rewrite", "sparse-index"],
  },
  TOO_MANY_GSIS: {
    title: "Too many global secondary indexes",
    summary:
      "Serving every pattern would take more global indexes than a table may have by default. Let patterns share index templates, drop rare ones, or ask AWS for a higher quota.",
    behaviour: "A table has at most 20 global secondary indexes by default (an adjustable quota) and at most 5 local secondary indexes, which can only be created with the table.",
    sources: ["Quotas in Amazon DynamoDB"],
    related: ["gsi-overloading", "generic-key-names"],
  },
  KEY_COLLISION: {
    title: "Key collision",
    summary:
      "Two entities (or two items of one entity) can render the same primary key, so one would silently overwrite the other. Give each entity its own typed prefix ending in a delimiter, and separate placeholders with #.",
    behaviour:
      "The primary key identifies exactly one item: a PutItem with an existing key replaces that item whole, whatever entity it belonged to.",
    sources: ["Core components of Amazon DynamoDB", "PutItem"],
    related: ["typed-prefix", "generic-key-names"],
  },
  GSI_THROTTLES_TABLE: {
    title: "Global index back-pressure",
    summary:
      "A global index cannot keep up with the writes sent to it (one hot index key value, or too little provisioned index capacity), and then the table's own writes are throttled too. Shard the index key and provision each index for its write load.",
    behaviour:
      "Writes to a table propagate to its GSIs; when a GSI lacks write capacity, DynamoDB throttles writes to the base table that would update it.",
    sources: ["Provisioned throughput considerations for Global Secondary Indexes"],
    related: ["write-sharding", "hot-key"],
  },
  POOR_FIT: {
    title: "Poor fit for DynamoDB",
    summary:
      "The pattern reads like ad-hoc search, an aggregation, a frequent scan or a huge fan-out. DynamoDB answers known questions by key; put such reads in a search index or a relational database fed from the table's stream, or keep counters as you write.",
    behaviour:
      "DynamoDB has no joins, no aggregation and no secondary filtering without reading the items; Query and Scan are charged for everything they read, filtered or not.",
    sources: ["NoSQL design for DynamoDB", "Change data capture for DynamoDB Streams"],
    related: ["scan", "atomic-counter"],
  },
  KEY_TOO_LARGE: {
    title: "Key too large",
    summary:
      "A rendered key would pass DynamoDB's size limit for key values with the attributes' declared sizes. Keep long attributes out of keys; use an id or a hash instead.",
    behaviour: "A partition key value is at most 2,048 bytes and a sort key value at most 1,024 bytes; longer keys are rejected.",
    sources: ["Quotas in Amazon DynamoDB (attributes)"],
    related: ["composite-sort-key"],
  },
};
