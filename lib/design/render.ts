/**
 * Rendering key templates with values in model terms: each placeholder encoded for its
 * attribute type (encode.ts), reversed where the template says so, and native N/B keys
 * when the key attribute's type asks for them.
 */
import { getOwn, isBase64, type AttributeType, type PhysicalKeyType } from "../model";
import {
  base64ToBytes, encodeBinary, encodeBoolean, encodeDatetime, encodeNumber, escapeString, reverseEncoded, toDecimal,
} from "./encode";
import type { EntityFacts } from "./facts";
import { shardOf } from "./hash";
import type { Part } from "./template";

/** Types whose values can be part of a key. */
export function isKeyable(type: AttributeType | undefined): boolean {
  return type === "string" || type === "number" || type === "datetime" || type === "binary" || type === "boolean";
}

/** Types with an order DynamoDB keys can keep (the oracle orders these). */
export function isOrderable(type: AttributeType | undefined): boolean {
  return type === "string" || type === "number" || type === "datetime" || type === "binary";
}

export function toBytes(value: unknown): Uint8Array | undefined {
  if (value instanceof Uint8Array) return value;
  if (typeof value === "string" && isBase64(value)) return base64ToBytes(value);
  return undefined;
}

/** The encoded text of one value, or undefined when it does not fit the type. */
export function encodeValue(type: AttributeType, value: unknown): string | undefined {
  switch (type) {
    case "string": return typeof value === "string" ? escapeString(value) : undefined;
    case "datetime": return typeof value === "string" ? encodeDatetime(value) : undefined;
    case "number":
      if (typeof value === "number" && Number.isFinite(value)) return encodeNumber(value);
      if (typeof value === "string" && toDecimal(value)) return encodeNumber(value);
      return undefined;
    case "binary": {
      const bytes = toBytes(value);
      return bytes ? encodeBinary(bytes) : undefined;
    }
    case "boolean": return typeof value === "boolean" ? encodeBoolean(value) : undefined;
    default: return undefined;
  }
}

/** A value as a native N or B key (single-placeholder templates on N/B key attributes). */
export function nativeValue(type: AttributeType, value: unknown, keyType: PhysicalKeyType): number | Uint8Array | undefined {
  if (keyType === "N" && type === "number") {
    if (typeof value === "number" && Number.isFinite(value)) return value;
    if (typeof value === "string" && toDecimal(value)) return Number(value);
    return undefined;
  }
  if (keyType === "B" && type === "binary") return toBytes(value);
  return undefined;
}

export type ValueOf = (attribute: string) => unknown;

/** Reads an item's own attribute (never an inherited member: `__proto__` is data). */
export function itemValue(item: Record<string, unknown>): ValueOf {
  return (attribute) => getOwn(item, attribute);
}

/** The rendered text of parts, or undefined when a placeholder has no usable value. */
export function renderParts(
  e: EntityFacts, parts: ReadonlyArray<Part>, value: ValueOf, reverse: ReadonlySet<string>,
): string | undefined {
  let out = "";
  for (const p of parts) {
    if (p.kind === "lit") {
      out += p.text;
      continue;
    }
    const type = e.attrs.get(p.name)?.type;
    const v = value(p.name);
    if (type === undefined || v === undefined || v === null) return undefined;
    const encoded = encodeValue(type, v);
    if (encoded === undefined) return undefined;
    out += reverse.has(p.name) ? reverseEncoded(encoded) : encoded;
  }
  return out;
}

/** A key value: native for an N/B key of one placeholder, else the rendered string. */
export function renderKey(
  e: EntityFacts, parts: ReadonlyArray<Part>, keyType: PhysicalKeyType, value: ValueOf, reverse: ReadonlySet<string>,
): string | number | Uint8Array | undefined {
  if (keyType !== "S") {
    const only = parts.length === 1 ? parts[0] : undefined;
    if (!only || only.kind !== "attr") return undefined;
    const type = e.attrs.get(only.name)?.type;
    const v = value(only.name);
    return type === undefined || v === undefined ? undefined : nativeValue(type, v, keyType);
  }
  return renderParts(e, parts, value, reverse);
}

/** The identity text of an item (entity name and encoded key values) that shard suffixes hash. */
export function identityText(e: EntityFacts, value: ValueOf): string {
  return [e.name, ...e.key.map((k) => encodeValue(e.attrs.get(k)?.type ?? "string", value(k)) ?? "")].join("#");
}

export function shardSuffix(e: EntityFacts, value: ValueOf, shards: number): string {
  return `#${shardOf(identityText(e, value), shards)}`;
}
