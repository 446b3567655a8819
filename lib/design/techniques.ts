/**
 * The fixed vocabulary of techniques a decision or an access pattern can name
 * (docs/design-rules.md describes each). The UI turns ids into words and links.
 */
export const TECHNIQUES = {
  "generic-key-names": "Generic key names (PK, SK, GSI1PK…) so one index serves many entities",
  "typed-prefix": "Typed prefixes (ORDER#{orderId}) tell entities apart inside shared keys",
  "singleton-item": "The singleton or metadata item: the entity's own item at a constant sort key in its partition",
  "item-collection": "Item collection: related items share a partition key and are read by one Query",
  "primary-key-lookup": "GetItem on the table's full primary key",
  "composite-sort-key": "Composite sort key: equality attributes folded in front of the range attribute",
  "gsi-overloading": "GSI overloading: several entities or patterns share one global secondary index",
  "inverted-index": "Inverted index: a GSI with the join entity's key swapped serves the other side of a many-to-many",
  "sparse-index": "Sparse index: only items that qualify carry the index keys",
  "constant-partition": "Constant partition: a fixed partition key for patterns with no run-time equality",
  "write-sharding": "Write sharding: a hot key value spread over N suffixes, reads fan out and merge",
  "local-secondary-index": "Local secondary index: another sort key on the table's partition, strongly consistent",
  "strong-read": "Strongly consistent read from the table or an LSI",
  "entity-filter": "Entity-type filter: drops other entities that share the item collection",
  "reversed-tiebreak": "Order-reversing encoding of tie-breaking key parts so descending queries keep ties in ascending key order",
  "sortable-number-encoding": "Order-preserving encoding of numbers inside string keys",
  "uniqueness-item": "Uniqueness item: one extra item per unique value, written in the same transaction",
  "idempotent-create": "Idempotent create: attribute_not_exists on the put",
  "optimistic-locking": "Optimistic locking: a version condition and increment on every write",
  "atomic-counter": "Atomic counter: ADD changes a number without reading it first",
  "non-negative-guard": "Condition that keeps an added number from going below zero",
  "compare-and-set": "Compare-and-set: write the new value on condition that the old one still holds (a counter inside an index key)",
  "transaction": "TransactWriteItems: all or nothing across items",
  "index-key-rewrite": "The write re-renders index keys of attributes it changes",
  "scan": "Scan: reads every item of the table or index",
} as const;

export type Technique = keyof typeof TECHNIQUES;

/** Techniques in vocabulary order, without duplicates (deterministic output). */
export function orderedTechniques(list: Iterable<Technique>): Technique[] {
  const set = new Set(list);
  return (Object.keys(TECHNIQUES) as Technique[]).filter((t) => set.has(t));
}
