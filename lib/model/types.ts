/**
 * The model format v1 as TypeScript types (docs/model-format.md).
 *
 * The in-memory model is shaped exactly like the JSON document so that serializing is
 * `JSON.stringify`. Objects may carry extra own properties (unknown fields): they are kept
 * and written back. Maps keyed by user data (`where`, sample items) are plain objects whose
 * keys may be `__proto__` or `constructor`: read them with Object.entries / Object.hasOwn
 * (see safe.ts), never with `obj[name]` alone.
 */

export const MODEL_FORMAT = "tablewright.model/1";

export const ATTRIBUTE_TYPES = [
  "string", "number", "boolean", "datetime", "binary", "list", "map", "stringSet", "numberSet",
] as const;
export type AttributeType = (typeof ATTRIBUTE_TYPES)[number];

/** Types a `key` attribute may have (R3). */
export const KEY_ATTRIBUTE_TYPES = ["string", "number", "binary", "datetime"] as const;
export type KeyAttributeType = (typeof KEY_ATTRIBUTE_TYPES)[number];

export const GENERATORS = [
  "uuid", "ulid", "email", "name", "word", "text", "enum", "int", "money", "datetime",
] as const;
export type Generator = (typeof GENERATORS)[number];

export const PATTERN_KINDS = ["get", "query", "scan", "put", "update", "delete"] as const;
export type PatternKind = (typeof PATTERN_KINDS)[number];
export const READ_KINDS: ReadonlyArray<PatternKind> = ["get", "query", "scan"];
export const WRITE_KINDS: ReadonlyArray<PatternKind> = ["put", "update", "delete"];

export const OPERATORS = [
  "eq", "lt", "lte", "gt", "gte", "between", "beginsWith", "exists", "notExists",
] as const;
export type Operator = (typeof OPERATORS)[number];

/** Run-time range operators (R9): at most one per query. */
export const RANGE_OPERATORS = ["lt", "lte", "gt", "gte", "between", "beginsWith"] as const;
export type RangeOperator = (typeof RANGE_OPERATORS)[number];

/** Operators that can hold a design-time constant (`{ "eq": V }`). */
export const CONSTANT_OPERATORS = ["eq", ...RANGE_OPERATORS] as const;
export type ConstantOperator = (typeof CONSTANT_OPERATORS)[number];

/** A constant value: a string (also datetime, base64 binary), a number or a boolean. */
export type ConstantValue = string | number | boolean;

export type ConstantCondition =
  | { eq: ConstantValue }
  | { lt: ConstantValue }
  | { lte: ConstantValue }
  | { gt: ConstantValue }
  | { gte: ConstantValue }
  | { beginsWith: ConstantValue }
  | { between: [ConstantValue, ConstantValue] };

/**
 * A `where` entry: an operator string is a run-time parameter (or, for exists/notExists,
 * a design-time presence test); an object is a design-time constant.
 */
export type Condition = Operator | ConstantCondition;

/** Attribute name → condition. Keys are user data: read with Object.entries/Object.hasOwn. */
export type WhereMap = { [attribute: string]: Condition };

export type OrderDirection = "asc" | "desc";
export interface Order {
  by: string;
  dir?: OrderDirection;
}

export type Consistency = "eventual" | "strong";
export type WriteCondition = "notExists" | "version" | "nonNegative";

export interface Attribute {
  name: string;
  type: AttributeType;
  values?: string[];
  min?: number;
  max?: number;
  size?: number;
  optional?: boolean;
  unique?: boolean;
  ref?: string;
  gen?: Generator;
}

export interface Entity {
  name: string;
  count?: number;
  key: string[];
  attributes: Attribute[];
  notes?: string;
}

export interface AccessPattern {
  id: string;
  name: string;
  kind: PatternKind;
  /** One entity name; a `query` may name a list of 2+ distinct entities. */
  entity: string | string[];
  where?: WhereMap;
  order?: Order;
  limit?: number;
  rps?: number;
  consistency?: Consistency;
  set?: string[];
  add?: string[];
  condition?: WriteCondition;
  notes?: string;
}

export const BILLING_MODES = ["onDemand", "provisioned"] as const;
export const TABLE_CLASSES = ["standard", "standardInfrequentAccess"] as const;
export const STREAM_VIEWS = ["none", "keysOnly", "newImage", "oldImage", "newAndOldImages"] as const;

export interface TableSettings {
  name?: string;
  billing?: (typeof BILLING_MODES)[number];
  tableClass?: (typeof TABLE_CLASSES)[number];
  ttlAttribute?: string;
  stream?: (typeof STREAM_VIEWS)[number];
  pointInTimeRecovery?: boolean;
  replicas?: string[];
  multiRegionConsistency?: Consistency;
  witness?: string;
}

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** A sample item in model terms, encoded as in `verify --dump` (cli.md). */
export interface Sample {
  entity: string;
  item: { [attribute: string]: JsonValue };
}

export type PhysicalKeyType = "S" | "N" | "B";
export interface KeyAttributeDefinition {
  name: string;
  type: PhysicalKeyType;
}

export type Projection = "ALL" | "KEYS_ONLY" | { include: string[] };

export interface IndexDefinition {
  name: string;
  type: "global" | "local";
  partitionKey: KeyAttributeDefinition;
  sortKey?: KeyAttributeDefinition;
  projection: Projection;
}

export interface EntityKeyTemplates {
  /** null: the table itself; otherwise the name of a declared index. */
  index: string | null;
  partitionKey: string;
  sortKey?: string;
  /** Indexes only: the item carries these keys only while every condition holds (a sparse index); constants and exists/notExists. */
  when?: WhereMap;
  /** Global indexes only: write sharding, the partition key gets the suffix `#n`, n in 0..shards-1. */
  shards?: number;
  /** Sort-key placeholders written with the order-reversing encoding (docs/design-rules.md). */
  reverse?: string[];
}

export interface EntityDesign {
  entity: string;
  keys: EntityKeyTemplates[];
}

/** A pinned key design (docs/design-format.md). */
export interface PinnedDesign {
  table: { partitionKey: KeyAttributeDefinition; sortKey?: KeyAttributeDefinition };
  indexes?: IndexDefinition[];
  entities: EntityDesign[];
  /** The attribute holding each item's entity name (default `_type`, or the first free `_…_type`). */
  typeAttribute?: string;
  /** The attribute of a uniqueness item naming its owner (default `_owner`). */
  ownerAttribute?: string;
}

export interface Model {
  format: typeof MODEL_FORMAT;
  name: string;
  description?: string;
  notes?: string;
  entities: Entity[];
  accessPatterns: AccessPattern[];
  table?: TableSettings;
  samples?: Sample[];
  design?: PinnedDesign;
}
