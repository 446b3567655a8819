/**
 * Items in the dump encodings of cli.md (`verify --dump`, `samples`), and back:
 * strings, booleans and datetimes as JSON; numbers as JSON strings of their canonical decimal
 * text (12.5 is "12.5", never "12.50" or "1.25e1"); binary as standard base64; string sets
 * as arrays sorted by UTF-8 bytes and number sets sorted numerically, without duplicates;
 * lists and maps as JSON (binary inside them as base64, sets as sorted arrays); an absent
 * attribute left out.
 *
 * In model terms (what generateItems yields and decodeItem returns) a number is a JS number,
 * binary a Uint8Array, a set a Set: the shapes lib-dynamodb's marshaller expects.
 * Attributes the entity does not declare are kept, encoded by their JS type.
 */
import { compareUtf8, type AttributeType, type Entity, type JsonValue } from "../model";

type Encoded = { [attribute: string]: JsonValue };

function setOwn<T>(target: Record<string, T>, key: string, value: T): void {
  if (key === "__proto__") Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

function attributeTypes(entity: Entity): Map<string, AttributeType> {
  return new Map(entity.attributes.map((a) => [a.name, a.type]));
}

export function encodeItem(entity: Entity, item: Readonly<Record<string, unknown>>): Encoded {
  const types = attributeTypes(entity);
  const out: Encoded = {};
  for (const [name, value] of Object.entries(item)) {
    if (value === undefined) continue;
    setOwn(out, name, encodeValue(types.get(name), value));
  }
  return out;
}

export function decodeItem(entity: Entity, encoded: Readonly<Record<string, JsonValue>>): Record<string, unknown> {
  const types = attributeTypes(entity);
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(encoded)) setOwn(out, name, decodeValue(types.get(name), value));
  return out;
}

function encodeValue(type: AttributeType | undefined, value: unknown): JsonValue {
  switch (type) {
    case "number":
      return typeof value === "number" ? decimalText(value) : toJson(value);
    case "stringSet":
    case "numberSet":
      return isIterable(value) ? encodeSet([...value]) : toJson(value);
    case "list":
    case "map":
    case "binary":
    case "string":
    case "boolean":
    case "datetime":
      return toJson(value);
    case undefined:
      return typeof value === "number" ? decimalText(value) : toJson(value);
  }
}

function decodeValue(type: AttributeType | undefined, value: JsonValue): unknown {
  switch (type) {
    case "number":
      return typeof value === "string" ? Number(value) : value;
    case "binary":
      return typeof value === "string" ? decodeBase64(value) : value;
    case "stringSet":
      return Array.isArray(value) ? new Set(value) : value;
    case "numberSet":
      return Array.isArray(value) ? new Set(value.map((v) => (typeof v === "string" ? Number(v) : v))) : value;
    default:
      return cloneJson(value);
  }
}

function isIterable(value: unknown): value is Iterable<unknown> {
  return value instanceof Set || Array.isArray(value);
}

/** A set as a sorted array without duplicates: numbers as decimal text, numerically; strings by UTF-8 bytes. */
function encodeSet(members: unknown[]): JsonValue {
  if (members.every((m) => typeof m === "number")) {
    const numbers = [...new Set(members as number[])].sort((a, b) => a - b);
    return numbers.map(decimalText);
  }
  if (members.every((m) => typeof m === "string")) return [...new Set(members as string[])].sort(compareUtf8);
  if (members.every((m) => m instanceof Uint8Array)) {
    return [...new Set((members as Uint8Array[]).map(encodeBase64))].sort(compareUtf8);
  }
  return members.map(toJson);
}

/** A JSON value: Uint8Array as base64, Set as a sorted array, undefined map entries left out. */
function toJson(value: unknown): JsonValue {
  if (value === null || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new RangeError(`cannot encode the number ${value}`);
    return value;
  }
  if (value instanceof Uint8Array) return encodeBase64(value);
  if (value instanceof Set) return encodeSet([...value]);
  if (Array.isArray(value)) return value.map((v) => (v === undefined ? null : toJson(v)));
  if (typeof value === "object") {
    const out: Encoded = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) setOwn(out, k, toJson(v));
    return out;
  }
  throw new TypeError(`cannot encode a ${typeof value}`);
}

function cloneJson(value: JsonValue): JsonValue {
  if (Array.isArray(value)) return value.map(cloneJson);
  if (value !== null && typeof value === "object") {
    const out: Encoded = {};
    for (const [k, v] of Object.entries(value)) setOwn(out, k, cloneJson(v));
    return out;
  }
  return value;
}

/**
 * Canonical decimal text of a finite number: what String gives, with exponents written out
 * (1e21 is "1000000000000000000000", 1e-7 is "0.0000001") and -0 as "0".
 */
export function decimalText(n: number): string {
  if (!Number.isFinite(n)) throw new RangeError(`not a finite number: ${n}`);
  if (n === 0) return "0";
  const text = String(n);
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!m) return text;
  const sign = m[1] ?? "", digits = (m[2] ?? "") + (m[3] ?? "");
  const point = 1 + Number(m[4]); // position of the decimal point within digits
  if (point >= digits.length) return sign + digits + "0".repeat(point - digits.length);
  if (point <= 0) return `${sign}0.${"0".repeat(-point)}${digits}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const BASE64_INDEX = new Map([...BASE64].map((ch, i) => [ch, i]));

/** Standard base64 with padding (RFC 4648 section 4). */
export function encodeBase64(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0, b = bytes[i + 1], c = bytes[i + 2];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out += (BASE64[(n >> 18) & 63] ?? "") + (BASE64[(n >> 12) & 63] ?? "");
    out += b === undefined ? "=" : (BASE64[(n >> 6) & 63] ?? "");
    out += c === undefined ? "=" : (BASE64[n & 63] ?? "");
  }
  return out;
}

export function decodeBase64(text: string): Uint8Array {
  const clean = text.replace(/=+$/, "");
  const out = new Uint8Array(Math.floor((clean.length * 6) / 8));
  let bits = 0, acc = 0, o = 0;
  for (const ch of clean) {
    const digit = BASE64_INDEX.get(ch);
    if (digit === undefined) throw new SyntaxError(`not base64: ${JSON.stringify(text)}`);
    acc = ((acc << 6) | digit) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return out;
}
