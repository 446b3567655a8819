/**
 * resultDigest (spec/cli.md, `verify --json`): the lowercase hex SHA-256 of the results of
 * all bindings, in binding order, one line per binding, each line the canonical JSON of the
 * array of returned entity items in the dump encodings, lines joined by "\n". Unordered
 * results are written in the oracle's tie order, so the digest does not depend on the
 * order in which a Scan or a BatchGetItem happens to return items.
 *
 * Canonical JSON here: object keys sorted by UTF-16 code units (the order of RFC 8785),
 * no spaces, strings escaped as JSON.stringify does. Numbers never appear as JSON numbers
 * in encoded items (the dump writes them as decimal text), so number formatting cannot
 * differ between implementations.
 */
import { createHash } from "node:crypto";
import type { AccessPattern, JsonValue } from "@/lib/model";
import { encodeItem } from "@/lib/simulate";
import { sortForPattern } from "./oracle";
import type { EntityItem, ModelTypes } from "./values";

export interface EncodedEntityItem {
  entity: string;
  item: { [attribute: string]: JsonValue };
}

export function canonicalJson(value: JsonValue): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const keys = Object.keys(value).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k] as JsonValue)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

export function encodeEntityItem(types: ModelTypes, x: EntityItem): EncodedEntityItem {
  return { entity: x.entity, item: encodeItem(types.entity(x.entity), x.item) };
}

/** The result in the order the digest writes it: as returned when ordered, the oracle's tie order otherwise. */
export function digestOrder(types: ModelTypes, pattern: AccessPattern, items: EntityItem[]): EntityItem[] {
  return pattern.order ? items : sortForPattern(types, pattern, items);
}

/** One digest line: the canonical JSON of a binding's result. */
export function digestLine(types: ModelTypes, pattern: AccessPattern, items: EntityItem[]): string {
  const encoded = digestOrder(types, pattern, items).map((x) => encodeEntityItem(types, x));
  return canonicalJson(encoded as unknown as JsonValue);
}

export function resultDigest(lines: readonly string[]): string {
  return createHash("sha256").update(lines.join("\n"), "utf8").digest("hex");
}
