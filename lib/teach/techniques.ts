/** Explanations of every technique the design engine names (lib/design/techniques.ts). */
import type { Technique } from "../design";
import type { Topic } from "./types";

type TechniqueTopic = Omit<Topic, "slug" | "kind" | "ref">;

export const TECHNIQUE_TOPICS: Record<Technique, TechniqueTopic> = {
  "generic-key-names": {
    title: "Generic key names",
    summary:
      "The table's keys are called PK and SK (and GSI1PK, GSI1SK…) instead of orderId or userId, because one table holds many entities and each writes its own kind of value into the same key attributes.",
    behaviour: "A table and each index have exactly one key schema; every item that carries the key attributes is stored and indexed under them, whatever else it holds.",
    sources: ["Core components of Amazon DynamoDB", "Single-table design"],
    related: ["typed-prefix", "gsi-overloading"],
  },
  "typed-prefix": {
    title: "Typed key prefixes",
    summary:
      "Each entity writes its keys as ORDER#{orderId}, USER#{userId}…, so values of different entities never meet and a begins_with on the prefix selects one entity in a shared partition.",
    behaviour: "Sort keys are compared byte by byte (UTF-8 for strings), so items sharing a prefix are stored next to each other and begins_with reads exactly them.",
    sources: ["Best practices for using sort keys to organize data", "Query key condition expressions"],
    related: ["key-collision", "item-collection"],
  },
  "singleton-item": {
    title: "Singleton (metadata) item",
    summary:
      "An entity's own item sits at a constant sort key in its partition (for example SK = ORDER#), next to the items that belong to it, so one Query can read the parent and its children together.",
    behaviour: "Items with the same partition key are stored together, sorted by sort key; a constant sort key gives the parent a fixed, known place in that order.",
    sources: ["Best practices for using sort keys to organize data"],
    related: ["item-collection"],
  },
  "item-collection": {
    title: "Item collection",
    summary:
      "Related items share a partition key, so a single Query returns them together, already sorted: an order with its lines, a user with their sessions. This is how single-table design replaces joins.",
    behaviour:
      "All items with one partition key value form an item collection, stored together and sorted by sort key; a Query reads a contiguous range of it and is charged on the total size read, rounded up to 4 KB once.",
    sources: ["Item collections", "Query operations in DynamoDB"],
    related: ["singleton-item", "large-item-collection", "entity-filter"],
  },
  "primary-key-lookup": {
    title: "GetItem on the primary key",
    summary: "When the pattern gives every part of an item's identity, the design reads it with one GetItem: the cheapest and fastest read DynamoDB has.",
    behaviour: "GetItem returns at most one item by its full primary key; it costs half a read unit per 4 KB eventually consistent, one unit strongly consistent.",
    sources: ["GetItem", "Read consistency"],
    related: ["strong-read"],
  },
  "composite-sort-key": {
    title: "Composite sort key",
    summary:
      "Attributes compared with equality are written into the sort key in front of the one compared with a range, STATUS#{status}#{createdAt}, so one key condition filters on all of them and keeps the order.",
    behaviour: "A key condition allows equality on the partition key and one condition on the sort key (=, <, <=, >, >=, BETWEEN or begins_with); folding equality parts into a sort key prefix turns them into part of that one condition.",
    sources: ["Best practices for using sort keys to organize data", "Query key condition expressions"],
    related: ["sortable-number-encoding", "typed-prefix"],
  },
  "gsi-overloading": {
    title: "GSI overloading",
    summary:
      "Several entities or patterns share one global secondary index, each writing its own values into GSI1PK/GSI1SK. Fewer indexes to pay for and stay under the quota.",
    behaviour: "A GSI indexes every item that carries its key attributes, whatever the entity; index key attributes are ordinary attributes that each item may fill differently.",
    sources: ["Overloading Global Secondary Indexes"],
    related: ["generic-key-names", "too-many-gsis"],
  },
  "inverted-index": {
    title: "Inverted index",
    summary:
      "For a many-to-many relation stored as join items (a membership with user and team), a global index with the keys swapped answers the other direction: the teams of a user and the users of a team.",
    behaviour: "A GSI can use any attributes as its keys, including the table's sort key as its partition key, which turns the adjacency list around.",
    sources: ["Best practices for managing many-to-many relationships", "Adjacency list design pattern"],
    related: ["gsi-overloading", "item-collection"],
  },
  "sparse-index": {
    title: "Sparse index",
    summary:
      "Only items that match a condition (open orders, unreturned loans) carry the index keys, so the index holds just them: reading it costs only the answer, and other items cost no index writes.",
    behaviour: "An item appears in a global or local secondary index only if it has the index's key attributes; items without them are not indexed and not charged for it.",
    sources: ["Take advantage of sparse indexes"],
    related: ["constant-partition", "gsi-key-update"],
  },
  "constant-partition": {
    title: "Constant partition key",
    summary:
      "A pattern with no run-time equality (\"all open games\") is served from an index whose partition key is a constant, usually sparse so only the qualifying items are in it; the engine shards it when it would be hot.",
    behaviour: "A Query needs one partition key value; a constant gives every qualifying item the same one, and the per-partition limits then apply to the whole set.",
    sources: ["Best practices for designing and using partition keys effectively"],
    related: ["sparse-index", "write-sharding", "low-cardinality-key"],
  },
  "write-sharding": {
    title: "Write sharding",
    summary:
      "A hot key value is spread over N values by a suffix (#0 … #N-1) chosen from the item's identity. Writes spread evenly; reads query all N shards and merge the results in order.",
    behaviour: "Per-partition limits (1,000 write units/s, 3,000 read units/s) apply per key value; N values can use N partitions. AWS sizes N from the required throughput over one partition's.",
    sources: ["Using write sharding to distribute workloads evenly"],
    related: ["hot-key", "sharded"],
  },
  "local-secondary-index": {
    title: "Local secondary index",
    summary:
      "Another sort key on the table's own partition key, for a second order of the same item collection, readable with strong consistency. It must be created with the table and caps each collection at 10 GB.",
    behaviour: "An LSI shares the table's partition key, supports strongly consistent reads, can only be created with the table (at most 5), and limits an item collection to 10 GB.",
    sources: ["Local secondary indexes"],
    related: ["strong-read", "large-item-collection"],
  },
  "strong-read": {
    title: "Strongly consistent read",
    summary: "The read sees every write that succeeded before it. Only the table and its local secondary indexes offer this; it costs twice an eventual read.",
    behaviour: "ConsistentRead=true returns the latest committed data for GetItem, Query and Scan on tables and LSIs, at 1 read unit per 4 KB; GSIs reject it.",
    sources: ["Read consistency"],
    related: ["local-secondary-index", "primary-key-lookup"],
  },
  "entity-filter": {
    title: "Entity-type filter",
    summary:
      "When several entities share an item collection and the pattern wants only one, a filter on the item's type attribute drops the others. The only filter the engine allows, because it never changes which items of the asked entity come back.",
    behaviour: "A FilterExpression is applied after the items are read; filtered items still count toward the read units and the 1 MB page.",
    sources: ["Filter expressions for Query"],
    related: ["item-collection"],
  },
  "reversed-tiebreak": {
    title: "Order-reversing tie-break encoding",
    summary:
      "When a pattern reads newest first, ties on the order attribute would come back in reverse key order. Writing the tie-breaking key parts with an order-reversing encoding keeps ties in ascending key order on a descending Query.",
    behaviour: "ScanIndexForward=false reverses the whole sort key comparison, every byte, not just the leading attribute.",
    sources: ["Query (ScanIndexForward)", "Best practices for using sort keys to organize data"],
    related: ["composite-sort-key", "sortable-number-encoding"],
  },
  "sortable-number-encoding": {
    title: "Order-preserving number encoding",
    summary: "Numbers inside a string key are written so that text order equals numeric order (fixed width, sign handled), so ranges and ordering on them work in a composite key.",
    behaviour: "String sort keys compare byte by byte: as plain text \"10\" sorts before \"9\", so numbers must be encoded to sort correctly.",
    sources: ["Best practices for using sort keys to organize data"],
    related: ["composite-sort-key"],
  },
  "uniqueness-item": {
    title: "Uniqueness item",
    summary:
      "To keep an attribute unique (an email, an idempotency key), each value gets its own item keyed by the value, written in the same transaction as the entity with a condition that it does not exist yet.",
    behaviour: "DynamoDB enforces uniqueness only on the primary key; a conditional Put inside TransactWriteItems makes the entity and its value item succeed or fail together.",
    sources: ["Amazon DynamoDB Transactions", "Condition expressions"],
    related: ["transaction", "idempotent-create"],
  },
  "idempotent-create": {
    title: "Idempotent create",
    summary: "A put with attribute_not_exists on the key: delivering the same create twice leaves one item, and the second attempt is told it already exists.",
    behaviour: "A ConditionExpression is checked atomically with the write; if it fails, nothing is written (ConditionalCheckFailedException) and the write still consumes capacity.",
    sources: ["Condition expressions", "PutItem"],
    related: ["uniqueness-item"],
  },
  "optimistic-locking": {
    title: "Optimistic locking",
    summary: "Every update checks the version it read and increments it. Of two concurrent updates from the same version exactly one wins; the other is refused and can re-read and retry, so no update is lost silently.",
    behaviour: "A condition on the version attribute is evaluated atomically with the update on that item.",
    sources: ["Optimistic locking with version number", "Condition expressions"],
    related: ["compare-and-set"],
  },
  "atomic-counter": {
    title: "Atomic counter",
    summary: "ADD changes a number by an amount without reading it first, so concurrent increments never overwrite each other.",
    behaviour: "UpdateItem with ADD (or SET x = x + :n) is applied atomically to the current value on the server.",
    sources: ["Atomic counters", "Update expressions"],
    related: ["non-negative-guard"],
  },
  "non-negative-guard": {
    title: "Non-negative guard",
    summary: "An ADD that must not take a balance or stock below zero carries a condition that the current value covers the decrement; a change that would go negative is refused.",
    behaviour: "The condition is checked against the current item atomically with the update; a failed check writes nothing.",
    sources: ["Condition expressions", "Update expressions"],
    related: ["atomic-counter"],
  },
  "compare-and-set": {
    title: "Compare-and-set",
    summary: "When a counter is part of an index key, ADD cannot re-render the key, so the write sets the new value (and key) on condition that the old value still holds.",
    behaviour: "Update expressions cannot compute a key string from an added number; a conditional SET of the read value is atomic instead.",
    sources: ["Condition expressions"],
    related: ["optimistic-locking", "index-key-rewrite"],
  },
  transaction: {
    title: "TransactWriteItems",
    summary: "Several writes that must succeed or fail together (an entity and its uniqueness items) go in one transaction.",
    behaviour: "TransactWriteItems applies up to 100 actions atomically, no two on one item, and consumes twice the write units of the same writes done one by one.",
    sources: ["Amazon DynamoDB Transactions"],
    related: ["uniqueness-item"],
  },
  "index-key-rewrite": {
    title: "Index key rewrite on update",
    summary: "An update that changes an attribute used in an index key also writes the new rendered key (or removes it when the item leaves a sparse index), since DynamoDB does not compute keys for you.",
    behaviour: "Index keys are ordinary attributes; DynamoDB moves the index entry when they change (a delete and a put in the index).",
    sources: ["Provisioned throughput considerations for Global Secondary Indexes"],
    related: ["gsi-key-update", "sparse-index"],
  },
  scan: {
    title: "Scan",
    summary: "Reads every item of the table or index. Right for rare whole-table jobs; wrong for anything a user waits for.",
    behaviour: "Scan evaluates every item in order of partition, one 1 MB page at a time, charged for all items read before any filter.",
    sources: ["Scanning tables in DynamoDB"],
    related: ["scan-needed", "sparse-index"],
  },
};
