/**
 * The Streams consumer skeleton: a TypeScript Lambda handler for the table's stream that
 * tells entities apart by the type attribute, skips uniqueness items, processes each
 * record at most once per event id, and reports batch item failures so that Lambda
 * retries from the first failed record (Lambda "Using DynamoDB with Lambda", partial batch
 * responses). The event source mapping that feeds it is declared by the CloudFormation
 * and Terraform exports (stream-mapping.ts).
 */
import type { Design } from "../design";
import { tableSettings, type Model } from "../model";
import type { ExportFile } from "./types";
import { buildContext } from "./typescript/context";

export const CONSUMER_FILE = "stream-consumer.ts";

export function streamConsumer(model: Model, design: Design): ExportFile | undefined {
  const stream = tableSettings(model).stream;
  if (stream === "none") return undefined;
  const ctx = buildContext(design);
  const entities = design.entities.map((e) => ({ entity: e.entity, names: ctx.entities.get(e.entity) }));
  const images = stream === "keysOnly" ? "only the keys (the KEYS_ONLY view): read the item if you need more" : stream === "newImage" ? "the new image" : stream === "oldImage" ? "the old image" : "the new and the old image";
  const typeImports = entities.map((e) => `type ${e.names?.type ?? e.entity}`).join(", ");
  const lines = [
    "/**",
    ` * DynamoDB Streams consumer for table ${design.table.name}: each record carries ${images}.`,
    " *",
    " * Records can arrive more than once (a retried or bisected batch delivers them again), so",
    " * the handler is idempotent: it remembers the event ids it has processed (replace the",
    " * in-memory store with a table keyed by event id, with a TTL, for durability across",
    " * containers) and makes its own writes conditional. On the first failure it stops and",
    " * reports that record: with ReportBatchItemFailures, Lambda retries from it, so the",
    " * records of one item are never applied out of order.",
    " */",
    "/* eslint-disable */",
    'import { unmarshall } from "@aws-sdk/util-dynamodb";',
    'import type { AttributeValue } from "@aws-sdk/client-dynamodb";',
    `import { TYPE_ATTRIBUTE, ${typeImports} } from "./data-access";`,
    "",
    "/** The parts of a DynamoDB Streams event this handler reads (aws-lambda's DynamoDBStreamEvent). */",
    "export interface StreamRecord {",
    "  eventID?: string;",
    '  eventName?: "INSERT" | "MODIFY" | "REMOVE";',
    "  dynamodb?: {",
    "    Keys?: Record<string, AttributeValue>;",
    "    NewImage?: Record<string, AttributeValue>;",
    "    OldImage?: Record<string, AttributeValue>;",
    "    SequenceNumber?: string;",
    "  };",
    "}",
    "export interface StreamEvent {",
    "  Records: StreamRecord[];",
    "}",
    "export interface BatchResponse {",
    "  batchItemFailures: Array<{ itemIdentifier: string }>;",
    "}",
    "",
    "/** Each entity's item type, by entity name. */",
    "export interface Entities {",
    ...entities.map((e) => `  ${JSON.stringify(e.entity)}: ${e.names?.type ?? e.entity};`),
    "}",
    "",
    "/** One change of one entity item. Images hold the item's attributes and the design's key attributes. */",
    "export type Change = {",
    "  [E in keyof Entities]: {",
    "    entity: E;",
    '    event: "INSERT" | "MODIFY" | "REMOVE";',
    "    keys: Record<string, unknown>;",
    "    newItem?: Entities[E];",
    "    oldItem?: Entities[E];",
    "    eventId: string;",
    "  };",
    "}[keyof Entities];",
    "",
    "/** Event ids already processed by this container (a durable store belongs here in production). */",
    "export interface ProcessedStore {",
    "  has(eventId: string): Promise<boolean>;",
    "  add(eventId: string): Promise<void>;",
    "}",
    "const seen = new Set<string>();",
    "export const memoryStore: ProcessedStore = {",
    "  has: async (id) => seen.has(id),",
    "  add: async (id) => {",
    "    seen.add(id);",
    "  },",
    "};",
    "",
    "/** Your logic, one case per entity. Make side effects idempotent (conditional writes, idempotency keys). */",
    "export async function onChange(change: Change): Promise<void> {",
    "  switch (change.entity) {",
    ...entities.flatMap((e) => [`    case ${JSON.stringify(e.entity)}:`, `      // TODO: react to ${e.entity} changes (change.newItem / change.oldItem).`, "      return;"]),
    "  }",
    "}",
    "",
    "function decode(image: Record<string, AttributeValue> | undefined): Record<string, unknown> | undefined {",
    "  return image ? unmarshall(image) : undefined;",
    "}",
    "",
    "/** The entity a record is about, from the type attribute of its images; undefined for uniqueness items. */",
    "function toChange(record: StreamRecord): Change | undefined {",
    "  const newItem = decode(record.dynamodb?.NewImage), oldItem = decode(record.dynamodb?.OldImage);",
    "  const entity = (newItem ?? oldItem)?.[TYPE_ATTRIBUTE];",
    "  const known: ReadonlyArray<string> = " + JSON.stringify(entities.map((e) => e.entity)) + ";",
    '  if (typeof entity !== "string" || !known.includes(entity)) return undefined;',
    "  return {",
    "    entity, event: record.eventName ?? \"MODIFY\", keys: decode(record.dynamodb?.Keys) ?? {}, eventId: record.eventID ?? \"\",",
    "    ...(newItem ? { newItem } : {}), ...(oldItem ? { oldItem } : {}),",
    "  } as Change;",
    "}",
    "",
    "/** The Lambda entry point. `apply` defaults to onChange (tests and wrappers pass their own). */",
    "export async function handler(event: StreamEvent, store: ProcessedStore = memoryStore, apply: (change: Change) => Promise<void> = onChange): Promise<BatchResponse> {",
    "  for (const record of event.Records) {",
    '    const id = record.eventID ?? "";',
    "    try {",
    "      if (id && (await store.has(id))) continue;",
    "      const change = toChange(record);",
    "      if (change) await apply(change);",
    "      if (id) await store.add(id);",
    "    } catch (error) {",
    '      console.error("stream record failed", id, error);',
    '      return { batchItemFailures: [{ itemIdentifier: record.dynamodb?.SequenceNumber ?? id }] };',
    "    }",
    "  }",
    "  return { batchItemFailures: [] };",
    "}",
    "",
  ];
  return { path: CONSUMER_FILE, content: lines.join("\n"), mediaType: "text/typescript" };
}
