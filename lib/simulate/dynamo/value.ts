/**
 * The simulator's internal attribute values: DynamoDB's ten types (HowItWorks.NamingRulesDataTypes)
 * as a tagged union. Numbers are exact decimals, binary is bytes, sets are arrays without
 * duplicates (DynamoDB sets are unordered; we keep insertion order). Values are immutable:
 * an update builds new containers along the changed path and shares the rest.
 */
import type { Decimal } from "./decimal";

export type Value =
  | { readonly t: "S"; readonly v: string }
  | { readonly t: "N"; readonly v: Decimal }
  | { readonly t: "B"; readonly v: Uint8Array }
  | { readonly t: "BOOL"; readonly v: boolean }
  | { readonly t: "NULL" }
  | { readonly t: "L"; readonly v: readonly Value[] }
  | { readonly t: "M"; readonly v: ReadonlyMap<string, Value> }
  | { readonly t: "SS"; readonly v: readonly string[] }
  | { readonly t: "NS"; readonly v: readonly Decimal[] }
  | { readonly t: "BS"; readonly v: readonly Uint8Array[] };

export type TypeName = Value["t"];
export type ScalarKeyType = "S" | "N" | "B";

/** An item: top-level attribute name → value. Insertion order is kept for output. */
export type Item = ReadonlyMap<string, Value>;

export const TYPE_NAMES: readonly TypeName[] = ["S", "N", "B", "BOOL", "NULL", "L", "M", "SS", "NS", "BS"];

export function isKeyType(v: Value): v is Extract<Value, { t: ScalarKeyType }> {
  return v.t === "S" || v.t === "N" || v.t === "B";
}

export function str(v: string): Value {
  return { t: "S", v };
}
