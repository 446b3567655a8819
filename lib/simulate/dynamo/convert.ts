/**
 * Native JavaScript values (the @aws-sdk/lib-dynamodb DocumentClient shapes) to and from
 * the internal Value, plus the wire AttributeValue form used in error fields.
 *
 * Input follows util-dynamodb's marshall with removeUndefinedValues false,
 * convertClassInstanceToMap false, convertEmptyValues false: the same inputs are accepted
 * and the same inputs are refused with the same plain Error the SDK throws before a
 * request is sent. DynamoDB's own checks (number syntax and limits, duplicate set
 * members, nesting depth) throw ValidationException.
 */
import type { AttributeValue } from "@aws-sdk/client-dynamodb";
import { bytesEqual } from "./compare";
import { decimalKey, parseDecimal, type Decimal } from "./decimal";
import type { NumberStyle } from "./number-text";
import { marshallError, validation } from "./errors";
import type { Item, Value } from "./value";

/** How numbers come back: like util-dynamodb's unmarshall `wrapNumbers` option. */
export interface NativeOptions {
  /** Called with the canonical number text (pass lib-dynamodb's `NumberValue.from`). Default: number, or bigint past 2^53. */
  wrapNumbers?: (text: string) => unknown;
}

/** How Local will print numbers converted here, by position (number-text.ts; measured). */
export interface NumberTexts {
  readonly top: NumberStyle;
  readonly topSet: NumberStyle;
  readonly nested: NumberStyle;
  readonly nestedSet: NumberStyle;
  /** What Local says when values nest deeper than 32 levels. */
  readonly nesting: string;
}

/** Items written by PutItem / BatchWriteItem, keys and start keys. */
export const ITEM_NUMBERS: NumberTexts = {
  top: "canonical", topSet: "canonical", nested: "verbatim", nestedSet: "canonical",
  nesting: "Nesting Levels have exceeded supported limits: Attributes in the item have nested levels beyond supported limit",
};
/** ExpressionAttributeValues (what UpdateExpression stores). */
export const EXPRESSION_NUMBERS: NumberTexts = { top: "verbatim", topSet: "java", nested: "verbatim", nestedSet: "java", nesting: "Nesting Levels have exceeded supported limits" };

/** DynamoDB allows 32 levels of nesting (Constraints: "Nested attribute depth"). */
const MAX_DEPTH = 32;
const BINARY_CLASSES = new Set([
  "ArrayBuffer", "Buffer", "DataView", "Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array",
  "Uint16Array", "Int32Array", "Uint32Array", "Float32Array", "Float64Array", "BigInt64Array", "BigUint64Array",
]);

function className(data: unknown): string | undefined {
  return (data as { constructor?: { name?: string } } | null)?.constructor?.name;
}

function toBytes(data: unknown): Uint8Array {
  if (data instanceof ArrayBuffer) return new Uint8Array(data.slice(0));
  const view = data as ArrayBufferView;
  return new Uint8Array(view.buffer.slice(view.byteOffset, view.byteOffset + view.byteLength));
}

function isNumberValue(data: unknown): data is { readonly value: string } {
  return className(data) === "NumberValue" && typeof (data as { value?: unknown }).value === "string";
}

function numberText(data: number): string {
  if (!Number.isFinite(data)) throw marshallError(`Special numeric value ${data} is not allowed`);
  if (data > Number.MAX_SAFE_INTEGER) {
    throw marshallError(`Number ${data} is greater than Number.MAX_SAFE_INTEGER. Use NumberValue from @aws-sdk/lib-dynamodb.`);
  }
  if (data < Number.MIN_SAFE_INTEGER) {
    throw marshallError(`Number ${data} is lesser than Number.MIN_SAFE_INTEGER. Use NumberValue from @aws-sdk/lib-dynamodb.`);
  }
  return String(data);
}

function setFromNative(set: Set<unknown>, style: NumberStyle): Value {
  if (set.has(undefined)) throw marshallError("Pass options.removeUndefinedValues=true to remove undefined values from map/array/set.");
  if (set.size === 0) throw marshallError("Pass a non-empty set, or options.convertEmptyValues=true.");
  const members = [...set];
  const first = members[0];
  const duplicates = () => validation("One or more parameter values were invalid: Input collection contains duplicates");
  if (typeof first === "number" || typeof first === "bigint" || isNumberValue(first)) {
    const ns: Decimal[] = members.map((m) => parseDecimal(typeof m === "number" ? numberText(m) : String(m), style));
    if (new Set(ns.map(decimalKey)).size !== ns.length) throw duplicates();
    return { t: "NS", v: ns };
  }
  if (typeof first === "string") {
    return { t: "SS", v: members.map((m) => String(m)) };
  }
  if (BINARY_CLASSES.has(className(first) ?? "")) {
    const bs = members.map(toBytes);
    for (let i = 0; i < bs.length; i++) for (let j = 0; j < i; j++) if (bytesEqual(bs[i]!, bs[j]!)) throw duplicates();
    return { t: "BS", v: bs };
  }
  throw marshallError("Only Number Set (NS), Binary Set (BS) or String Set (SS) are allowed.");
}

function mapFromEntries(entries: Iterable<[string, unknown]>, depth: number, texts: NumberTexts): Map<string, Value> {
  const out = new Map<string, Value>();
  for (const [k, v] of entries) {
    if (typeof v === "function") continue;
    out.set(k, fromNative(v, texts, depth + 1, true));
  }
  return out;
}

/**
 * One native value → Value. `depth` counts container levels (DynamoDB allows 32);
 * `nested` says whether the value sits inside a list or map (number-text.ts).
 */
export function fromNative(data: unknown, texts: NumberTexts = ITEM_NUMBERS, depth = 0, nested = false): Value {
  if (depth > MAX_DEPTH) throw validation(texts.nesting);
  if (data === undefined) throw marshallError("Pass options.removeUndefinedValues=true to remove undefined values from map/array/set.");
  if (data === null) return { t: "NULL" };
  if (Array.isArray(data)) {
    return { t: "L", v: data.filter((x) => typeof x !== "function").map((x) => fromNative(x, texts, depth + 1, true)) };
  }
  const cls = className(data);
  if (cls === "Set") return setFromNative(data as Set<unknown>, nested ? texts.nestedSet : texts.topSet);
  if (cls === "Map") return { t: "M", v: mapFromEntries(data as Map<string, unknown>, depth, texts) };
  if (cls === "Object" || (typeof data === "object" && !cls)) {
    const entries: [string, unknown][] = [];
    for (const k in data as Record<string, unknown>) entries.push([k, (data as Record<string, unknown>)[k]]);
    return { t: "M", v: mapFromEntries(entries, depth, texts) };
  }
  if (BINARY_CLASSES.has(cls ?? "")) return { t: "B", v: toBytes(data) };
  if (typeof data === "boolean") return { t: "BOOL", v: data };
  const style = nested ? texts.nested : texts.top;
  if (typeof data === "number") return { t: "N", v: parseDecimal(numberText(data), style) };
  if (isNumberValue(data)) return { t: "N", v: parseDecimal(String(data), style) };
  if (typeof data === "bigint") return { t: "N", v: parseDecimal(data.toString(), style) };
  if (typeof data === "string") return { t: "S", v: data };
  // A template literal, like util-dynamodb's: a Symbol makes it throw TypeError (measured).
  throw marshallError(`Unsupported type passed: ${data as string}. Pass options.convertClassInstanceToMap=true to marshall typeof object as map attribute.`);
}

/**
 * A DocumentClient item (Record of native values) → Item. Top-level undefined values are
 * dropped, as lib-dynamodb does (measured); nested ones are refused.
 */
export function itemFromNative(record: Record<string, unknown>): Map<string, Value> {
  const out = new Map<string, Value>();
  for (const k in record) {
    const v = record[k];
    if (typeof v === "function" || v === undefined) continue;
    out.set(k, fromNative(v, ITEM_NUMBERS, 1));
  }
  return out;
}

function numberToNative(d: Decimal, options: NativeOptions): unknown {
  if (options.wrapNumbers) return options.wrapNumbers(d.text);
  // util-dynamodb's convertNumber: a number, a bigint when past 2^53, else an error.
  const n = Number(d.text);
  if ((n > Number.MAX_SAFE_INTEGER || n < Number.MIN_SAFE_INTEGER) && Number.isFinite(n)) {
    try {
      return BigInt(d.text);
    } catch {
      throw new Error(`${d.text} can't be converted to BigInt. Set options.wrapNumbers to get string value.`);
    }
  }
  return n;
}

function assign(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === "__proto__") Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

export function toNative(v: Value, options: NativeOptions): unknown {
  switch (v.t) {
    case "S":
      return v.v;
    case "N":
      return numberToNative(v.v, options);
    case "B":
      return v.v.slice();
    case "BOOL":
      return v.v;
    case "NULL":
      return null;
    case "L":
      return v.v.map((x) => toNative(x, options));
    case "M":
      return itemToNative(v.v, options);
    case "SS":
      return new Set(v.v);
    case "NS":
      return new Set(v.v.map((d) => numberToNative(d, options)));
    case "BS":
      return new Set(v.v.map((b) => b.slice()));
  }
}

export function itemToNative(item: Item, options: NativeOptions): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  // forEach: no [key, value] pair allocated per attribute (this is the hot path of reads).
  item.forEach((v, k) => {
    if (k === "__proto__") assign(out, k, toNative(v, options));
    else out[k] = toNative(v, options);
  });
  return out;
}

/** The wire form DynamoDB sends (and the SDK leaves as is in error fields). */
export function toWire(v: Value): AttributeValue {
  switch (v.t) {
    case "S":
      return { S: v.v };
    case "N":
      return { N: v.v.text };
    case "B":
      return { B: v.v.slice() };
    case "BOOL":
      return { BOOL: v.v };
    case "NULL":
      return { NULL: true };
    case "L":
      return { L: v.v.map(toWire) };
    case "M":
      return { M: itemToWire(v.v) };
    case "SS":
      return { SS: [...v.v] };
    case "NS":
      return { NS: v.v.map((d) => d.text) };
    case "BS":
      return { BS: v.v.map((b) => b.slice()) };
  }
}

export function itemToWire(item: Item): Record<string, AttributeValue> {
  const out: Record<string, AttributeValue> = {};
  for (const [k, v] of item) out[k] = toWire(v);
  return out;
}
