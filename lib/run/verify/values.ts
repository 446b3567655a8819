/**
 * Comparing values in model terms the way DynamoDB orders them (model-format.md, "What a
 * read pattern means", rule 2): strings by UTF-8 bytes, numbers numerically, datetimes as
 * text, binary by bytes. Written apart from lib/design on purpose: the oracle must not
 * share code with what it checks.
 */
import { compareDecimal, compareUtf8, isBase64, type AttributeType, type Entity, type Model } from "@/lib/model";
import { decimalText } from "@/lib/simulate";
import { decodeBase64 } from "@/lib/simulate/encode";

/** An entity item in model terms (numbers as JS numbers, binary as Uint8Array, sets as Set). */
export interface EntityItem {
  entity: string;
  item: Record<string, unknown>;
}

/**
 * Run-time parameters of a read pattern by attribute: the value for eq, lt, lte, gt, gte and
 * beginsWith, `[low, high]` for between (the same shape lib/design's Binding has).
 */
export type Binding = Record<string, unknown>;

/** Attribute types per entity, and the entities by name. */
export class ModelTypes {
  readonly entities = new Map<string, Entity>();
  private readonly types = new Map<string, Map<string, AttributeType>>();

  constructor(readonly model: Model) {
    for (const e of model.entities) {
      this.entities.set(e.name, e);
      this.types.set(e.name, new Map(e.attributes.map((a) => [a.name, a.type])));
    }
  }

  typeOf(entity: string, attribute: string): AttributeType | undefined {
    return this.types.get(entity)?.get(attribute);
  }

  entity(name: string): Entity {
    const e = this.entities.get(name);
    if (!e) throw new Error(`no entity ${name} in the model`);
    return e;
  }
}

/** Bytes of a binary value: a Uint8Array, or base64 text as binary constants are written in a model. */
export function bytesOf(v: unknown): Uint8Array | undefined {
  if (v instanceof Uint8Array) return v;
  return isBase64(v) ? decodeBase64(v) : undefined;
}

export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return a.length - b.length;
}

/** Canonical decimal text of a number given as a JS number or as decimal text. */
function decimal(v: unknown): string | undefined {
  if (typeof v === "number") return Number.isFinite(v) ? decimalText(v) : undefined;
  if (typeof v !== "string" || !/^-?\d+(\.\d+)?$/.test(v)) return undefined;
  let text = v.replace(/^(-?)0+(?=\d)/, "$1");
  if (text.includes(".")) text = text.replace(/\.?0+$/, "");
  return text === "-0" ? "0" : text;
}

/**
 * Compares two values of one attribute type; undefined when either is not a value of that
 * type (DynamoDB: a comparison across types is false, so such an item never matches).
 */
export function compareValues(type: AttributeType | undefined, a: unknown, b: unknown): number | undefined {
  switch (type) {
    case "number": {
      if (typeof a === "number" && typeof b === "number") return a < b ? -1 : a > b ? 1 : 0;
      const x = decimal(a), y = decimal(b);
      return x === undefined || y === undefined ? undefined : Math.sign(compareDecimal(x, y));
    }
    case "binary": {
      const x = bytesOf(a), y = bytesOf(b);
      return x && y ? Math.sign(compareBytes(x, y)) : undefined;
    }
    case "boolean":
      return typeof a === "boolean" && typeof b === "boolean" ? Number(a) - Number(b) : undefined;
    case "string":
    case "datetime":
      return typeof a === "string" && typeof b === "string" ? Math.sign(compareUtf8(a, b)) : undefined;
    default:
      return undefined;
  }
}

/** `value` starts with `prefix`: by bytes for binary, by characters (= UTF-8 bytes) for text. */
export function beginsWith(type: AttributeType | undefined, value: unknown, prefix: unknown): boolean {
  if (type === "binary") {
    const x = bytesOf(value), p = bytesOf(prefix);
    return !!x && !!p && p.length <= x.length && compareBytes(x.subarray(0, p.length), p) === 0;
  }
  return typeof value === "string" && typeof prefix === "string" && value.startsWith(prefix);
}

export function isPresent(v: unknown): boolean {
  return v !== undefined && v !== null;
}

/** An own property of a user-keyed object (attribute names may be `__proto__`). */
export function own(obj: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(obj, key) ? obj[key] : undefined;
}
