import type { Condition, WhereMap } from "../types";

/** A `where` as the editor shows it: one row per condition, in the document's order. */
export interface WhereEntry {
  attribute: string;
  condition: Condition;
}

export function whereList(where: WhereMap | undefined): WhereEntry[] {
  if (!where || typeof where !== "object") return [];
  return Object.entries(where).map(([attribute, condition]) => ({ attribute, condition }));
}

/**
 * Rows back to a `where`, or undefined when there are none (the field is then omitted).
 * fromEntries defines own properties, so an attribute named `__proto__` stays data.
 */
export function whereFromList(list: ReadonlyArray<WhereEntry>): WhereMap | undefined {
  if (list.length === 0) return undefined;
  return Object.fromEntries(list.map((e) => [e.attribute, e.condition]));
}
