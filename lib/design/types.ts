/**
 * The public types of lib/design: what designModel returns and what the UI, the CLI, the
 * simulator and verify read. docs/design-rules.md explains the method behind each field.
 */
import type {
  AccessPattern, ConstantValue, KeyAttributeDefinition, Model, Operator, PatternKind, PhysicalKeyType, Projection, WhereMap,
} from "../model";
import type { FindingCode } from "./findings/codes";
import type { Technique } from "./techniques";

export type { FindingCode } from "./findings/codes";
export type { Technique } from "./techniques";

/** An entity item in model terms: strings, numbers (or decimal text), booleans, datetimes as ISO text, Uint8Array (or base64) for binary. */
export type ModelItem = Record<string, unknown>;
/**
 * Run-time parameters of a read pattern, keyed by attribute: the value for eq, lt, lte,
 * gt, gte and beginsWith; `[low, high]` for between. Values in model terms (ModelItem).
 */
export type Binding = Record<string, unknown>;

/** One part of a key template: literal text, or an attribute placeholder. */
export type TemplatePart = { literal: string } | { attribute: string };

/**
 * The keys one entity carries on the table or one index. Templates are text with
 * `{attribute}` placeholders (model-format.md, "Pinned design").
 */
export interface EntityIndexKeys {
  entity: string;
  /** null: the table. */
  index: string | null;
  partitionKey: string;
  sortKey?: string;
  /**
   * Sparse index: the item carries these index keys only while every condition holds
   * (constants and exists/notExists, the shape of a pattern's `where`). Never on the table.
   */
  when?: WhereMap;
  /** Write sharding: the partition key gets the suffix `#n`, n = FNV-1a(identity) mod shards. */
  shards?: number;
  /** Sort-key placeholders written with the order-reversing encoding (descending tie-breaks). */
  reverse?: string[];
}

export interface IndexDesign {
  name: string;
  type: "global" | "local";
  partitionKey: KeyAttributeDefinition;
  sortKey?: KeyAttributeDefinition;
  projection: Projection;
}

export interface TableDesign {
  name: string;
  partitionKey: KeyAttributeDefinition;
  sortKey?: KeyAttributeDefinition;
  indexes: IndexDesign[];
  /** Attribute holding the entity name on every item (the entity-type filter reads it). */
  typeAttribute: string;
  /** Attribute of a uniqueness item naming the item that holds the value. */
  ownerAttribute: string;
}

export interface EntityDesign {
  entity: string;
  /** The typed prefix of this entity's keys (`ORDER`). */
  prefix: string;
  /** The table's templates first, then one per index the entity lives in. */
  keys: EntityIndexKeys[];
}

/** The extra item that holds one `unique` attribute value (guide §6). */
export interface UniquenessDesign {
  entity: string;
  attribute: string;
  /** Template of both the partition and the sort key of the uniqueness item. */
  key: string;
}

export type Operation =
  | "GetItem" | "Query" | "BatchGetItem" | "Scan" | "PutItem" | "UpdateItem" | "DeleteItem" | "TransactWriteItems";

/** A key part with its value source, as a request renders it. */
export type BoundPart =
  | { literal: string }
  | { attribute: string; param: true; reversed: boolean }
  | { attribute: string; param: false; constant: ConstantValue; reversed: boolean };

export type RangeOperator = "lt" | "lte" | "gt" | "gte" | "between" | "beginsWith";

/** What a Query's sort-key condition does, before values are bound. */
export type SortCondition =
  | { kind: "none" }
  | { kind: "eq"; value: BoundPart[] }
  | { kind: "beginsWith"; prefix: BoundPart[] }
  | {
    kind: "range"; prefix: BoundPart[]; attribute: string; operator: RangeOperator;
    /** Run-time parameter, or the pattern's constant. */
    param: boolean; constant?: ConstantValue | [ConstantValue, ConstantValue];
    /** The placeholder ends the sort key (strict `<` then needs a predecessor). */
    last: boolean;
  };

/** Everything buildReadRequests needs for one read pattern. */
export interface ReadPlan {
  index: string | null;
  entities: string[];
  partition: BoundPart[];
  shards: number;
  sort: SortCondition;
  /** Entity names kept by the entity-type filter, or null when no other entity can appear. */
  typeFilter: string[] | null;
  forward: boolean;
  consistent: boolean;
  limit: number | null;
  /** Key attributes are native N or B (a single placeholder) instead of composite strings. */
  partitionType: PhysicalKeyType;
  sortType: PhysicalKeyType | null;
}

/** A scan: its index, and the constant conditions that become the FilterExpression (R11). */
export interface ScanPlan {
  index: string | null;
  entity: string;
  filters: Array<{ attribute: string; operator: Operator; value?: ConstantValue | [ConstantValue, ConstantValue] }>;
  typeFilter: boolean;
  consistent: boolean;
  limit: number | null;
}

export interface WriteUnits {
  /** Write units on the table per request (transactions doubled, uniqueness items included). */
  table: number;
  /** Write units on all indexes per request (2 where an index key changes). */
  indexes: number;
  total: number;
}

/** One action of a TransactWriteItems. */
export interface TransactItemDesign {
  action: "Put" | "Update" | "Delete" | "ConditionCheck";
  target: "entity" | "uniqueness";
  /** The unique attribute, for uniqueness items. */
  attribute?: string;
  condition?: string;
  note?: string;
}

/** How an update keeps one index's keys in step with the attributes it changes. */
export interface IndexKeyUpdate {
  index: string;
  attributes: string[];
  /** SET the rendered keys when the new item qualifies; REMOVE them when it does not. */
  set: string;
  remove: string;
  /** The update changes an `add` attribute that the key contains: ADD cannot re-render it. */
  cannotRender: boolean;
}

export interface AccessPatternDesign {
  id: string;
  name: string;
  kind: PatternKind;
  entities: string[];
  served: boolean;
  operation: Operation | null;
  /** null: the table. */
  index: string | null;
  /** With physical names, e.g. `GSI1PK = :pk AND GSI1SK BETWEEN :from AND :to`. */
  keyCondition: string | null;
  filter: string | null;
  scanIndexForward: boolean | null;
  consistentRead: boolean;
  limit: number | null;
  shards: number;
  /** How the caller merges shard results: by this key attribute, in this direction. */
  mergeOrder: { attribute: string; direction: "asc" | "desc" } | null;
  techniques: Technique[];
  /** The technique and why DynamoDB rewards it, or why the pattern is not served. */
  explanation: string;
  /** Writes: the condition expression of the entity action. */
  condition?: string;
  updateExpression?: string;
  transactItems?: TransactItemDesign[];
  indexKeyUpdates?: IndexKeyUpdate[];
  writeUnits?: WriteUnits;
  /** Reads: estimated read units per request (all shards). */
  readUnits?: number;
  plan?: ReadPlan;
  scan?: ScanPlan;
  /** The pattern as given, for callers that need its other fields. */
  pattern: AccessPattern;
}

export type Severity = "error" | "warning" | "info";

export interface Finding {
  code: FindingCode;
  severity: Severity;
  accessPattern?: string;
  entity?: string;
  /** JSON path in the model (`accessPatterns[3]`), when one place is at fault. */
  path?: string;
  message: string;
}

/** One choice of the design, for the Design tab: what was decided and why. */
export interface Decision {
  subject: "table" | "entity" | "index" | "sharding" | "uniqueness" | "naming";
  entity?: string;
  index?: string | null;
  techniques: Technique[];
  explanation: string;
}

export interface Design {
  /** The model the design was made from (itemKeys and requests read it). */
  model: Model;
  /** The layout came from the model's `design` (checked) rather than proposed. */
  pinned: boolean;
  table: TableDesign;
  entities: EntityDesign[];
  uniqueness: UniquenessDesign[];
  accessPatterns: AccessPatternDesign[];
  findings: Finding[];
  decisions: Decision[];
}

/** A DynamoDB read request in @aws-sdk/lib-dynamodb (DocumentClient) form. */
export interface ReadRequest {
  operation: "GetItem" | "Query" | "Scan";
  TableName: string;
  IndexName?: string;
  Key?: Record<string, string | number | Uint8Array>;
  KeyConditionExpression?: string;
  FilterExpression?: string;
  ExpressionAttributeNames?: Record<string, string>;
  ExpressionAttributeValues?: Record<string, unknown>;
  ScanIndexForward?: boolean;
  ConsistentRead?: boolean;
  Limit?: number;
}

/** A physical item as DynamoDB holds it (key attributes plus the entity's attributes). */
export type Item = Record<string, unknown>;

/** The `design --json` shape (cli.md) plus the extra fields this engine adds. */
export interface DesignJson {
  table: {
    name: string;
    partitionKey: string;
    sortKey: string | null;
    indexes: Array<{ name: string; type: "global" | "local"; partitionKey: string; sortKey: string | null; projection: Projection }>;
    keyTypes: Record<string, PhysicalKeyType>;
    typeAttribute: string;
    ownerAttribute: string;
  };
  entities: Record<string, Record<string, string>>;
  entityIndexes: EntityIndexKeys[];
  uniqueness: UniquenessDesign[];
  accessPatterns: Array<Omit<AccessPatternDesign, "pattern" | "plan" | "scan">>;
  findings: Finding[];
  decisions: Decision[];
  pinned: boolean;
}

/** Input of buildWriteRequest. */
export interface WriteInput {
  /** put: the whole item. update: the key attributes and the new values of `set`. delete: the key attributes. */
  item: ModelItem;
  /** update: the signed amount for each `add` attribute. */
  deltas?: Record<string, number>;
  /** `version` condition: the version the caller read. */
  expectedVersion?: number;
  /** The item before the write: needed to re-render index keys, for compare-and-set, and to release unique values. */
  previous?: ModelItem;
}

/** The expression fields a write request may carry. */
export type WriteExpressions = { ConditionExpression?: string; ExpressionAttributeNames?: Record<string, string>; ExpressionAttributeValues?: Record<string, unknown> };
/** PutItem / UpdateItem / DeleteItem parameters in DocumentClient form (also the members of a transaction). */
export type PutRequest = { TableName: string; Item: Record<string, unknown> } & WriteExpressions;
export type UpdateRequest = { TableName: string; Key: Record<string, unknown>; UpdateExpression: string } & WriteExpressions;
export type DeleteRequest = { TableName: string; Key: Record<string, unknown> } & WriteExpressions;
export type WriteRequest =
  | ({ operation: "PutItem" } & PutRequest)
  | ({ operation: "UpdateItem" } & UpdateRequest)
  | ({ operation: "DeleteItem" } & DeleteRequest)
  | { operation: "TransactWriteItems"; TransactItems: Array<{ Put?: PutRequest; Update?: UpdateRequest; Delete?: DeleteRequest }> };

