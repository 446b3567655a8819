/**
 * The shape of a model as zod schemas: JSON types of every known field, closed sets of
 * words, and checks on a single field's value (ranges, patterns, lengths), each tagged
 * with the rule it implements. Checks that relate several fields live in rules/.
 *
 * Use these schemas to *check*, never for their output: zod 4 drops "__proto__" keys
 * from the objects it builds (and its records do not even check the value under such a
 * key). parse.ts validates with them and keeps the input tree as the model. All objects
 * are loose: unknown fields are kept and reported as info (unknown.ts).
 */
import { z } from "zod";
import { attributeNameSchema, check } from "./checks";
import { designSchema } from "./design-schema";
import type { RuleId } from "./rules";
import { isPlainObject } from "./safe";
import {
  ATTRIBUTE_TYPES, BILLING_MODES, GENERATORS, MODEL_FORMAT, PATTERN_KINDS, STREAM_VIEWS, TABLE_CLASSES,
} from "./types";
import { REGION, TABLE_OR_INDEX_NAME, describe } from "./values";

const chars = (s: string) => [...s].length;

export const ENTITY_NAME = /^[A-Z][A-Za-z0-9]*$/;
export const PATTERN_ID = /^[A-Za-z][A-Za-z0-9_-]*$/;

const positive = (rule: RuleId, what: string) =>
  check(z.number(), (n) => n > 0 && Number.isFinite(n), (n) => `expected ${what} greater than 0, found ${describe(n)}`, rule);

const integerIn = (min: number, max: number, rule: RuleId, what: string) =>
  check(
    z.number(),
    (n) => Number.isInteger(n) && n >= min && n <= max,
    (n) => `expected ${what}: an integer from ${min.toLocaleString("en-US")} to ${max.toLocaleString("en-US")}, found ${describe(n)}`,
    rule,
  );

const attributeSchema = z.looseObject({
  name: attributeNameSchema,
  type: z.enum(ATTRIBUTE_TYPES),
  values: z.array(z.string()).optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  size: positive("R5", "a size in bytes").optional(),
  optional: z.boolean().optional(),
  unique: z.boolean().optional(),
  ref: z.string().optional(),
  gen: z.enum(GENERATORS).optional(),
});

const entitySchema = z.looseObject({
  name: check(z.string(), (s) => ENTITY_NAME.test(s), (s) => `expected an entity name matching ^[A-Z][A-Za-z0-9]*$ (like "Payment"), found ${describe(s)}`, "R2"),
  count: integerIn(1, 1e12, "R5", "a count").optional(),
  key: check(z.array(z.string()), (k) => k.length >= 1 && k.length <= 4, (k) => `expected 1 to 4 key attributes, found ${k.length}`, "R3"),
  attributes: z.array(attributeSchema),
  notes: z.string().optional(),
});

const orderSchema = z.looseObject({
  by: z.string(),
  dir: z.enum(["asc", "desc"]).optional(),
});

export const patternSchema = z.looseObject({
  id: check(z.string(), (s) => PATTERN_ID.test(s), (s) => `expected an id matching ^[A-Za-z][A-Za-z0-9_-]*$ (like "getPayment"), found ${describe(s)}`),
  name: check(z.string(), (s) => chars(s) >= 1 && chars(s) <= 200, (s) => `expected a name of 1 to 200 characters, found ${chars(s)}`),
  kind: z.enum(PATTERN_KINDS),
  entity: z.union([z.string(), z.array(z.string())], { error: "expected an entity name or a list of entity names" }),
  where: check(
    z.unknown(),
    (w) => w === undefined || isPlainObject(w),
    (w) => `expected an object of attribute names and conditions, found ${describe(w)}`,
  ).optional(),
  order: orderSchema.optional(),
  limit: integerIn(1, 10000, "R5", "a limit").optional(),
  rps: positive("R5", "requests per second").optional(),
  consistency: z.enum(["eventual", "strong"]).optional(),
  set: z.array(z.string()).optional(),
  add: z.array(z.string()).optional(),
  condition: z.enum(["notExists", "version", "nonNegative"]).optional(),
  notes: z.string().optional(),
});

const region = (what: string) =>
  check(z.string(), (s) => REGION.test(s), (s) => `expected ${what} like "us-east-1", found ${describe(s)}`, "R16");

const tableSchema = z.looseObject({
  name: check(
    z.string(),
    (s) => TABLE_OR_INDEX_NAME.test(s),
    (s) => `expected a table name of 3 to 255 characters from a-z A-Z 0-9 _ . -, found ${describe(s)}`,
  ).optional(),
  billing: z.enum(BILLING_MODES).optional(),
  tableClass: z.enum(TABLE_CLASSES).optional(),
  ttlAttribute: z.string().optional(),
  stream: z.enum(STREAM_VIEWS).optional(),
  pointInTimeRecovery: z.boolean().optional(),
  replicas: z.array(region("a Region name")).optional(),
  multiRegionConsistency: z.enum(["eventual", "strong"]).optional(),
  witness: region("a witness Region name").optional(),
});

const sampleSchema = z.looseObject({
  entity: z.string(),
  item: check(z.unknown(), isPlainObject, (v) => v === undefined ? 'required field "item" is missing' : `expected an object of attribute values, found ${describe(v)}`),
});

export const modelSchema = z.looseObject({
  format: check(
    z.unknown(),
    (f) => f === MODEL_FORMAT,
    (f) => f === undefined
      ? `required field "format" is missing; expected "${MODEL_FORMAT}"`
      : `expected "${MODEL_FORMAT}", found ${describe(f)}`,
    "R1",
  ),
  name: check(z.string(), (s) => chars(s) >= 1 && chars(s) <= 120, (s) => `expected a model name of 1 to 120 characters, found ${chars(s)}`, "R1"),
  description: z.string().optional(),
  notes: z.string().optional(),
  entities: check(z.array(entitySchema), (e) => e.length >= 1, () => "expected at least one entity, found none"),
  accessPatterns: z.array(patternSchema),
  table: tableSchema.optional(),
  samples: z.array(sampleSchema).optional(),
  design: designSchema.optional(),
});
