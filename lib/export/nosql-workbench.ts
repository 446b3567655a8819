/**
 * NoSQL Workbench JSON (data model format 3.0): the table with its key schema and GSIs,
 * one facet per entity (its key templates as aliases, its attributes, its sample items in
 * DynamoDB JSON, keys included), and, under the extension key `Tablewright`, the model
 * itself without its samples, so an import of this file gives back the model exactly
 * (NoSQL Workbench keeps unknown keys out of its own view; an import without them infers
 * the model from facets and items instead, see nosql-import/).
 */
import { designModel, itemKeys, toPinnedDesign, type Design } from "../design";
import { internalsOf } from "../design/internals";
import { textOf } from "../design/template";
import { tableSettings, type Attribute, type JsonValue, type Model, type Sample } from "../model";
import { encodeItem, generateItems, REFERENCE_DATE } from "../simulate";
import { keyToAttributeValue, sampleToAttributeValue, type AttributeValue } from "./dynamo-json";
import type { ExportFile, ExportOptions } from "./types";

/** The extension key under which the model travels. */
export const EXTENSION_KEY = "Tablewright";
export const DEFAULT_SAMPLES_PER_ENTITY = 5;

const DYNAMO_TYPES: Record<Attribute["type"], string> = {
  string: "S", datetime: "S", number: "N", binary: "B", boolean: "BOOL", list: "L", map: "M", stringSet: "SS", numberSet: "NS",
};

function own<T>(obj: { [k: string]: T }, key: string, value: T): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

/** The model's samples, or seeded sample items (in the same encodings) when it keeps none. */
export function sampleItems(model: Model, perEntity: number): Sample[] {
  if (model.samples && model.samples.length > 0) return model.samples;
  const entities = new Map(model.entities.map((e) => [e.name, e]));
  const out: Sample[] = [];
  for (const x of generateItems(model, { items: perEntity * model.entities.length, seed: 1 })) {
    const e = entities.get(x.entity);
    if (e) out.push({ entity: x.entity, item: encodeItem(e, x.item) });
  }
  return out;
}

/** One sample as the item DynamoDB holds, in DynamoDB JSON: its attributes, then the design's keys. */
function physicalItem(model: Model, design: Design, sample: Sample): { [name: string]: AttributeValue } | undefined {
  const e = model.entities.find((x) => x.name === sample.entity);
  if (!e) return undefined;
  let keys: Record<string, unknown>;
  try {
    keys = itemKeys(design, sample.entity, sample.item);
  } catch {
    return undefined; // a sample without its key attributes cannot be placed
  }
  const types = new Map(e.attributes.map((a) => [a.name, a.type]));
  const item: { [name: string]: AttributeValue } = {};
  for (const [name, v] of Object.entries(sample.item)) {
    const av = sampleToAttributeValue(types.get(name), v);
    if (av) own(item, name, av);
  }
  for (const [name, v] of Object.entries(keys)) own(item, name, keyToAttributeValue(v));
  return item;
}

export function noSqlWorkbenchDocument(model: Model, design: Design, options: ExportOptions = {}): { document: Record<string, JsonValue>; notes: string[] } {
  const notes: string[] = [];
  const t = design.table;
  const { layout } = internalsOf(design);
  const key = (k: { name: string; type: string }) => ({ AttributeName: k.name, AttributeType: k.type });
  const physical = new Set([t.partitionKey.name, ...(t.sortKey ? [t.sortKey.name] : []), ...t.indexes.flatMap((i) => [i.partitionKey.name, ...(i.sortKey ? [i.sortKey.name] : [])])]);
  const nonKey: Array<{ AttributeName: string; AttributeType: string }> = [];
  const declare = (name: string, type: string) => {
    if (!physical.has(name) && !nonKey.some((a) => a.AttributeName === name)) nonKey.push({ AttributeName: name, AttributeType: type });
  };
  for (const i of t.indexes) {
    for (const k of [i.partitionKey, i.sortKey]) if (k && !nonKey.some((a) => a.AttributeName === k.name) && k.name !== t.partitionKey.name && k.name !== t.sortKey?.name) nonKey.push(key(k));
  }
  declare(t.typeAttribute, "S");
  for (const e of model.entities) for (const a of e.attributes) declare(a.name, DYNAMO_TYPES[a.type]);
  const samples = sampleItems(model, options.sampleItemsPerEntity ?? DEFAULT_SAMPLES_PER_ENTITY);
  let unplaced = 0;
  const facets = model.entities.map((e) => {
    const table = layout.templates.get(e.name)?.get(null);
    const items = samples.filter((s) => s.entity === e.name).map((s) => physicalItem(model, design, s));
    unplaced += items.filter((x) => x === undefined).length;
    const onIndexes = design.entities.find((x) => x.entity === e.name)?.keys.filter((k) => k.index !== null) ?? [];
    const indexKeys = onIndexes.flatMap((k) => {
      const i = t.indexes.find((x) => x.name === k.index);
      return i ? [i.partitionKey.name, ...(i.sortKey ? [i.sortKey.name] : [])] : [];
    });
    return {
      FacetName: e.name,
      KeyAttributeAlias: {
        PartitionKeyAlias: table ? textOf(table.pk) : t.partitionKey.name,
        ...(t.sortKey ? { SortKeyAlias: table?.sk ? textOf(table.sk) : t.sortKey.name } : {}),
      },
      TableData: items.filter((x): x is { [name: string]: AttributeValue } => x !== undefined) as unknown as JsonValue[],
      NonKeyAttributes: [...new Set([...indexKeys.filter((n) => n !== t.partitionKey.name && n !== t.sortKey?.name), t.typeAttribute, ...e.attributes.map((a) => a.name)])],
      DataAccess: { MySql: {} },
    };
  });
  if (unplaced) notes.push(`${unplaced} sample items lack a key attribute and were left out`);
  if (t.indexes.some((i) => i.type === "local")) notes.push("NoSQL Workbench has no local secondary indexes: they travel only in the Tablewright extension");
  const settings = tableSettings(model);
  const { samples: _samples, ...withoutSamples } = model;
  const extension = { ...withoutSamples, design: model.design ?? toPinnedDesign(design) } as unknown as JsonValue;
  const table = {
    TableName: t.name,
    KeyAttributes: { PartitionKey: key(t.partitionKey), ...(t.sortKey ? { SortKey: key(t.sortKey) } : {}) },
    NonKeyAttributes: nonKey,
    TableFacets: facets,
    GlobalSecondaryIndexes: t.indexes.filter((i) => i.type === "global").map((i) => ({
      IndexName: i.name,
      KeyAttributes: { PartitionKey: key(i.partitionKey), ...(i.sortKey ? { SortKey: key(i.sortKey) } : {}) },
      Projection: typeof i.projection === "string" ? { ProjectionType: i.projection } : { ProjectionType: "INCLUDE", NonKeyAttributes: [...i.projection.include] },
    })),
    DataAccess: { MySql: {} },
    BillingMode: settings.billing === "provisioned" ? "PROVISIONED" : "PAY_PER_REQUEST",
    [EXTENSION_KEY]: extension,
  };
  return {
    document: {
      ModelName: model.name,
      ModelMetadata: {
        Author: "Tablewright",
        // Fixed dates keep the export deterministic (the sample data's reference date).
        DateCreated: REFERENCE_DATE,
        DateLastModified: REFERENCE_DATE,
        Description: model.description ?? "",
        AWSService: "Amazon DynamoDB",
        Version: "3.0",
      },
      DataModel: [table as unknown as JsonValue],
    },
    notes,
  };
}

export function noSqlWorkbenchFiles(model: Model, design: Design = designModel(model), options: ExportOptions = {}): { files: ExportFile[]; notes: string[] } {
  const { document, notes } = noSqlWorkbenchDocument(model, design, options);
  const stem = design.table.name.replace(/[^A-Za-z0-9_.-]/g, "-");
  return { files: [{ path: `${stem}.nosql-workbench.json`, content: `${JSON.stringify(document, null, 2)}\n`, mediaType: "application/json" }], notes };
}
