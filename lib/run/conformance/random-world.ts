/**
 * A random "world" for the differential test: a table schema (key types, a GSI with a sort
 * key, a hash-only GSI, an LSI) and the value domains its items draw from. Small domains
 * make writes collide, conditions fail and item collections grow.
 */
import type { CreateTableCommandInput, ScalarAttributeType } from "@aws-sdk/client-dynamodb";
import { NumberValue } from "@aws-sdk/lib-dynamodb";
import fc from "fast-check";

export interface World {
  readonly name: string;
  readonly pkType: ScalarAttributeType;
  readonly skType: ScalarAttributeType;
  readonly hType: "S" | "N";
  readonly lType: "S" | "N";
  readonly gsiProjection: "ALL" | "INCLUDE";
  readonly lsiProjection: "KEYS_ONLY" | "INCLUDE";
}

export const worldArb: fc.Arbitrary<Omit<World, "name">> = fc.record({
  pkType: fc.constantFrom<ScalarAttributeType>("S", "N", "B"),
  skType: fc.constantFrom<ScalarAttributeType>("S", "N", "B"),
  hType: fc.constantFrom<"S" | "N">("S", "N"),
  lType: fc.constantFrom<"S" | "N">("S", "N"),
  gsiProjection: fc.constantFrom<"ALL" | "INCLUDE">("ALL", "INCLUDE"),
  lsiProjection: fc.constantFrom<"KEYS_ONLY" | "INCLUDE">("KEYS_ONLY", "INCLUDE"),
});

export function createInput(w: World): CreateTableCommandInput {
  return {
    TableName: w.name,
    BillingMode: "PAY_PER_REQUEST",
    AttributeDefinitions: [
      { AttributeName: "PK", AttributeType: w.pkType }, { AttributeName: "SK", AttributeType: w.skType },
      { AttributeName: "G", AttributeType: "S" }, { AttributeName: "H", AttributeType: w.hType }, { AttributeName: "L", AttributeType: w.lType },
    ],
    KeySchema: [{ AttributeName: "PK", KeyType: "HASH" }, { AttributeName: "SK", KeyType: "RANGE" }],
    GlobalSecondaryIndexes: [
      {
        IndexName: "GSI1", KeySchema: [{ AttributeName: "G", KeyType: "HASH" }, { AttributeName: "H", KeyType: "RANGE" }],
        Projection: w.gsiProjection === "ALL" ? { ProjectionType: "ALL" } : { ProjectionType: "INCLUDE", NonKeyAttributes: ["a", "c"] },
      },
      { IndexName: "GSI2", KeySchema: [{ AttributeName: "G", KeyType: "HASH" }], Projection: { ProjectionType: "KEYS_ONLY" } },
    ],
    LocalSecondaryIndexes: [
      {
        IndexName: "LSI1", KeySchema: [{ AttributeName: "PK", KeyType: "HASH" }, { AttributeName: "L", KeyType: "RANGE" }],
        Projection: w.lsiProjection === "KEYS_ONLY" ? { ProjectionType: "KEYS_ONLY" } : { ProjectionType: "INCLUDE", NonKeyAttributes: ["a"] },
      },
    ],
  };
}

const bytes = (...b: number[]) => new Uint8Array(b);
const STRING_UNITS = ["a", "b", "Z", "é", "😀", "\uffff", "0", "~", "ab", "\u0800"];

/** Domains by type: 8 partition key values, 40 sort key values, the values of L and a. */
const DOMAINS: Record<ScalarAttributeType, { pk: unknown[]; sk: unknown[] }> = {
  S: {
    pk: ["p0", "p1", "pé", "p😀", "P", "p\uffff", "pp", "q"],
    sk: Array.from({ length: 40 }, (_, i) => STRING_UNITS[i % 10]! + (i >= 10 ? STRING_UNITS[Math.floor(i / 10) * 3 % 10] : "") + (i >= 20 ? STRING_UNITS[i % 7] : "")),
  },
  N: {
    pk: [-5, 0, 1, 2.5, 10, 1e10, NumberValue.from("12345678901234567890123"), -0.001],
    sk: Array.from({ length: 40 }, (_, i) => (i % 4 === 0 ? NumberValue.from(`${i - 20}12345678901234567890.${i}1`) : (i - 20) * (i % 3 === 0 ? 0.25 : 7))),
  },
  B: {
    pk: [bytes(0), bytes(1), bytes(0x80), bytes(0xff), bytes(1, 2), bytes(0, 0), bytes(0x7f), bytes(0xfe, 1)],
    sk: Array.from({ length: 40 }, (_, i) => bytes(...[i * 37 % 256, ...(i % 3 ? [i * 11 % 256] : []), ...(i % 5 === 0 ? [0] : [])])),
  },
};

/** Deduplicated by value, so every domain entry is a distinct key. */
function distinct(values: unknown[]): unknown[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const k = v instanceof Uint8Array ? `B${[...v].join(",")}` : String(v);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export function pkValue(w: World, i: number): unknown {
  const d = distinct(DOMAINS[w.pkType].pk);
  return d[i % d.length];
}

export function skValue(w: World, i: number): unknown {
  const d = distinct(DOMAINS[w.skType].sk);
  return d[i % d.length];
}

export const G_VALUES = ["g0", "g1", "g2", "gé", "g😀"];
export const A_VALUES: unknown[] = ["x", "y", "é", "😀z", "", 1, 2, NumberValue.from("1.50")];

/**
 * L values are unique (a counter) too. Local orders index entries with equal index keys by
 * an internal hash, the simulator by table key; ordered comparisons avoid such ties
 * (ordering.test.ts checks tie groups as sets).
 */
export function lValue(w: World, counter: number, prefix: number): unknown {
  return w.lType === "S" ? `${["l", "lé", "l😀", "L", "m"][prefix % 5]}${counter}` : NumberValue.from(`${prefix * 10 - 20}.${counter}1`);
}

/** H values are unique (a counter), so GSI1 never holds two entries with equal keys. */
export function hValue(w: World, counter: number, prefix: number): unknown {
  return w.hType === "S" ? `${["h", "é", "😀", "A"][prefix % 4]}${counter}` : NumberValue.from(`${prefix - 2}.${counter}1`);
}
