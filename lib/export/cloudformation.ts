/**
 * CloudFormation: the table as AWS::DynamoDB::Table, or AWS::DynamoDB::GlobalTable when
 * the model sets replicas; its key schema, GSIs and LSIs with projections, billing mode and
 * capacity, table class, TTL, point-in-time recovery, encryption and stream, each where the
 * model's table settings ask for it. With a stream, the consumer's event source mapping and
 * its on-failure queue. YAML by default (every string quoted, so YAML 1.1 parsers read the
 * same values), JSON on request. Intrinsics use the long form (`Fn::GetAtt`), valid in both.
 */
import { stringify } from "yaml";
import type { Design } from "../design";
import type { Model } from "../model";
import { oneLine } from "./comment";
import { STREAM_MAPPING } from "./stream-mapping";
import {
  effectiveStream, projectionType, STREAM_VIEW_TYPES, TABLE_CLASSES, TARGET_UTILIZATION, tableSpec,
  type IndexSpec, type TableSpec,
} from "./table-spec";
import type { ExportFile, ExportOptions } from "./types";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function keySchema(pk: string, sk: string | undefined): Json[] {
  return [{ AttributeName: pk, KeyType: "HASH" }, ...(sk ? [{ AttributeName: sk, KeyType: "RANGE" }] : [])];
}

function projection(i: IndexSpec): Json {
  const p = i.projection;
  return { ProjectionType: projectionType(p), ...(typeof p === "object" ? { NonKeyAttributes: [...p.include] } : {}) };
}

function sse(spec: TableSpec, global: boolean): Json | undefined {
  if (spec.encryption === "awsOwned") return undefined; // DynamoDB's default: encrypted with an AWS owned key
  if (global) return { SSEEnabled: true, SSEType: "KMS" };
  return { SSEEnabled: true, SSEType: "KMS", ...(spec.encryption === "customerManaged" ? { KMSMasterKeyId: { Ref: "KmsKeyArn" } } : {}) };
}

/** The properties both table types share. */
function common(spec: TableSpec): Record<string, Json> {
  const out: Record<string, Json> = {
    TableName: spec.name,
    AttributeDefinitions: spec.attributes.map((a) => ({ AttributeName: a.name, AttributeType: a.type })),
    KeySchema: keySchema(spec.partitionKey.name, spec.sortKey?.name),
    BillingMode: spec.billing === "provisioned" ? "PROVISIONED" : "PAY_PER_REQUEST",
  };
  if (spec.localIndexes.length) {
    out["LocalSecondaryIndexes"] = spec.localIndexes.map((i) => ({ IndexName: i.name, KeySchema: keySchema(spec.partitionKey.name, i.sortKey?.name), Projection: projection(i) }));
  }
  const stream = effectiveStream(spec);
  if (stream) out["StreamSpecification"] = { StreamViewType: STREAM_VIEW_TYPES[stream] };
  if (spec.ttlAttribute) out["TimeToLiveSpecification"] = { AttributeName: spec.ttlAttribute, Enabled: true };
  return out;
}

function tableProperties(spec: TableSpec): Record<string, Json> {
  const out = common(spec);
  if (spec.capacity) out["ProvisionedThroughput"] = { ReadCapacityUnits: spec.capacity.read, WriteCapacityUnits: spec.capacity.write };
  if (spec.globalIndexes.length) {
    out["GlobalSecondaryIndexes"] = spec.globalIndexes.map((i) => ({
      IndexName: i.name, KeySchema: keySchema(i.partitionKey.name, i.sortKey?.name), Projection: projection(i),
      ...(i.capacity ? { ProvisionedThroughput: { ReadCapacityUnits: i.capacity.read, WriteCapacityUnits: i.capacity.write } } : {}),
    }));
  }
  if (spec.tableClass !== "standard") out["TableClass"] = TABLE_CLASSES[spec.tableClass];
  if (spec.pointInTimeRecovery) out["PointInTimeRecoverySpecification"] = { PointInTimeRecoveryEnabled: true };
  const encryption = sse(spec, false);
  if (encryption) out["SSESpecification"] = encryption;
  return out;
}

/** Provisioned Global Tables scale writes automatically (required by AWS::DynamoDB::GlobalTable). */
function writeScaling(write: number): Json {
  return {
    WriteCapacityAutoScalingSettings: {
      MinCapacity: write, MaxCapacity: Math.max(write * 10, 10),
      TargetTrackingScalingPolicyConfiguration: { TargetValue: Math.round(TARGET_UTILIZATION * 100) },
    },
  };
}

function globalTableProperties(spec: TableSpec): Record<string, Json> {
  const out = common(spec);
  if (spec.globalIndexes.length) {
    out["GlobalSecondaryIndexes"] = spec.globalIndexes.map((i) => ({
      IndexName: i.name, KeySchema: keySchema(i.partitionKey.name, i.sortKey?.name), Projection: projection(i),
      ...(i.capacity ? { WriteProvisionedThroughputSettings: writeScaling(i.capacity.write) } : {}),
    }));
  }
  if (spec.capacity) out["WriteProvisionedThroughputSettings"] = writeScaling(spec.capacity.write);
  const encryption = sse(spec, true);
  if (encryption) out["SSESpecification"] = encryption;
  if (spec.multiRegionConsistency === "strong") out["MultiRegionConsistency"] = "STRONG";
  if (spec.witness) out["GlobalTableWitnesses"] = [{ Region: spec.witness }];
  out["Replicas"] = (spec.replicas ?? []).map((region) => {
    const r: Record<string, Json> = { Region: region };
    if (spec.pointInTimeRecovery) r["PointInTimeRecoverySpecification"] = { PointInTimeRecoveryEnabled: true };
    if (spec.tableClass !== "standard") r["TableClass"] = TABLE_CLASSES[spec.tableClass];
    if (spec.capacity) {
      r["ReadProvisionedThroughputSettings"] = { ReadCapacityUnits: spec.capacity.read };
      const gsis = spec.globalIndexes.filter((i) => i.capacity);
      if (gsis.length) r["GlobalSecondaryIndexes"] = gsis.map((i) => ({ IndexName: i.name, ReadProvisionedThroughputSettings: { ReadCapacityUnits: i.capacity?.read ?? 1 } }));
    }
    // A customer managed key is Regional: each replica names its own (here: the parameter, for the stack's Region).
    if (spec.encryption === "customerManaged") r["SSESpecification"] = { KMSMasterKeyId: { Ref: "KmsKeyArn" } };
    return r;
  });
  return out;
}

/** The template as data (what the YAML and JSON texts both write). */
export function cloudFormationTemplate(model: Model, design: Design, options: ExportOptions = {}): Record<string, Json> {
  const spec = tableSpec(model, design, options);
  const global = spec.replicas !== undefined;
  const parameters: Record<string, Json> = {};
  const resources: Record<string, Json> = {
    Table: {
      Type: global ? "AWS::DynamoDB::GlobalTable" : "AWS::DynamoDB::Table",
      // The table holds data: keep it when the stack is deleted or the resource replaced.
      DeletionPolicy: "Retain",
      UpdateReplacePolicy: "Retain",
      Properties: global ? globalTableProperties(spec) : tableProperties(spec),
    },
  };
  const outputs: Record<string, Json> = {
    TableName: { Description: "The table's name", Value: { Ref: "Table" } },
    TableArn: { Description: "For IAM policies", Value: { "Fn::GetAtt": ["Table", "Arn"] } },
  };
  if (spec.encryption === "customerManaged") {
    parameters["KmsKeyArn"] = { Type: "String", Description: "ARN of the customer managed KMS key that encrypts the table" };
  }
  if (spec.stream) {
    parameters["StreamConsumerFunctionArn"] = { Type: "String", Description: "ARN of the Lambda function that consumes the table's stream (stream-consumer.ts)" };
    resources["StreamFailureQueue"] = {
      Type: "AWS::SQS::Queue",
      Properties: { MessageRetentionPeriod: STREAM_MAPPING.failureRetentionSeconds, SqsManagedSseEnabled: true },
    };
    resources["StreamConsumerMapping"] = {
      Type: "AWS::Lambda::EventSourceMapping",
      Properties: {
        EventSourceArn: { "Fn::GetAtt": ["Table", "StreamArn"] },
        FunctionName: { Ref: "StreamConsumerFunctionArn" },
        StartingPosition: STREAM_MAPPING.startingPosition,
        BatchSize: STREAM_MAPPING.batchSize,
        BisectBatchOnFunctionError: STREAM_MAPPING.bisectBatchOnFunctionError,
        MaximumRetryAttempts: STREAM_MAPPING.maximumRetryAttempts,
        MaximumRecordAgeInSeconds: STREAM_MAPPING.maximumRecordAgeInSeconds,
        FunctionResponseTypes: [...STREAM_MAPPING.functionResponseTypes],
        DestinationConfig: { OnFailure: { Destination: { "Fn::GetAtt": ["StreamFailureQueue", "Arn"] } } },
      },
    };
    outputs["StreamArn"] = { Description: "The table's stream", Value: { "Fn::GetAtt": ["Table", "StreamArn"] } };
    outputs["StreamFailureQueueUrl"] = { Description: "Records the consumer could not process", Value: { Ref: "StreamFailureQueue" } };
  }
  return {
    AWSTemplateFormatVersion: "2010-09-09",
    Description: `DynamoDB table ${spec.name} for the model "${model.name}" (generated by Tablewright)`,
    ...(Object.keys(parameters).length ? { Parameters: parameters } : {}),
    Resources: resources,
    Outputs: outputs,
  };
}

export function cloudFormationFiles(model: Model, design: Design, options: ExportOptions = {}): ExportFile[] {
  const template = cloudFormationTemplate(model, design, options);
  if (options.cloudFormationJson) {
    return [{ path: "template.json", content: `${JSON.stringify(template, null, 2)}\n`, mediaType: "application/json" }];
  }
  const yaml = stringify(template, { defaultStringType: "QUOTE_DOUBLE", defaultKeyType: "PLAIN", lineWidth: 0 });
  return [{ path: "template.yaml", content: `# Generated by Tablewright from "${oneLine(model.name)}".\n${yaml}`, mediaType: "application/yaml" }];
}
