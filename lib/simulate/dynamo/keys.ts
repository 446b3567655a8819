/**
 * Key attributes: reading and checking them (HowItWorks.CoreComponents "Primary Key",
 * Constraints "Partition key / sort key length"), and encoding key values as strings for
 * Map lookups. Messages are DynamoDB Local's (measured in lib/run/conformance).
 */
import { MAX_PARTITION_KEY_BYTES, MAX_SORT_KEY_BYTES } from "../../dynamo/limits";
import { decimalKey } from "./decimal";
import { validation } from "./errors";
import type { IndexSchema, KeyAttribute, TableSchema } from "./schema";
import { utf8Length } from "./size";
import type { Item, Value } from "./value";

/**
 * A key value as a string, for Map lookups: the string itself, a number by value, bytes as
 * latin1. No type tag: a key attribute has one type, fixed by the schema.
 */
export function encodeScalar(v: Value): string {
  if (v.t === "S") return v.v;
  if (v.t === "N") return decimalKey(v.v);
  if (v.t === "B") return String.fromCharCode(...v.v);
  throw new Error(`not a key type: ${v.t}`);
}

export function encodePrimaryKey(pk: Value, sk: Value | undefined): string {
  const p = encodeScalar(pk);
  return sk ? `${p.length}:${p}${encodeScalar(sk)}` : p;
}

/** FNV-1a over the encoded partition key: the simulator's (illustrative) partition hash and scan order. */
export function partitionHash(encoded: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < encoded.length; i++) {
    h ^= encoded.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function keyBytes(v: Value): number {
  return v.t === "S" ? utf8Length(v.v) : v.t === "B" ? v.v.length : 0;
}

const EMPTY_KEY = (name: string) =>
  validation(`One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty string value. Key: ${name}`);
const KEY_TOO_LONG = () =>
  validation("Hash primary key values must be under 2048 bytes, and range primary key values must be under 1024 bytes");
const TYPE_MISMATCH = () => validation("One or more parameter values were invalid: Type mismatch for key");

function checkKeyValue(attr: KeyAttribute, v: Value, max: number): void {
  if (v.t !== attr.type) throw TYPE_MISMATCH();
  if ((v.t === "S" || v.t === "B") && v.v.length === 0) throw EMPTY_KEY(attr.name);
  if (keyBytes(v) > max) throw KEY_TOO_LONG();
}

export interface PrimaryKey {
  readonly pk: Value;
  readonly sk?: Value;
  readonly encoded: string;
}

/** The Key parameter of GetItem/DeleteItem/UpdateItem: exactly the table's key attributes. */
export function readKey(schema: TableSchema, key: Item): PrimaryKey {
  if (key.size !== schema.keyNames.length || schema.keyNames.some((n) => !key.has(n))) {
    throw validation("The number of conditions on the keys is invalid");
  }
  const pk = key.get(schema.pk.name)!;
  checkKeyValue(schema.pk, pk, MAX_PARTITION_KEY_BYTES);
  const sk = schema.sk ? key.get(schema.sk.name)! : undefined;
  if (schema.sk) checkKeyValue(schema.sk, sk!, MAX_SORT_KEY_BYTES);
  return { pk, sk, encoded: encodePrimaryKey(pk, sk) };
}

/** The key of an item to be written (PutItem): every key attribute present and well typed. */
export function itemKey(schema: TableSchema, item: Item): PrimaryKey {
  for (const name of schema.keyNames) if (!item.has(name)) throw validation("One of the required keys was not given a value");
  const pk = item.get(schema.pk.name)!;
  checkKeyValue(schema.pk, pk, MAX_PARTITION_KEY_BYTES);
  const sk = schema.sk ? item.get(schema.sk.name)! : undefined;
  if (schema.sk) checkKeyValue(schema.sk, sk!, MAX_SORT_KEY_BYTES);
  return { pk, sk, encoded: encodePrimaryKey(pk, sk) };
}

/**
 * Index key values of an item, or undefined when the item is not in the index (sparse:
 * a key attribute is missing). A present key attribute of the wrong type, or an empty
 * string/binary, fails the write (SecondaryIndexes; measured on Local).
 */
export function indexKey(index: IndexSchema, item: Item, by: "put" | "update" = "put"): { pk: Value; sk?: Value } | undefined {
  const pk = item.get(index.pk.name);
  const sk = index.sk ? item.get(index.sk.name) : undefined;
  for (const [attr, v] of [[index.pk, pk], [index.sk, sk]] as const) {
    if (!attr || !v) continue;
    if (v.t !== attr.type) throw validation("One or more parameter values were invalid: Type mismatch for Index Key");
    if ((v.t === "S" || v.t === "B") && v.v.length === 0) {
      throw validation(
        by === "update"
          ? "One or more parameter values are not valid. The update expression attempted to update a secondary index key to a value that is not supported. The AttributeValue for a key attribute cannot contain an empty string value."
          : `One or more parameter values are not valid. A value specified for a secondary index key is not supported. The AttributeValue for a key attribute cannot contain an empty string value. IndexName: ${index.name}, IndexKey: ${attr.name}`,
      );
    }
  }
  if (!pk || (index.sk && !sk)) return undefined;
  return sk ? { pk, sk } : { pk };
}
