/**
 * The CloudFormation export, tested by what it does: the table resource's properties are
 * sent to DynamoDB Local as CreateTable (and UpdateTimeToLive), and what Local describes
 * must equal the design: key schema, attribute types, every index with its keys and
 * projection, billing, stream. Settings Local cannot hold (PITR, table class, replicas,
 * encryption, the stream's event source mapping) are checked in the template itself.
 * Needs Java 17+ (fails without it).
 */
import { CreateTableCommand, DescribeTableCommand, DescribeTimeToLiveCommand, UpdateTimeToLiveCommand, type CreateTableCommandInput, type TableDescription } from "@aws-sdk/client-dynamodb";
import { parse } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { designModel, type Design } from "../design";
import { tableSettings, type Model } from "../model";
import { localClients, startDynamoLocal, type DynamoLocal } from "../run/local";
import { cloudFormationFiles, cloudFormationTemplate } from "./cloudformation";
import { EXAMPLES, example } from "./testing/examples";
import { ordersWithLocalIndex, strongGlobalTable } from "./testing/models";

let local: DynamoLocal;
let clients: ReturnType<typeof localClients>;
let tables = 0;

beforeAll(async () => {
  local = await startDynamoLocal();
  clients = localClients(local.endpoint);
}, 120_000);

afterAll(async () => {
  clients?.client.destroy();
  await local?.stop();
});

type Props = Record<string, unknown> & { GlobalSecondaryIndexes?: Array<Record<string, unknown>>; Replicas?: Array<Record<string, unknown>> };

function tableResource(template: Record<string, unknown>): { Type: string; Properties: Props } {
  return (template["Resources"] as Record<string, { Type: string; Properties: Props }>)["Table"] as { Type: string; Properties: Props };
}

/** CreateTable from the resource's own properties (what CloudFormation would send), renamed for Local. */
function createInput(resource: { Type: string; Properties: Props }, name: string): CreateTableCommandInput {
  const p = resource.Properties;
  const replica = p.Replicas?.[0] as { ReadProvisionedThroughputSettings?: { ReadCapacityUnits: number } } | undefined;
  const scaling = (x: unknown) => (x as { WriteCapacityAutoScalingSettings?: { MinCapacity: number } } | undefined)?.WriteCapacityAutoScalingSettings?.MinCapacity;
  const provisioned = p["BillingMode"] === "PROVISIONED";
  return {
    TableName: name,
    AttributeDefinitions: p["AttributeDefinitions"] as CreateTableCommandInput["AttributeDefinitions"],
    KeySchema: p["KeySchema"] as CreateTableCommandInput["KeySchema"],
    BillingMode: p["BillingMode"] as "PROVISIONED" | "PAY_PER_REQUEST",
    ...(provisioned ? { ProvisionedThroughput: (p["ProvisionedThroughput"] as { ReadCapacityUnits: number; WriteCapacityUnits: number }) ?? { ReadCapacityUnits: replica?.ReadProvisionedThroughputSettings?.ReadCapacityUnits ?? 1, WriteCapacityUnits: scaling(p["WriteProvisionedThroughputSettings"]) ?? 1 } } : {}),
    ...(p.GlobalSecondaryIndexes ? {
      GlobalSecondaryIndexes: p.GlobalSecondaryIndexes.map(({ WriteProvisionedThroughputSettings, ProvisionedThroughput, ...g }) => ({
        ...(g as object), ...(provisioned ? { ProvisionedThroughput: (ProvisionedThroughput as { ReadCapacityUnits: number; WriteCapacityUnits: number }) ?? { ReadCapacityUnits: 1, WriteCapacityUnits: scaling(WriteProvisionedThroughputSettings) ?? 1 } } : {}),
      })) as CreateTableCommandInput["GlobalSecondaryIndexes"],
    } : {}),
    ...(p["LocalSecondaryIndexes"] ? { LocalSecondaryIndexes: p["LocalSecondaryIndexes"] as CreateTableCommandInput["LocalSecondaryIndexes"] } : {}),
    ...(p["StreamSpecification"] ? { StreamSpecification: { StreamEnabled: true, ...(p["StreamSpecification"] as object) } } : {}),
  };
}

const sortByName = <T extends { IndexName?: string }>(list: T[] | undefined) => [...(list ?? [])].sort((a, b) => String(a.IndexName).localeCompare(String(b.IndexName)));

/** What the design says the table is, in DescribeTable's terms. */
function expectedDescription(model: Model, design: Design) {
  const t = design.table;
  const keys = (pk: string, sk?: string) => [{ AttributeName: pk, KeyType: "HASH" }, ...(sk ? [{ AttributeName: sk, KeyType: "RANGE" }] : [])];
  const projection = (p: (typeof t.indexes)[number]["projection"]) => {
    if (typeof p === "string") return { ProjectionType: p };
    const include = p.include.includes(t.typeAttribute) ? p.include : [...p.include, t.typeAttribute];
    return { ProjectionType: "INCLUDE", NonKeyAttributes: include };
  };
  const index = (i: (typeof t.indexes)[number]) => ({ IndexName: i.name, KeySchema: keys(i.partitionKey.name, i.sortKey?.name), Projection: projection(i.projection) });
  return {
    KeySchema: keys(t.partitionKey.name, t.sortKey?.name),
    AttributeDefinitions: [...new Map([t.partitionKey, t.sortKey, ...t.indexes.flatMap((i) => [i.partitionKey, i.sortKey])].filter((k) => k !== undefined).map((k) => [k.name, { AttributeName: k.name, AttributeType: k.type }])).values()].sort((a, b) => a.AttributeName.localeCompare(b.AttributeName)),
    GlobalSecondaryIndexes: sortByName(t.indexes.filter((i) => i.type === "global").map(index)),
    LocalSecondaryIndexes: sortByName(t.indexes.filter((i) => i.type === "local").map(index)),
    billing: tableSettings(model).billing === "provisioned" ? "PROVISIONED" : "PAY_PER_REQUEST",
  };
}

function actualDescription(d: TableDescription) {
  const index = (i: { IndexName?: string; KeySchema?: unknown; Projection?: { ProjectionType?: string; NonKeyAttributes?: string[] } }) => ({
    IndexName: i.IndexName, KeySchema: i.KeySchema,
    Projection: { ProjectionType: i.Projection?.ProjectionType, ...(i.Projection?.NonKeyAttributes ? { NonKeyAttributes: i.Projection.NonKeyAttributes } : {}) },
  });
  return {
    KeySchema: d.KeySchema,
    AttributeDefinitions: [...(d.AttributeDefinitions ?? [])].sort((a, b) => String(a.AttributeName).localeCompare(String(b.AttributeName))),
    GlobalSecondaryIndexes: sortByName((d.GlobalSecondaryIndexes ?? []).map(index)),
    LocalSecondaryIndexes: sortByName((d.LocalSecondaryIndexes ?? []).map(index)),
    billing: d.BillingModeSummary?.BillingMode ?? (d.ProvisionedThroughput?.ReadCapacityUnits ? "PROVISIONED" : "PAY_PER_REQUEST"),
  };
}

async function createOnLocal(model: Model, design: Design, json: boolean): Promise<{ template: Record<string, unknown>; description: TableDescription; ttl?: string }> {
  const [file] = cloudFormationFiles(model, design, { cloudFormationJson: json });
  const template = (json ? JSON.parse(file?.content ?? "") : parse(file?.content ?? "")) as Record<string, unknown>;
  const resource = tableResource(template);
  const name = `cfn-${++tables}`;
  await clients.client.send(new CreateTableCommand(createInput(resource, name)));
  const ttl = resource.Properties["TimeToLiveSpecification"] as { AttributeName: string; Enabled: boolean } | undefined;
  if (ttl) await clients.client.send(new UpdateTimeToLiveCommand({ TableName: name, TimeToLiveSpecification: ttl }));
  const description = (await clients.client.send(new DescribeTableCommand({ TableName: name }))).Table ?? {};
  const ttlOut = ttl ? (await clients.client.send(new DescribeTimeToLiveCommand({ TableName: name }))).TimeToLiveDescription : undefined;
  return { template, description, ...(ttlOut?.AttributeName ? { ttl: ttlOut.AttributeName } : {}) };
}

describe("the CloudFormation export", () => {
  const cases: Array<[string, () => Model]> = [
    ...EXAMPLES.map((name): [string, () => Model] => [name, () => example(name)]),
    ["orders with a local index (provisioned, INCLUDE, KEYS_ONLY)", ordersWithLocalIndex],
    ["a strong-consistency Global Table with a witness", () => strongGlobalTable(example("saas-teams"))],
  ];
  for (const [label, make] of cases) {
    it(`${label}: the template's table, created on DynamoDB Local, is the design's table`, async () => {
      const model = make();
      const design = designModel(model);
      for (const json of [false, true]) {
        const { template, description, ttl } = await createOnLocal(model, design, json);
        expect(actualDescription(description)).toEqual(expectedDescription(model, design));
        const settings = tableSettings(model);
        const resource = tableResource(template);
        const p = resource.Properties;
        expect(resource.Type).toBe(settings.replicas ? "AWS::DynamoDB::GlobalTable" : "AWS::DynamoDB::Table");
        expect(p["TableName"]).toBe(design.table.name);
        expect(ttl).toBe(settings.ttlAttribute);
        const stream = settings.stream === "none" ? (settings.replicas ? "NEW_AND_OLD_IMAGES" : undefined) : { keysOnly: "KEYS_ONLY", newImage: "NEW_IMAGE", oldImage: "OLD_IMAGE", newAndOldImages: "NEW_AND_OLD_IMAGES" }[settings.stream];
        expect(description.StreamSpecification?.StreamViewType).toBe(stream);
        const pitr = settings.replicas ? p.Replicas?.every((r) => (r["PointInTimeRecoverySpecification"] as { PointInTimeRecoveryEnabled?: boolean } | undefined)?.PointInTimeRecoveryEnabled === true) : (p["PointInTimeRecoverySpecification"] as { PointInTimeRecoveryEnabled?: boolean } | undefined)?.PointInTimeRecoveryEnabled === true;
        expect(pitr).toBe(settings.pointInTimeRecovery);
        if (settings.replicas) {
          expect(p.Replicas?.map((r) => r["Region"])).toEqual(settings.replicas);
          if (settings.multiRegionConsistency === "strong") expect(p["MultiRegionConsistency"]).toBe("STRONG");
          if (settings.witness) expect(p["GlobalTableWitnesses"]).toEqual([{ Region: settings.witness }]);
        }
        const tableClass = settings.replicas ? p.Replicas?.[0]?.["TableClass"] : p["TableClass"];
        expect(tableClass ?? "STANDARD").toBe(settings.tableClass === "standard" ? "STANDARD" : "STANDARD_INFREQUENT_ACCESS");
        const resources = template["Resources"] as Record<string, { Type: string; Properties: Record<string, unknown> }>;
        const mapping = Object.values(resources).find((r) => r.Type === "AWS::Lambda::EventSourceMapping");
        expect(mapping !== undefined).toBe(settings.stream !== "none");
        if (mapping) {
          expect(mapping.Properties).toMatchObject({
            EventSourceArn: { "Fn::GetAtt": ["Table", "StreamArn"] }, BatchSize: 100, BisectBatchOnFunctionError: true,
            FunctionResponseTypes: ["ReportBatchItemFailures"], DestinationConfig: { OnFailure: { Destination: { "Fn::GetAtt": ["StreamFailureQueue", "Arn"] } } },
          });
        }
      }
    }, 120_000);
  }

  it("YAML and JSON say the same, deterministically", () => {
    const model = example("multi-tenant-payments");
    const design = designModel(model);
    const [yaml] = cloudFormationFiles(model, design);
    const [json] = cloudFormationFiles(model, design, { cloudFormationJson: true });
    expect(parse(yaml?.content ?? "")).toEqual(JSON.parse(json?.content ?? ""));
    expect(cloudFormationFiles(model, design)).toEqual([yaml]);
    expect(yaml?.path).toBe("template.yaml");
  });

  it("encrypts with a customer managed key when asked, and never otherwise", () => {
    const model = example("ecommerce-orders");
    const design = designModel(model);
    const plain = tableResource(cloudFormationTemplate(model, design)).Properties;
    expect(plain["SSESpecification"]).toBeUndefined();
    const template = cloudFormationTemplate(model, design, { encryption: "customerManaged" });
    expect(tableResource(template).Properties["SSESpecification"]).toEqual({ SSEEnabled: true, SSEType: "KMS", KMSMasterKeyId: { Ref: "KmsKeyArn" } });
    expect((template["Parameters"] as Record<string, unknown>)["KmsKeyArn"]).toBeDefined();
  });

  it("sizes provisioned capacity from the access patterns' rps", () => {
    const model = example("ecommerce-orders");
    const p = tableResource(cloudFormationTemplate(model, designModel(model))).Properties;
    const t = p["ProvisionedThroughput"] as { ReadCapacityUnits: number; WriteCapacityUnits: number };
    expect(t.ReadCapacityUnits).toBeGreaterThan(1);
    expect(t.WriteCapacityUnits).toBeGreaterThan(1);
    for (const g of p.GlobalSecondaryIndexes ?? []) expect(g["ProvisionedThroughput"]).toBeDefined();
  });
});
