/** The shape of a pinned design (docs/design-format.md); references are checked in design.ts. */
import { z } from "zod";
import { attributeNameSchema, check } from "./checks";
import { isPlainObject } from "./safe";
import { TABLE_OR_INDEX_NAME, describe } from "./values";

const keyDefinitionSchema = z.looseObject({
  name: attributeNameSchema,
  type: z.enum(["S", "N", "B"]),
});

const projectionSchema = z.union(
  [z.enum(["ALL", "KEYS_ONLY"]), z.looseObject({ include: z.array(z.string()) })],
  { error: 'expected "ALL", "KEYS_ONLY" or {"include": [attribute names]}' },
);

const indexSchema = z.looseObject({
  name: check(
    z.string(),
    (s) => TABLE_OR_INDEX_NAME.test(s),
    (s) => `expected an index name of 3 to 255 characters from a-z A-Z 0-9 _ . -, found ${describe(s)}`,
  ),
  type: z.enum(["global", "local"]),
  partitionKey: keyDefinitionSchema,
  sortKey: keyDefinitionSchema.optional(),
  projection: projectionSchema,
});

const keyTemplatesSchema = z.looseObject({
  index: z.union([z.string(), z.null()], { error: "expected an index name, or null for the table" }),
  partitionKey: z.string(),
  sortKey: z.string().optional(),
  when: check(
    z.unknown(),
    (w) => w === undefined || isPlainObject(w),
    (w) => `expected an object of attribute names and conditions, found ${describe(w)}`,
  ).optional(),
  shards: check(
    z.number(),
    (n) => Number.isInteger(n) && n >= 1 && n <= 1000,
    (n) => `expected a shard count: an integer from 1 to 1,000, found ${describe(n)}`,
  ).optional(),
  reverse: z.array(z.string()).optional(),
});

export const designSchema = z.looseObject({
  table: z.looseObject({ partitionKey: keyDefinitionSchema, sortKey: keyDefinitionSchema.optional() }),
  indexes: z.array(indexSchema).optional(),
  entities: z.array(z.looseObject({ entity: z.string(), keys: z.array(keyTemplatesSchema) })),
  typeAttribute: attributeNameSchema.optional(),
  ownerAttribute: attributeNameSchema.optional(),
});
