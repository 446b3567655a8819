/**
 * A table's shape from CreateTableCommandInput (CreateTable, SecondaryIndexes,
 * GSI.Projections): key attributes and types, GSIs and LSIs with their projections.
 * Validation messages are DynamoDB Local's where measured (lib/run/conformance), otherwise
 * modelled on AWS's wording.
 */
import type { CreateTableCommandInput, KeySchemaElement, Projection } from "@aws-sdk/client-dynamodb";
import { MAX_GLOBAL_SECONDARY_INDEXES, MAX_LOCAL_SECONDARY_INDEXES } from "../../dynamo/limits";
import { validation } from "./errors";
import type { ScalarKeyType } from "./value";

export interface KeyAttribute {
  readonly name: string;
  readonly type: ScalarKeyType;
}

export interface IndexSchema {
  readonly name: string;
  readonly kind: "GSI" | "LSI";
  readonly pk: KeyAttribute;
  readonly sk?: KeyAttribute;
  readonly projectionType: "ALL" | "KEYS_ONLY" | "INCLUDE";
  /** Attributes an index entry holds besides all of them (ALL): table keys, index keys, NonKeyAttributes. */
  readonly projected: ReadonlySet<string>;
  readonly input: { KeySchema: KeySchemaElement[]; Projection: Projection; ProvisionedThroughput?: unknown };
}

export interface TableSchema {
  readonly name: string;
  readonly pk: KeyAttribute;
  readonly sk?: KeyAttribute;
  readonly keyNames: readonly string[];
  readonly indexes: ReadonlyMap<string, IndexSchema>;
  readonly input: CreateTableCommandInput;
}

const NAME_PATTERN = /^[a-zA-Z0-9_.-]{3,255}$/;

export function checkName(name: string | undefined): void {
  if (!name || !NAME_PATTERN.test(name)) {
    throw validation(
      "Invalid table/index name.  Table/index names must be between 3 and 255 characters long, and may contain only the characters a-z, A-Z, 0-9, '_', '-', and '.'",
    );
  }
}

function keyAttributes(schema: KeySchemaElement[] | undefined, types: Map<string, string>, owner: string): { pk: KeyAttribute; sk?: KeyAttribute } {
  const elements = schema ?? [];
  const hash = elements[0];
  if (!hash || elements.length > 2 || hash.KeyType !== "HASH" || (elements[1] && elements[1].KeyType !== "RANGE")) {
    throw validation(`Invalid KeySchema: ${owner} key schema must be one HASH key, optionally followed by one RANGE key`);
  }
  const type = (name: string, what: string): ScalarKeyType => {
    const t = types.get(name);
    if (!t) throw validation(`${what} Key not specified in Attribute Definitions.  Type unknown.`);
    return t as ScalarKeyType;
  };
  const pk = { name: hash.AttributeName!, type: type(hash.AttributeName!, "Hash") };
  const range = elements[1];
  return range ? { pk, sk: { name: range.AttributeName!, type: type(range.AttributeName!, "Range") } } : { pk };
}

function projectionOf(p: Projection | undefined, keys: string[], indexName: string): Pick<IndexSchema, "projectionType" | "projected"> {
  const type = p?.ProjectionType ?? "ALL";
  const nonKey = p?.NonKeyAttributes;
  if (type !== "INCLUDE" && nonKey?.length) {
    throw validation(`One or more parameter values were invalid: ProjectionType is ${type}, but NonKeyAttributes is specified for index: ${indexName}`);
  }
  if (type === "INCLUDE" && !nonKey?.length) {
    throw validation(`One or more parameter values were invalid: NonKeyAttributes must be specified when ProjectionType is INCLUDE for index: ${indexName}`);
  }
  if (type !== "ALL" && type !== "KEYS_ONLY" && type !== "INCLUDE") throw validation("Member must satisfy enum value set: [ALL, INCLUDE, KEYS_ONLY]");
  return { projectionType: type, projected: new Set([...keys, ...(nonKey ?? [])]) };
}

export function buildSchema(input: CreateTableCommandInput): TableSchema {
  checkName(input.TableName);
  const gsis = input.GlobalSecondaryIndexes ?? [];
  const lsis = input.LocalSecondaryIndexes ?? [];
  for (const ix of [...gsis, ...lsis]) checkName(ix.IndexName);
  const types = new Map<string, string>();
  for (const d of input.AttributeDefinitions ?? []) {
    if (d.AttributeType !== "S" && d.AttributeType !== "N" && d.AttributeType !== "B") throw validation("Member must satisfy enum value set: [B, N, S]");
    types.set(d.AttributeName!, d.AttributeType);
  }
  const table = keyAttributes(input.KeySchema, types, "Table");
  const tableKeys = [table.pk.name, ...(table.sk ? [table.sk.name] : [])];
  const used = new Set(tableKeys);
  const provisioned = (input.BillingMode ?? "PROVISIONED") === "PROVISIONED";
  if (provisioned && !input.ProvisionedThroughput) throw validation("No provisioned throughput specified for the table");
  if (!provisioned && input.ProvisionedThroughput) {
    throw validation("One or more parameter values were invalid: Neither ReadCapacityUnits nor WriteCapacityUnits can be specified when BillingMode is PAY_PER_REQUEST");
  }
  if (gsis.length > MAX_GLOBAL_SECONDARY_INDEXES) throw validation(`One or more parameter values were invalid: GlobalSecondaryIndex count exceeds the per-table limit of ${MAX_GLOBAL_SECONDARY_INDEXES}`);
  if (lsis.length > MAX_LOCAL_SECONDARY_INDEXES) throw validation(`One or more parameter values were invalid: LocalSecondaryIndex count exceeds the per-table limit of ${MAX_LOCAL_SECONDARY_INDEXES}`);
  if (lsis.length && !table.sk) {
    throw validation("One or more parameter values were invalid: Table KeySchema does not have a range key, which is required when specifying a LocalSecondaryIndex");
  }
  const indexes = new Map<string, IndexSchema>();
  const add = (kind: "GSI" | "LSI", ix: { IndexName?: string; KeySchema?: KeySchemaElement[]; Projection?: Projection; ProvisionedThroughput?: unknown }) => {
    const name = ix.IndexName!;
    if (indexes.has(name)) throw validation(`One or more parameter values were invalid: Duplicate index name: ${name}`);
    const keys = keyAttributes(ix.KeySchema, types, "Index");
    if (kind === "LSI") {
      if (keys.pk.name !== table.pk.name) {
        throw validation(`One or more parameter values were invalid: Index KeySchema does not have the same leading hash key as table KeySchema for index: ${name}. index hash key: ${keys.pk.name}, table hash key: ${table.pk.name}`);
      }
      if (!keys.sk) throw validation(`One or more parameter values were invalid: Index KeySchema does not have a range key for index: ${name}`);
    }
    if (kind === "GSI" && provisioned && !ix.ProvisionedThroughput) throw validation(`No provisioned throughput specified for the global secondary index ${name}`);
    const indexKeys = [keys.pk.name, ...(keys.sk ? [keys.sk.name] : [])];
    for (const k of indexKeys) used.add(k);
    indexes.set(name, {
      name, kind, ...keys,
      ...projectionOf(ix.Projection, [...new Set([...tableKeys, ...indexKeys])], name),
      input: { KeySchema: ix.KeySchema!, Projection: ix.Projection ?? { ProjectionType: "ALL" }, ...(ix.ProvisionedThroughput ? { ProvisionedThroughput: ix.ProvisionedThroughput } : {}) },
    });
  };
  for (const ix of lsis) add("LSI", ix);
  for (const ix of gsis) add("GSI", ix);
  if (used.size !== types.size) {
    throw validation("The number of attributes in key schema must match the number of attributes defined in attribute definitions.");
  }
  return { name: input.TableName!, ...table, keyNames: tableKeys, indexes, input };
}
