/**
 * AWS CDK in TypeScript (aws-cdk-lib): a small app, bin/app.ts and lib/table-stack.ts, whose
 * stack declares the design's table: dynamodb.Table, or dynamodb.TableV2 with replicas for
 * a Global Table, with the indexes, billing and the model's table settings. When the model
 * enables a stream, the stack takes the consumer function as a prop and wires it with a
 * DynamoEventSource (partial batch responses, bisection, bounded retries, an SQS on-failure
 * destination), the same mapping the CloudFormation and Terraform exports declare.
 */
import type { Design } from "../design";
import type { Model } from "../model";
import { oneLine } from "./comment";
import { STREAM_MAPPING } from "./stream-mapping";
import { effectiveStream, pascalName, projectionType, TARGET_UTILIZATION, tableSpec, type IndexSpec, type TableSpec } from "./table-spec";
import type { ExportFile, ExportOptions } from "./types";

const q = JSON.stringify;
const KEY_TYPES = { S: "STRING", N: "NUMBER", B: "BINARY" } as const;
const STREAMS = { keysOnly: "KEYS_ONLY", newImage: "NEW_IMAGE", oldImage: "OLD_IMAGE", newAndOldImages: "NEW_AND_OLD_IMAGES" } as const;

function attribute(a: { name: string; type: "S" | "N" | "B" }): string {
  return `{ name: ${q(a.name)}, type: dynamodb.AttributeType.${KEY_TYPES[a.type]} }`;
}

function indexProjection(i: IndexSpec): string[] {
  const p = i.projection;
  return [`projectionType: dynamodb.ProjectionType.${projectionType(p)}`, ...(typeof p === "object" ? [`nonKeyAttributes: ${q(p.include)}`] : [])];
}

function tableV1(spec: TableSpec): string[] {
  const props = [
    `tableName: ${q(spec.name)}`,
    `partitionKey: ${attribute(spec.partitionKey)}`,
    ...(spec.sortKey ? [`sortKey: ${attribute(spec.sortKey)}`] : []),
    `billingMode: dynamodb.BillingMode.${spec.billing === "provisioned" ? "PROVISIONED" : "PAY_PER_REQUEST"}`,
    ...(spec.capacity ? [`readCapacity: ${spec.capacity.read}`, `writeCapacity: ${spec.capacity.write}`] : []),
    ...(spec.tableClass !== "standard" ? ["tableClass: dynamodb.TableClass.STANDARD_INFREQUENT_ACCESS"] : []),
    ...(spec.ttlAttribute ? [`timeToLiveAttribute: ${q(spec.ttlAttribute)}`] : []),
    ...(spec.stream ? [`stream: dynamodb.StreamViewType.${STREAMS[spec.stream]}`] : []),
    ...(spec.pointInTimeRecovery ? ["pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true }"] : []),
    ...(spec.encryption === "awsManaged" ? ["encryption: dynamodb.TableEncryption.AWS_MANAGED"] : []),
    ...(spec.encryption === "customerManaged" ? ["encryption: dynamodb.TableEncryption.CUSTOMER_MANAGED", 'encryptionKey: kms.Key.fromKeyArn(this, "TableKey", props.kmsKeyArn ?? "")'] : []),
    "// The table holds data: keep it when the stack is deleted.",
    "removalPolicy: cdk.RemovalPolicy.RETAIN",
  ];
  const out = ["    const table = new dynamodb.Table(this, \"Table\", {", ...props.map((p) => (p.startsWith("//") ? `      ${p}` : `      ${p},`)), "    });"];
  for (const i of spec.globalIndexes) {
    const fields = [`indexName: ${q(i.name)}`, `partitionKey: ${attribute(i.partitionKey)}`, ...(i.sortKey ? [`sortKey: ${attribute(i.sortKey)}`] : []), ...indexProjection(i),
      ...(i.capacity ? [`readCapacity: ${i.capacity.read}`, `writeCapacity: ${i.capacity.write}`] : [])];
    out.push(`    table.addGlobalSecondaryIndex({ ${fields.join(", ")} });`);
  }
  for (const i of spec.localIndexes) {
    out.push(`    table.addLocalSecondaryIndex({ indexName: ${q(i.name)}, sortKey: ${i.sortKey ? attribute(i.sortKey) : "undefined as never"}, ${indexProjection(i).join(", ")} });`);
  }
  return out;
}

function autoscaled(units: number): string {
  return `dynamodb.Capacity.autoscaled({ minCapacity: ${units}, maxCapacity: ${Math.max(units * 10, 10)}, targetUtilizationPercent: ${Math.round(TARGET_UTILIZATION * 100)} })`;
}

function tableV2(spec: TableSpec): string[] {
  const stream = effectiveStream(spec);
  const gsis = spec.globalIndexes.map((i) => `{ ${[`indexName: ${q(i.name)}`, `partitionKey: ${attribute(i.partitionKey)}`, ...(i.sortKey ? [`sortKey: ${attribute(i.sortKey)}`] : []), ...indexProjection(i),
    ...(i.capacity ? [`readCapacity: dynamodb.Capacity.fixed(${i.capacity.read})`, `writeCapacity: ${autoscaled(i.capacity.write)}`] : [])].join(", ")} }`);
  const lsis = spec.localIndexes.map((i) => `{ indexName: ${q(i.name)}, sortKey: ${i.sortKey ? attribute(i.sortKey) : "undefined as never"}, ${indexProjection(i).join(", ")} }`);
  const props = [
    `tableName: ${q(spec.name)}`,
    `partitionKey: ${attribute(spec.partitionKey)}`,
    ...(spec.sortKey ? [`sortKey: ${attribute(spec.sortKey)}`] : []),
    spec.capacity
      ? `billing: dynamodb.Billing.provisioned({ readCapacity: dynamodb.Capacity.fixed(${spec.capacity.read}), writeCapacity: ${autoscaled(spec.capacity.write)} })`
      : "billing: dynamodb.Billing.onDemand()",
    ...(gsis.length ? [`globalSecondaryIndexes: [\n        ${gsis.join(",\n        ")},\n      ]`] : []),
    ...(lsis.length ? [`localSecondaryIndexes: [\n        ${lsis.join(",\n        ")},\n      ]`] : []),
    ...(spec.tableClass !== "standard" ? ["tableClass: dynamodb.TableClass.STANDARD_INFREQUENT_ACCESS"] : []),
    ...(spec.ttlAttribute ? [`timeToLiveAttribute: ${q(spec.ttlAttribute)}`] : []),
    ...(stream ? [`dynamoStream: dynamodb.StreamViewType.${STREAMS[stream]}`] : []),
    ...(spec.pointInTimeRecovery ? ["pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true }"] : []),
    ...(spec.encryption === "awsManaged" ? ["encryption: dynamodb.TableEncryptionV2.awsManagedKey()"] : []),
    ...(spec.encryption === "customerManaged" ? ['encryption: dynamodb.TableEncryptionV2.customerManagedKey(kms.Key.fromKeyArn(this, "TableKey", props.kmsKeyArn ?? ""), props.replicaKeyArns ?? {})'] : []),
    "// The stack's Region (the model's first) holds the primary table; these are the other replicas.",
    `replicas: [${(spec.replicas ?? []).slice(1).map((r) => `{ region: ${q(r)} }`).join(", ")}]`,
    ...(spec.multiRegionConsistency === "strong" ? ["multiRegionConsistency: dynamodb.MultiRegionConsistency.STRONG"] : []),
    ...(spec.witness ? [`witnessRegion: ${q(spec.witness)}`] : []),
    "removalPolicy: cdk.RemovalPolicy.RETAIN",
  ];
  return ["    const table = new dynamodb.TableV2(this, \"Table\", {", ...props.map((p) => (p.startsWith("//") ? `      ${p}` : `      ${p},`)), "    });"];
}

function stackFile(model: Model, spec: TableSpec, className: string): string {
  const global = spec.replicas !== undefined;
  const stream = spec.stream !== undefined;
  const imports = [
    'import * as cdk from "aws-cdk-lib";',
    'import * as dynamodb from "aws-cdk-lib/aws-dynamodb";',
    ...(spec.encryption === "customerManaged" ? ['import * as kms from "aws-cdk-lib/aws-kms";'] : []),
    ...(stream ? ['import * as lambda from "aws-cdk-lib/aws-lambda";', 'import * as sources from "aws-cdk-lib/aws-lambda-event-sources";', 'import * as sqs from "aws-cdk-lib/aws-sqs";'] : []),
    'import type { Construct } from "constructs";',
  ];
  const props = [
    ...(stream ? ["  /** The function that consumes the table's stream (stream-consumer.ts); without it, no mapping is made. */", "  readonly streamConsumer?: lambda.IFunction;"] : []),
    ...(spec.encryption === "customerManaged" ? ["  /** The customer managed KMS key that encrypts the table. */", "  readonly kmsKeyArn?: string;"] : []),
    ...(spec.encryption === "customerManaged" && global ? ["  /** Region → key ARN for each replica (keys are Regional). */", "  readonly replicaKeyArns?: Record<string, string>;"] : []),
  ];
  const body = global ? tableV2(spec) : tableV1(spec);
  const wiring = stream ? [
    "    if (props.streamConsumer) {",
    "      // Records the consumer could not process, kept for inspection and replay.",
    `      const failures = new sqs.Queue(this, "StreamFailureQueue", { retentionPeriod: cdk.Duration.seconds(${STREAM_MAPPING.failureRetentionSeconds}), encryption: sqs.QueueEncryption.SQS_MANAGED });`,
    "      props.streamConsumer.addEventSource(new sources.DynamoEventSource(table, {",
    "        startingPosition: lambda.StartingPosition.TRIM_HORIZON,",
    `        batchSize: ${STREAM_MAPPING.batchSize},`,
    `        bisectBatchOnError: ${STREAM_MAPPING.bisectBatchOnFunctionError},`,
    `        retryAttempts: ${STREAM_MAPPING.maximumRetryAttempts},`,
    `        maxRecordAge: cdk.Duration.seconds(${STREAM_MAPPING.maximumRecordAgeInSeconds}),`,
    "        reportBatchItemFailures: true,",
    "        onFailure: new sources.SqsDlq(failures),",
    "      }));",
    "    }",
  ] : [];
  return [
    `// Generated by Tablewright from ${oneLine(q(model.name))}: regenerate rather than edit.`,
    ...imports,
    "",
    `export interface ${className}Props extends cdk.StackProps {`,
    ...props,
    "}",
    "",
    `/** The DynamoDB table ${spec.name} of the model's key design. */`,
    `export class ${className} extends cdk.Stack {`,
    `  readonly table: dynamodb.${global ? "TableV2" : "Table"};`,
    "",
    `  constructor(scope: Construct, id: string, props: ${className}Props = {}) {`,
    "    super(scope, id, props);",
    ...body,
    "    this.table = table;",
    ...wiring,
    `    new cdk.CfnOutput(this, "TableName", { value: table.tableName });`,
    "  }",
    "}",
    "",
  ].join("\n");
}

export function cdkFiles(model: Model, design: Design, options: ExportOptions = {}): ExportFile[] {
  const spec = tableSpec(model, design, options);
  const className = `${pascalName(spec.name)}TableStack`;
  const region = spec.replicas?.[0];
  const app = [
    "#!/usr/bin/env node",
    'import * as cdk from "aws-cdk-lib";',
    `import { ${className} } from "../lib/table-stack";`,
    "",
    "const app = new cdk.App();",
    region
      ? `// A Global Table's stack is deployed to its home Region.\nnew ${className}(app, ${q(className)}, { env: { region: ${q(region)} } });`
      : `new ${className}(app, ${q(className)});`,
    "",
  ].join("\n");
  const pkg = {
    name: `${spec.name.toLowerCase().replace(/[^a-z0-9-]/g, "-")}-table`, private: true, version: "0.1.0",
    bin: { app: "bin/app.ts" },
    scripts: { build: "tsc --noEmit", synth: "cdk synth", deploy: "cdk deploy" },
    dependencies: { "aws-cdk-lib": "^2.276.0", constructs: "^10.8.1" },
    devDependencies: { "aws-cdk": "^2", "ts-node": "^10", typescript: "^5.9" },
  };
  const tsconfig = { compilerOptions: { target: "ES2022", module: "commonjs", strict: true, skipLibCheck: true, esModuleInterop: true, noEmit: true }, include: ["bin", "lib"] };
  return [
    { path: "bin/app.ts", content: app, mediaType: "text/typescript" },
    { path: "lib/table-stack.ts", content: stackFile(model, spec, className), mediaType: "text/typescript" },
    { path: "cdk.json", content: `${JSON.stringify({ app: "npx ts-node --prefer-ts-exts bin/app.ts" }, null, 2)}\n`, mediaType: "application/json" },
    { path: "package.json", content: `${JSON.stringify(pkg, null, 2)}\n`, mediaType: "application/json" },
    { path: "tsconfig.json", content: `${JSON.stringify(tsconfig, null, 2)}\n`, mediaType: "application/json" },
  ];
}
