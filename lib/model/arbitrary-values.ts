/**
 * Value generators for arbitrary.ts (test-only: imports fast-check): names that stress the
 * format (prototype members, dots, quotes, unicode, integer-like), constants of each type,
 * and sample values in the `verify --dump` encodings.
 */
import fc from "fast-check";
import { compareConstants } from "./rules/where";
import type { AttributeType, ConstantValue, JsonValue } from "./types";
import { attributeNameProblem, compareUtf8, encodeBase64 } from "./values";

export type G = fc.GeneratorValue;

/*
 * fc.gen() caches the arbitrary built for each (builder, arguments) pair for the whole run
 * and compares arguments deeply: passing data (arrays of attributes) or fresh arbitraries
 * as arguments makes that cache grow without bound and generation slow down. So every
 * call below passes a module-level builder and small constant-shaped arguments.
 */
export const int = (g: G, min: number, max: number): number => g(fc.integer, { min, max });
export const chance = (g: G, percent: number): boolean => int(g, 1, 100) <= percent;

export function pick<T>(g: G, items: readonly T[]): T {
  const item = items[int(g, 0, items.length - 1)];
  if (item === undefined) throw new Error("pick from an empty list");
  return item;
}

/** A random subset of `items` in random order, of minLength..maxLength elements. */
export function subset<T>(g: G, items: readonly T[], minLength = 0, maxLength = items.length): T[] {
  const rest = [...items];
  const count = int(g, Math.min(minLength, rest.length), Math.min(maxLength, rest.length));
  const out: T[] = [];
  for (let i = 0; i < count; i++) out.push(...rest.splice(int(g, 0, rest.length - 1), 1));
  return out;
}

/** Physical key names the design generator uses; attributes never take them. */
export const RESERVED = new Set(["PK", "SK", "GSI1PK", "GSI1SK"]);

const NAME_POOL = [
  "id", "tenantId", "orderId", "name", "status", "createdAt", "amount", "email", "score", "tags", "data", "owner",
  "__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "valueOf",
  "created.at", "a b", "ünïcødé", "名前", "😀 emoji", 'quote"d', "back\\slash", "10", "0", "$dollar", "x-y", "e\u0301",
];

/** An attribute name: from the pool, or random unicode; never with braces (templates). */
export function attributeName(g: G): string {
  if (chance(g, 70)) return pick(g, NAME_POOL);
  const s = g(fc.string, { unit: "grapheme", minLength: 1, maxLength: 8 });
  return attributeNameProblem(s) === undefined && !/[{}]/.test(s) && !RESERVED.has(s) ? s : "fallback";
}

export function text(g: G, maxLength: number): string {
  return chance(g, 50)
    ? g(fc.string, { minLength: 1, maxLength })
    : g(fc.string, { unit: "grapheme", minLength: 1, maxLength: Math.max(1, Math.floor(maxLength / 8)) });
}

/** A JSON value for unknown fields: no -0, no non-plain objects, exactly representable numbers. */
const leaf = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null));
const extraValues = () => fc.oneof(
  leaf,
  fc.array(leaf, { maxLength: 3 }),
  fc.array(fc.tuple(fc.string({ maxLength: 6 }), leaf), { maxLength: 3 }).map((e) => Object.fromEntries(e) as JsonValue),
);

export function extraValue(g: G): JsonValue {
  return g(extraValues);
}

const MIN_DATE = new Date("1970-01-01T00:00:00.000Z");
const MAX_DATE = new Date("2999-12-31T23:59:59.999Z");

export function datetime(g: G): string {
  return g(fc.date, { min: MIN_DATE, max: MAX_DATE, noInvalidDate: true }).toISOString();
}

export function finiteNumber(g: G): number {
  const n = chance(g, 50) ? int(g, -1_000_000, 1_000_000) : g(fc.double, { noNaN: true, noDefaultInfinity: true });
  return Object.is(n, -0) ? 0 : n;
}

/** A constant of a comparable type, one of `values` when given. */
export function constant(g: G, type: AttributeType, values: readonly string[] | undefined): ConstantValue {
  switch (type) {
    case "string":
      return values ? pick(g, values) : g(fc.string, { maxLength: 8 });
    case "number":
      return finiteNumber(g);
    case "boolean":
      return g(fc.boolean);
    case "datetime":
      return datetime(g);
    default:
      return encodeBase64(g(fc.uint8Array, { maxLength: 6 }));
  }
}

/** Two constants in order (strings by UTF-8 bytes, binary by bytes). */
export function bounds(g: G, type: AttributeType, values: readonly string[] | undefined): [ConstantValue, ConstantValue] {
  const a = constant(g, type, values);
  const b = constant(g, type, values);
  return compareConstants(type, a, b) <= 0 ? [a, b] : [b, a];
}

function decimalText(g: G): string {
  const whole = int(g, -100_000, 100_000);
  if (chance(g, 50)) return String(whole);
  const fraction = String(int(g, 1, 999)).padStart(3, "0").replace(/0+$/, "");
  return `${whole === 0 && chance(g, 50) ? "-0" : String(whole)}.${fraction}`;
}

const lists = () => fc.array(fc.oneof(fc.string(), fc.integer()), { maxLength: 3 });
const maps = () => fc.array(fc.tuple(fc.string({ maxLength: 5 }), fc.integer()), { maxLength: 3 }).map((e) => Object.fromEntries(e) as JsonValue);
const integerLists = () => fc.array(fc.integer({ min: -999, max: 999 }), { minLength: 1, maxLength: 4 });
/** Non-empty lists of short strings: set members and enum values. */
export const stringLists = () => fc.array(fc.string({ maxLength: 6 }), { minLength: 1, maxLength: 4 });

/** A sample value in the dump encodings (cli.md). */
export function sampleValue(g: G, type: AttributeType, values: readonly string[] | undefined, key: boolean): JsonValue {
  switch (type) {
    case "string":
      return values ? pick(g, values) : g(fc.string, { minLength: key ? 1 : 0, maxLength: 10 });
    case "number":
      return decimalText(g);
    case "boolean":
      return g(fc.boolean);
    case "datetime":
      return datetime(g);
    case "binary":
      return encodeBase64(g(fc.uint8Array, { minLength: key ? 1 : 0, maxLength: 6 }));
    case "list":
      return g(lists);
    case "map":
      return g(maps);
    case "stringSet":
      return [...new Set(g(stringLists))].sort(compareUtf8);
    case "numberSet":
      return [...new Set(g(integerLists))].sort((a, b) => a - b).map(String);
  }
}
