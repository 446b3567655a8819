/**
 * Parsed expressions. Placeholders stay unresolved (#name, :value) so one parse can be
 * cached and reused; evaluation resolves them against the request's
 * ExpressionAttributeNames / ExpressionAttributeValues.
 */
export type PathElement =
  | { readonly kind: "name"; readonly name: string } // an attribute name, or a "#placeholder"
  | { readonly kind: "index"; readonly index: number };

export type Path = readonly PathElement[];

export type Operand =
  | { readonly k: "path"; readonly path: Path }
  | { readonly k: "value"; readonly name: string }
  | { readonly k: "size"; readonly path: Path }
  | { readonly k: "if_not_exists"; readonly path: Path; readonly fallback: Operand }
  | { readonly k: "list_append"; readonly a: Operand; readonly b: Operand }
  | { readonly k: "+" | "-"; readonly a: Operand; readonly b: Operand };

export type Comparator = "=" | "<>" | "<" | "<=" | ">" | ">=";
export type ConditionFunction = "attribute_exists" | "attribute_not_exists" | "attribute_type" | "begins_with" | "contains";

export type Condition =
  | { readonly k: "cmp"; readonly op: Comparator; readonly a: Operand; readonly b: Operand }
  | { readonly k: "between"; readonly a: Operand; readonly lo: Operand; readonly hi: Operand }
  | { readonly k: "in"; readonly a: Operand; readonly list: readonly Operand[] }
  | { readonly k: "and" | "or"; readonly a: Condition; readonly b: Condition }
  | { readonly k: "not"; readonly a: Condition }
  | { readonly k: "fn"; readonly name: ConditionFunction; readonly args: readonly Operand[] };

export interface UpdateAction {
  readonly path: Path;
  readonly value: Operand;
}

export interface UpdateAst {
  readonly set: readonly UpdateAction[];
  readonly remove: readonly Path[];
  readonly add: readonly UpdateAction[];
  readonly delete: readonly UpdateAction[];
}

/** A parsed expression with the placeholders it uses (to find undefined and unused ones). */
export interface Parsed<T> {
  readonly ast: T;
  readonly names: ReadonlySet<string>;
  readonly values: ReadonlySet<string>;
}
