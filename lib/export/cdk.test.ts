/**
 * The CDK export, tested by what it does: the app type-checks with tsc --strict against
 * the real aws-cdk-lib, and the stack, synthesized, declares the same table as the
 * CloudFormation export (key schema, attributes, indexes and projections, billing and
 * capacity, stream, TTL, point-in-time recovery, table class, encryption, replicas); with
 * a consumer function, the event source mapping carries the stream settings.
 */
import { describe, expect, it } from "vitest";
import { designModel } from "../design";
import { tableSettings, type Model } from "../model";
import { cdkFiles } from "./cdk";
import { cloudFormationTemplate } from "./cloudformation";
import { EXAMPLES, example } from "./testing/examples";
import { load, typecheck, workspace, writeFiles } from "./testing/generated";
import { ordersWithLocalIndex, strongGlobalTable } from "./testing/models";
import type { ExportOptions } from "./types";

type Resource = { Type: string; Properties: Record<string, unknown> };
type Synth = { synth: (withConsumer: boolean) => { table: Record<string, Resource>; consumer: Record<string, Resource> } };

/** A harness beside the generated app: synthesizes the stack (and a stack holding the consumer). */
function harness(className: string, region: string | undefined): string {
  const env = region ? `{ env: { region: ${JSON.stringify(region)}, account: "123456789012" } }` : "{}";
  return [
    'import * as cdk from "aws-cdk-lib";',
    'import * as iam from "aws-cdk-lib/aws-iam";',
    'import * as lambda from "aws-cdk-lib/aws-lambda";',
    'import { Template } from "aws-cdk-lib/assertions";',
    `import { ${className} } from "./lib/table-stack";`,
    "export function synth(withConsumer: boolean) {",
    "  const app = new cdk.App();",
    `  const fns = new cdk.Stack(app, "Functions", ${env});`,
    '  const role = iam.Role.fromRoleArn(fns, "ConsumerRole", "arn:aws:iam::123456789012:role/consumer");',
    '  const consumer = lambda.Function.fromFunctionAttributes(fns, "Consumer", { functionArn: "arn:aws:lambda:us-east-1:123456789012:function:consumer", role, sameEnvironment: true });',
    `  const stack = new ${className}(app, "TableStack", { ...${env}, ...(withConsumer ? { streamConsumer: consumer } : {}) } as never);`,
    "  return { table: Template.fromStack(stack).toJSON().Resources, consumer: Template.fromStack(fns).toJSON().Resources ?? {} };",
    "}",
  ].join("\n");
}

/** The table's properties in one shape for both sources (CDK and our CloudFormation differ in what they leave implicit). */
function normalize(r: Resource | undefined): Record<string, unknown> {
  const p = r?.Properties ?? {};
  const byName = (list: unknown) => [...((list as Array<Record<string, unknown>>) ?? [])].sort((a, b) => String(a["IndexName"]).localeCompare(String(b["IndexName"])));
  const provisioned = p["BillingMode"] === "PROVISIONED" || p["ProvisionedThroughput"] !== undefined || p["WriteProvisionedThroughputSettings"] !== undefined;
  const stripGsi = (g: Record<string, unknown>) => ({ IndexName: g["IndexName"], KeySchema: g["KeySchema"], Projection: g["Projection"], ...(g["ProvisionedThroughput"] ? { ProvisionedThroughput: g["ProvisionedThroughput"] } : {}) });
  const replicas = (p["Replicas"] as Array<Record<string, unknown>> | undefined)?.map((x) => ({
    Region: x["Region"],
    pitr: (x["PointInTimeRecoverySpecification"] as { PointInTimeRecoveryEnabled?: boolean } | undefined)?.PointInTimeRecoveryEnabled ?? false,
    TableClass: x["TableClass"] ?? "STANDARD",
  })).sort((a, b) => String(a.Region).localeCompare(String(b.Region)));
  return {
    type: r?.Type,
    TableName: p["TableName"],
    KeySchema: p["KeySchema"],
    AttributeDefinitions: [...((p["AttributeDefinitions"] as Array<{ AttributeName: string }>) ?? [])].sort((a, b) => a.AttributeName.localeCompare(b.AttributeName)),
    GlobalSecondaryIndexes: byName(p["GlobalSecondaryIndexes"]).map(stripGsi),
    LocalSecondaryIndexes: byName(p["LocalSecondaryIndexes"]),
    billing: provisioned ? "PROVISIONED" : "PAY_PER_REQUEST",
    ProvisionedThroughput: p["ProvisionedThroughput"],
    StreamViewType: (p["StreamSpecification"] as { StreamViewType?: string } | undefined)?.StreamViewType,
    ttl: (p["TimeToLiveSpecification"] as { AttributeName?: string } | undefined)?.AttributeName,
    pitr: (p["PointInTimeRecoverySpecification"] as { PointInTimeRecoveryEnabled?: boolean } | undefined)?.PointInTimeRecoveryEnabled ?? false,
    TableClass: p["TableClass"] ?? "STANDARD",
    sse: (p["SSESpecification"] as { SSEEnabled?: boolean } | undefined)?.SSEEnabled ?? false,
    replicas,
    MultiRegionConsistency: p["MultiRegionConsistency"] ?? (r?.Type === "AWS::DynamoDB::GlobalTable" ? "EVENTUAL" : undefined),
    witnesses: p["GlobalTableWitnesses"],
  };
}

const cases: Array<[string, () => Model, ExportOptions]> = [
  ...EXAMPLES.map((name): [string, () => Model, ExportOptions] => [name, () => example(name), {}]),
  ["orders with a local index", ordersWithLocalIndex, {}],
  ["a strong-consistency Global Table with a witness", () => strongGlobalTable(example("saas-teams")), {}],
  ["ecommerce-orders with an AWS managed key", () => example("ecommerce-orders"), { encryption: "awsManaged" }],
];

describe("the CDK export", () => {
  const dir = workspace("tablewright-cdk-");
  const prepared = cases.map(([label, make, options], i) => {
    const model = make();
    const design = designModel(model);
    const files = cdkFiles(model, design, options);
    const stack = files.find((f) => f.path === "lib/table-stack.ts")?.content ?? "";
    const className = /export class (\w+) extends/.exec(stack)?.[1] ?? "";
    const folder = `app${i}`;
    writeFiles(dir, files.map((f) => ({ ...f, path: `${folder}/${f.path}` })));
    writeFiles(dir, [{ path: `${folder}/synth.ts`, content: harness(className, tableSettings(model).replicas?.[0]) }]);
    return { label, model, design, options, folder, files };
  });

  it("every app type-checks with tsc --strict against aws-cdk-lib", async () => {
    const files = prepared.flatMap((p) => [`${p.folder}/bin/app.ts`, `${p.folder}/lib/table-stack.ts`]);
    expect(await typecheck(dir, files, { module: "commonjs", moduleResolution: "node" })).toBe("");
  }, 600_000);

  for (const p of prepared) {
    it(`${p.label}: the synthesized table equals the CloudFormation export's`, async () => {
      const mod = await load<Synth>(dir, `${p.folder}/synth.ts`);
      const settings = tableSettings(p.model);
      const out = mod.synth(settings.stream !== "none");
      const tables = Object.values(out.table).filter((r) => r.Type.startsWith("AWS::DynamoDB::"));
      expect(tables).toHaveLength(1);
      const ours = (cloudFormationTemplate(p.model, p.design, p.options)["Resources"] as Record<string, Resource>)["Table"];
      expect(normalize(tables[0])).toEqual(normalize(ours));
      const mapping = Object.values(out.consumer).find((r) => r.Type === "AWS::Lambda::EventSourceMapping");
      expect(mapping !== undefined).toBe(settings.stream !== "none");
      if (mapping) {
        expect(mapping.Properties).toMatchObject({ BatchSize: 100, BisectBatchOnFunctionError: true, MaximumRetryAttempts: 5, FunctionResponseTypes: ["ReportBatchItemFailures"], StartingPosition: "TRIM_HORIZON" });
        expect(JSON.stringify(mapping.Properties["DestinationConfig"])).toContain("StreamFailureQueue");
      }
    }, 120_000);
  }

  it("is an app: bin/app.ts, lib/table-stack.ts, cdk.json, package.json, tsconfig.json", () => {
    expect(prepared[0]?.files.map((f) => f.path)).toEqual(["bin/app.ts", "lib/table-stack.ts", "cdk.json", "package.json", "tsconfig.json"]);
  });
});
