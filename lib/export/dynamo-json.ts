/**
 * DynamoDB JSON (`{"S": "x"}`, `{"N": "12.5"}`, `{"M": {...}}`…), the item format of NoSQL
 * Workbench files, to and from the sample encodings of the model format (cli.md, `verify
 * --dump`): numbers as canonical decimal text, binary as base64, sets as sorted arrays,
 * lists and maps as JSON. Converting text to text, never through a JS number, keeps every
 * digit of a 38-digit DynamoDB number.
 */
import { toDecimal } from "../design/encode";
import { compareDecimal, compareUtf8, isBase64, type AttributeType, type JsonValue } from "../model";
import { encodeBase64 } from "../model/values";

export type AttributeValue =
  | { S: string } | { N: string } | { B: string } | { BOOL: boolean } | { NULL: true }
  | { SS: string[] } | { NS: string[] } | { BS: string[] }
  | { L: AttributeValue[] } | { M: { [name: string]: AttributeValue } };

export type DynamoType = "S" | "N" | "B" | "BOOL" | "NULL" | "SS" | "NS" | "BS" | "L" | "M";

export function typeOf(av: AttributeValue): DynamoType {
  return Object.keys(av)[0] as DynamoType;
}

/** Canonical decimal text of a DynamoDB number text ("070" → "70", "1.50" → "1.5", "1e3" → "1000"), or undefined. */
export function canonicalDecimal(text: string): string | undefined {
  const d = toDecimal(text);
  if (!d) return undefined;
  if (d.digits === "") return "0";
  const e = d.exponent, digits = d.digits;
  const body = e <= 0 ? `0.${"0".repeat(-e)}${digits}` : e >= digits.length ? digits + "0".repeat(e - digits.length) : `${digits.slice(0, e)}.${digits.slice(e)}`;
  return (d.negative ? "-" : "") + body;
}

function own(obj: { [k: string]: unknown }, key: string, value: unknown): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

/** A JSON value (inside a list or map) as an attribute value. */
export function jsonToAttributeValue(v: JsonValue): AttributeValue {
  if (v === null) return { NULL: true };
  if (typeof v === "string") return { S: v };
  if (typeof v === "number") return { N: canonicalDecimal(String(v)) ?? String(v) };
  if (typeof v === "boolean") return { BOOL: v };
  if (Array.isArray(v)) return { L: v.map(jsonToAttributeValue) };
  const m: { [name: string]: AttributeValue } = {};
  for (const [k, x] of Object.entries(v)) own(m, k, jsonToAttributeValue(x));
  return { M: m };
}

/** A sample value (model encodings) as an attribute value of the attribute's type; undefined for an empty set. */
export function sampleToAttributeValue(type: AttributeType | undefined, v: JsonValue): AttributeValue | undefined {
  switch (type) {
    case "string": case "datetime": return typeof v === "string" ? { S: v } : jsonToAttributeValue(v);
    case "number": return typeof v === "string" ? { N: v } : jsonToAttributeValue(v);
    case "binary": return typeof v === "string" ? { B: v } : jsonToAttributeValue(v);
    case "boolean": return typeof v === "boolean" ? { BOOL: v } : jsonToAttributeValue(v);
    case "stringSet": return Array.isArray(v) ? (v.length ? { SS: v.map(String) } : undefined) : jsonToAttributeValue(v);
    case "numberSet": return Array.isArray(v) ? (v.length ? { NS: v.map(String) } : undefined) : jsonToAttributeValue(v);
    default: return jsonToAttributeValue(v);
  }
}

/** A physical key value (itemKeys) as an attribute value. */
export function keyToAttributeValue(v: unknown): AttributeValue {
  if (v instanceof Uint8Array) return { B: encodeBase64(v) };
  if (typeof v === "number") return { N: canonicalDecimal(String(v)) ?? String(v) };
  return { S: String(v) };
}

/** An attribute value inside a list or map, as JSON: numbers as JSON numbers, binary as base64, sets as sorted arrays. */
export function attributeValueToJson(av: AttributeValue): JsonValue {
  if ("S" in av) return av.S;
  if ("N" in av) return Number(av.N);
  if ("B" in av) return av.B;
  if ("BOOL" in av) return av.BOOL;
  if ("NULL" in av) return null;
  if ("SS" in av || "BS" in av) return [...new Set("SS" in av ? av.SS : av.BS)].sort(compareUtf8);
  if ("NS" in av) return sortedNumbers(av.NS);
  if ("L" in av) return av.L.map(attributeValueToJson);
  const out: { [k: string]: JsonValue } = {};
  for (const [k, x] of Object.entries(av.M)) own(out, k, attributeValueToJson(x));
  return out;
}

function sortedNumbers(texts: string[]): string[] {
  return [...new Set(texts.map((t) => canonicalDecimal(t) ?? t))].sort(compareDecimal);
}

/** The model attribute type an attribute value suggests. */
export function attributeTypeOf(av: AttributeValue): AttributeType | undefined {
  switch (typeOf(av)) {
    case "S": return "string";
    case "N": return "number";
    case "B": return "binary";
    case "BOOL": return "boolean";
    case "SS": return "stringSet";
    case "NS": return "numberSet";
    case "L": case "BS": return "list";
    case "M": return "map";
    default: return undefined;
  }
}

/**
 * An attribute value as a sample value of `type` (the attribute's model type), or undefined
 * when it cannot be one (a NULL, or a value of another type that has no faithful text form).
 */
export function attributeValueToSample(av: AttributeValue, type: AttributeType): JsonValue | undefined {
  switch (type) {
    case "string": case "datetime":
      if ("S" in av) return av.S;
      if ("N" in av) return av.N;
      return undefined;
    case "number": return "N" in av ? canonicalDecimal(av.N) : undefined;
    case "binary": return "B" in av && isBase64(av.B) ? av.B : undefined;
    case "boolean": return "BOOL" in av ? av.BOOL : undefined;
    case "stringSet": return "SS" in av && av.SS.length ? [...new Set(av.SS)].sort(compareUtf8) : undefined;
    case "numberSet": return "NS" in av && av.NS.length ? sortedNumbers(av.NS) : undefined;
    case "list": return "L" in av || "BS" in av ? attributeValueToJson(av) : undefined;
    case "map": return "M" in av ? attributeValueToJson(av) : undefined;
  }
}

/** The text of a key attribute value (S, N or B), for templates. */
export function keyText(av: AttributeValue | undefined): string | undefined {
  if (!av) return undefined;
  if ("S" in av) return av.S;
  if ("N" in av) return canonicalDecimal(av.N) ?? av.N;
  if ("B" in av) return av.B;
  return undefined;
}
