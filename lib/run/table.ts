/**
 * CreateTable from a design: the table's key schema, its global and local secondary
 * indexes with their projections, on-demand billing. Pure (no client): the same input
 * goes to DynamoDB Local, to an endpoint and to the simulator.
 *
 * Settings that do not change what a read returns (streams, TTL, point-in-time recovery,
 * the table class, replicas) are left out: verify checks results, and an endpoint's
 * account may not allow them.
 */
import type { AttributeDefinition, CreateTableCommandInput, KeySchemaElement, Projection as SdkProjection } from "@aws-sdk/client-dynamodb";
import type { Design } from "@/lib/design";
import type { KeyAttributeDefinition, Model, Projection } from "@/lib/model";

function keySchema(pk: KeyAttributeDefinition, sk: KeyAttributeDefinition | undefined): KeySchemaElement[] {
  return [{ AttributeName: pk.name, KeyType: "HASH" }, ...(sk ? [{ AttributeName: sk.name, KeyType: "RANGE" as const }] : [])];
}

/**
 * An INCLUDE projection also carries the entity-type attribute: verify reads it to know
 * which entity an item is, and the entity-type filter of an overloaded index needs it.
 */
function projection(p: Projection, typeAttribute: string): SdkProjection {
  if (p === "ALL") return { ProjectionType: "ALL" };
  if (p === "KEYS_ONLY") return { ProjectionType: "KEYS_ONLY" };
  const names = p.include.includes(typeAttribute) ? p.include : [...p.include, typeAttribute];
  return { ProjectionType: "INCLUDE", NonKeyAttributes: [...names] };
}

export function createTableInput(_model: Model, design: Design, tableName: string): CreateTableCommandInput {
  const t = design.table;
  const definitions = new Map<string, AttributeDefinition>();
  const define = (k: KeyAttributeDefinition | undefined) => {
    if (!k) return;
    const seen = definitions.get(k.name);
    if (seen && seen.AttributeType !== k.type) throw new Error(`key attribute ${k.name} is declared both ${seen.AttributeType} and ${k.type}`);
    definitions.set(k.name, { AttributeName: k.name, AttributeType: k.type });
  };
  define(t.partitionKey);
  define(t.sortKey);
  for (const i of t.indexes) {
    define(i.partitionKey);
    define(i.sortKey);
  }
  const gsis = t.indexes.filter((i) => i.type === "global").map((i) => ({
    IndexName: i.name, KeySchema: keySchema(i.partitionKey, i.sortKey), Projection: projection(i.projection, t.typeAttribute),
  }));
  const lsis = t.indexes.filter((i) => i.type === "local").map((i) => ({
    IndexName: i.name, KeySchema: keySchema(t.partitionKey, i.sortKey), Projection: projection(i.projection, t.typeAttribute),
  }));
  return {
    TableName: tableName,
    KeySchema: keySchema(t.partitionKey, t.sortKey),
    AttributeDefinitions: [...definitions.values()],
    BillingMode: "PAY_PER_REQUEST",
    ...(gsis.length ? { GlobalSecondaryIndexes: gsis } : {}),
    ...(lsis.length ? { LocalSecondaryIndexes: lsis } : {}),
  };
}
