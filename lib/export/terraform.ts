/**
 * Terraform: aws_dynamodb_table with the key schema, attributes, GSIs and LSIs with their
 * projections, billing and capacity, table class, TTL, point-in-time recovery, encryption
 * and stream, each where the model's table settings ask for it; replica blocks for Global
 * Tables (the provider's Region is the home Region, the first of the model's replicas).
 * With a stream: the consumer's event source mapping and its on-failure SQS queue.
 */
import type { Design } from "../design";
import type { Model } from "../model";
import { oneLine } from "./comment";
import { Raw, renderBlock, type HclBlock, type HclValue } from "./hcl";
import { STREAM_MAPPING } from "./stream-mapping";
import { effectiveStream, projectionType, STREAM_VIEW_TYPES, TABLE_CLASSES, tableSpec, type IndexSpec, type TableSpec } from "./table-spec";
import type { ExportFile, ExportOptions } from "./types";

function projection(i: IndexSpec): Array<[string, HclValue]> {
  const p = i.projection;
  return [["projection_type", projectionType(p)], ...(typeof p === "object" ? [["non_key_attributes", [...p.include]] as [string, HclValue]] : [])];
}

function tableBlock(spec: TableSpec): HclBlock {
  const attributes: Array<[string, HclValue]> = [
    ["name", spec.name],
    ["billing_mode", spec.billing === "provisioned" ? "PROVISIONED" : "PAY_PER_REQUEST"],
    ["hash_key", spec.partitionKey.name],
  ];
  if (spec.sortKey) attributes.push(["range_key", spec.sortKey.name]);
  if (spec.capacity) attributes.push(["read_capacity", spec.capacity.read], ["write_capacity", spec.capacity.write]);
  if (spec.tableClass !== "standard") attributes.push(["table_class", TABLE_CLASSES[spec.tableClass]]);
  const stream = effectiveStream(spec);
  if (stream) attributes.push(["stream_enabled", true], ["stream_view_type", STREAM_VIEW_TYPES[stream]]);
  const blocks: HclBlock[] = spec.attributes.map((a) => ({ type: "attribute", attributes: [["name", a.name], ["type", a.type]] }));
  for (const i of spec.globalIndexes) {
    blocks.push({
      type: "global_secondary_index",
      attributes: [
        ["name", i.name], ["hash_key", i.partitionKey.name], ...(i.sortKey ? [["range_key", i.sortKey.name] as [string, HclValue]] : []),
        ...projection(i), ...(i.capacity ? [["read_capacity", i.capacity.read], ["write_capacity", i.capacity.write]] as Array<[string, HclValue]> : []),
      ],
    });
  }
  for (const i of spec.localIndexes) {
    blocks.push({ type: "local_secondary_index", attributes: [["name", i.name], ["range_key", i.sortKey?.name ?? ""], ...projection(i)] });
  }
  if (spec.ttlAttribute) blocks.push({ type: "ttl", attributes: [["attribute_name", spec.ttlAttribute], ["enabled", true]] });
  if (spec.pointInTimeRecovery) blocks.push({ type: "point_in_time_recovery", attributes: [["enabled", true]] });
  if (spec.encryption !== "awsOwned") {
    blocks.push({ type: "server_side_encryption", attributes: [["enabled", true], ...(spec.encryption === "customerManaged" ? [["kms_key_arn", new Raw("var.kms_key_arn")] as [string, HclValue]] : [])] });
  }
  const strong = spec.multiRegionConsistency === "strong";
  for (const region of (spec.replicas ?? []).slice(1)) {
    blocks.push({
      type: "replica",
      attributes: [
        ["region_name", region],
        ...(spec.pointInTimeRecovery ? [["point_in_time_recovery", true] as [string, HclValue]] : []),
        ...(strong ? [["consistency_mode", "STRONG"] as [string, HclValue]] : []),
      ],
    });
  }
  if (spec.witness) blocks.push({ type: "global_table_witness", attributes: [["region_name", spec.witness]] });
  return {
    type: "resource", labels: ["aws_dynamodb_table", "table"], attributes, blocks,
    comment: "The table, its indexes and settings, from the model's key design.",
  };
}

function streamBlocks(): HclBlock[] {
  return [
    {
      type: "variable", labels: ["stream_consumer_function_arn"],
      attributes: [["type", new Raw("string")], ["description", "ARN of the Lambda function that consumes the table's stream (stream-consumer.ts)"]],
    },
    {
      type: "resource", labels: ["aws_sqs_queue", "stream_failures"], comment: "Records the consumer could not process, kept for inspection and replay.",
      attributes: [["message_retention_seconds", STREAM_MAPPING.failureRetentionSeconds], ["sqs_managed_sse_enabled", true]],
    },
    {
      type: "resource", labels: ["aws_lambda_event_source_mapping", "stream_consumer"],
      comment: "Feeds the stream to the consumer: partial batch responses, bisection on error, bounded retries.",
      attributes: [
        ["event_source_arn", new Raw("aws_dynamodb_table.table.stream_arn")],
        ["function_name", new Raw("var.stream_consumer_function_arn")],
        ["starting_position", STREAM_MAPPING.startingPosition],
        ["batch_size", STREAM_MAPPING.batchSize],
        ["bisect_batch_on_function_error", STREAM_MAPPING.bisectBatchOnFunctionError],
        ["maximum_retry_attempts", STREAM_MAPPING.maximumRetryAttempts],
        ["maximum_record_age_in_seconds", STREAM_MAPPING.maximumRecordAgeInSeconds],
        ["function_response_types", [...STREAM_MAPPING.functionResponseTypes]],
      ],
      blocks: [{ type: "destination_config", blocks: [{ type: "on_failure", attributes: [["destination_arn", new Raw("aws_sqs_queue.stream_failures.arn")]] }] }],
    },
    { type: "output", labels: ["stream_arn"], attributes: [["value", new Raw("aws_dynamodb_table.table.stream_arn")]] },
  ];
}

export function terraformText(model: Model, design: Design, options: ExportOptions = {}): string {
  const spec = tableSpec(model, design, options);
  const strong = spec.multiRegionConsistency === "strong";
  // Multi-Region strong consistency (replica consistency_mode, the witness) needs a recent provider.
  const version = strong ? ">= 6.22" : ">= 5.0";
  const blocks: HclBlock[] = [
    { type: "terraform", blocks: [{ type: "required_providers", attributes: [["aws", new Raw(`{\n      source  = "hashicorp/aws"\n      version = "${version}"\n    }`)]] }] },
  ];
  if (spec.replicas) {
    blocks.push(
      { type: "variable", labels: ["region"], comment: "The home Region: the table is created here and replicated to the others.", attributes: [["type", new Raw("string")], ["default", spec.replicas[0] ?? "us-east-1"]] },
      { type: "provider", labels: ["aws"], attributes: [["region", new Raw("var.region")]] },
    );
  }
  if (spec.encryption === "customerManaged") {
    blocks.push({ type: "variable", labels: ["kms_key_arn"], attributes: [["type", new Raw("string")], ["description", "ARN of the customer managed KMS key that encrypts the table"]] });
  }
  blocks.push(tableBlock(spec));
  blocks.push({ type: "output", labels: ["table_name"], attributes: [["value", new Raw("aws_dynamodb_table.table.name")]] });
  blocks.push({ type: "output", labels: ["table_arn"], attributes: [["value", new Raw("aws_dynamodb_table.table.arn")]] });
  if (spec.stream) blocks.push(...streamBlocks());
  const header = `# Generated by Tablewright from "${oneLine(model.name)}": regenerate rather than edit.\n\n`;
  return `${header}${blocks.map((b) => renderBlock(b)).join("\n\n")}\n`;
}

export function terraformFiles(model: Model, design: Design, options: ExportOptions = {}): ExportFile[] {
  return [{ path: "main.tf", content: terraformText(model, design, options), mediaType: "text/plain" }];
}
