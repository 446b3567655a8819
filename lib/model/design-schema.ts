/** The shape of a pinned design (docs/design-format.md); references are checked in design.ts. */
import { z } from "zod";
import { TABLE_OR_INDEX_NAME, attributeNameProblem, describe } from "./values";

const keyDefinitionSchema = z.looseObject({
  name: z.string().refine((s) => attributeNameProblem(s) === undefined, {
    error: (issue) => attributeNameProblem(issue.input as string) ?? "",
  }),
  type: z.enum(["S", "N", "B"]),
});

const projectionSchema = z.union(
  [z.enum(["ALL", "KEYS_ONLY"]), z.looseObject({ include: z.array(z.string()) })],
  { error: 'expected "ALL", "KEYS_ONLY" or {"include": [attribute names]}' },
);

const indexSchema = z.looseObject({
  name: z.string().refine((s) => TABLE_OR_INDEX_NAME.test(s), {
    error: (issue) => `expected an index name of 3 to 255 characters from a-z A-Z 0-9 _ . -, found ${describe(issue.input)}`,
  }),
  type: z.enum(["global", "local"]),
  partitionKey: keyDefinitionSchema,
  sortKey: keyDefinitionSchema.optional(),
  projection: projectionSchema,
});

const keyTemplatesSchema = z.looseObject({
  index: z.union([z.string(), z.null()], { error: "expected an index name, or null for the table" }),
  partitionKey: z.string(),
  sortKey: z.string().optional(),
});

export const designSchema = z.looseObject({
  table: z.looseObject({ partitionKey: keyDefinitionSchema, sortKey: keyDefinitionSchema.optional() }),
  indexes: z.array(indexSchema).optional(),
  entities: z.array(z.looseObject({ entity: z.string(), keys: z.array(keyTemplatesSchema) })),
});
