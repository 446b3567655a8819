/**
 * The table as every infrastructure format declares it (CloudFormation, Terraform, CDK):
 * key schema, attribute definitions, indexes with projections, and the model's table
 * settings with their defaults. One function computes it so the formats cannot disagree.
 */
import { capacityOf, DEFAULT_UTILIZATION, monthlyCost } from "../capacity";
import type { Design } from "../design";
import { tableSettings, type KeyAttributeDefinition, type Model, type Projection } from "../model";
import type { Encryption, ExportOptions } from "./types";

export interface Throughput {
  read: number;
  write: number;
}

export interface IndexSpec {
  name: string;
  partitionKey: KeyAttributeDefinition;
  sortKey?: KeyAttributeDefinition;
  projection: Projection;
  /** Provisioned billing only: the index's own capacity. */
  capacity?: Throughput;
}

export type StreamView = "keysOnly" | "newImage" | "oldImage" | "newAndOldImages";

export interface TableSpec {
  name: string;
  partitionKey: KeyAttributeDefinition;
  sortKey?: KeyAttributeDefinition;
  /** Every key attribute of the table and its indexes, once, in first-use order. */
  attributes: KeyAttributeDefinition[];
  globalIndexes: IndexSpec[];
  localIndexes: IndexSpec[];
  billing: "onDemand" | "provisioned";
  capacity?: Throughput;
  tableClass: "standard" | "standardInfrequentAccess";
  ttlAttribute?: string;
  /** Absent: no stream. */
  stream?: StreamView;
  pointInTimeRecovery: boolean;
  encryption: Encryption;
  /** Global Tables: at least 2 Regions, the first is the home Region. */
  replicas?: string[];
  multiRegionConsistency?: "eventual" | "strong";
  witness?: string;
  typeAttribute: string;
}

/** Provisioned capacity is sized for this share of the peak (auto scaling's usual target, lib/capacity's default). */
export const TARGET_UTILIZATION = DEFAULT_UTILIZATION;

/**
 * An INCLUDE projection also carries the entity-type attribute: the entity-type filter of
 * an overloaded index reads it, and so does the generated code that tells entities apart.
 */
function projectionWithType(p: Projection, typeAttribute: string): Projection {
  if (typeof p === "string" || p.include.includes(typeAttribute)) return p;
  return { include: [...p.include, typeAttribute] };
}

/**
 * Provisioned capacity per table and GSI: lib/capacity's recommendation (the load of the
 * access patterns at their rps, ÷ the target utilization, rounded up, at least 1), the
 * same figures the Cost tab and `cost --json` show. For a Global Table the read capacity is
 * per Region (reads are served where they are made); every Region performs every write.
 */
export function provisionedThroughput(model: Model, design: Design): { table: Throughput; indexes: Map<string, Throughput> } {
  const cost = monthlyCost(capacityOf(model, design), { utilization: TARGET_UTILIZATION });
  const of = (index: string | null): Throughput => {
    const t = cost.targets.find((x) => x.index === index);
    return { read: t?.readCapacityUnits ?? 1, write: t?.writeCapacityUnits ?? 1 };
  };
  return { table: of(null), indexes: new Map(design.table.indexes.filter((i) => i.type === "global").map((i) => [i.name, of(i.name)])) };
}

export function tableSpec(model: Model, design: Design, options: ExportOptions = {}): TableSpec {
  const settings = tableSettings(model);
  const t = design.table;
  const attributes: KeyAttributeDefinition[] = [];
  const define = (k: KeyAttributeDefinition | undefined) => {
    if (k && !attributes.some((a) => a.name === k.name)) attributes.push({ name: k.name, type: k.type });
  };
  define(t.partitionKey);
  define(t.sortKey);
  for (const i of t.indexes) {
    define(i.partitionKey);
    define(i.sortKey);
  }
  const provisioned = settings.billing === "provisioned";
  const load = provisioned ? provisionedThroughput(model, design) : undefined;
  const index = (i: (typeof t.indexes)[number]): IndexSpec => ({
    name: i.name,
    partitionKey: i.partitionKey,
    ...(i.sortKey ? { sortKey: i.sortKey } : {}),
    projection: projectionWithType(i.projection, t.typeAttribute),
    ...(load && i.type === "global" ? { capacity: load.indexes.get(i.name) ?? { read: 1, write: 1 } } : {}),
  });
  const stream = settings.stream === "none" ? undefined : settings.stream;
  return {
    name: t.name,
    partitionKey: t.partitionKey,
    ...(t.sortKey ? { sortKey: t.sortKey } : {}),
    attributes,
    globalIndexes: t.indexes.filter((i) => i.type === "global").map(index),
    localIndexes: t.indexes.filter((i) => i.type === "local").map(index),
    billing: settings.billing,
    ...(load ? { capacity: load.table } : {}),
    tableClass: settings.tableClass,
    ...(settings.ttlAttribute ? { ttlAttribute: settings.ttlAttribute } : {}),
    ...(stream ? { stream } : {}),
    pointInTimeRecovery: settings.pointInTimeRecovery,
    encryption: options.encryption ?? "awsOwned",
    ...(settings.replicas && settings.replicas.length >= 2
      ? {
        replicas: [...settings.replicas],
        multiRegionConsistency: settings.multiRegionConsistency ?? "eventual",
        ...(settings.witness ? { witness: settings.witness } : {}),
      }
      : {}),
    typeAttribute: t.typeAttribute,
  };
}

/** DynamoDB's API names for the stream views and table classes. */
export const STREAM_VIEW_TYPES: Record<StreamView, string> = {
  keysOnly: "KEYS_ONLY", newImage: "NEW_IMAGE", oldImage: "OLD_IMAGE", newAndOldImages: "NEW_AND_OLD_IMAGES",
};
export const TABLE_CLASSES: Record<TableSpec["tableClass"], string> = {
  standard: "STANDARD", standardInfrequentAccess: "STANDARD_INFREQUENT_ACCESS",
};

/**
 * Multi-Region eventual consistency replicates through the table's stream, so a Global
 * Table with MREC must declare one (AWS::DynamoDB::GlobalTable, StreamSpecification). The
 * model's own view is kept when it names one; otherwise new and old images.
 */
export function effectiveStream(spec: TableSpec): StreamView | undefined {
  if (spec.replicas) return spec.stream ?? "newAndOldImages";
  return spec.stream;
}

export function projectionType(p: Projection): "ALL" | "KEYS_ONLY" | "INCLUDE" {
  return typeof p === "string" ? p : "INCLUDE";
}

/** A resource-name-safe identifier from the table name (`multi-tenant.payments` → `MultiTenantPayments`). */
export function pascalName(text: string): string {
  const words = text.split(/[^A-Za-z0-9]+/).filter(Boolean);
  const name = words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join("");
  return /^[A-Za-z]/.test(name) ? name : `T${name}`;
}
