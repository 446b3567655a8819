/**
 * What the rules read, built defensively from the input tree: rules run even where other
 * parts of the document are malformed (so every problem is reported at once), and they
 * only look at values whose JSON type is right; wrong types were reported by the schema.
 * Lookups by user-given names go through Maps, never through plain-object properties.
 */
import type { Path } from "../path";
import type { ProblemList } from "../problems";
import { isPlainObject } from "../safe";
import { ATTRIBUTE_TYPES, type AttributeType } from "../types";

export type Node = Record<string, unknown>;

export interface AttributeInfo {
  name: string;
  type: AttributeType | undefined;
  node: Node;
  path: Path;
}

export interface EntityInfo {
  name: string;
  node: Node;
  path: Path;
  /** First attribute of each name (a duplicate name is an R2 error). */
  attributes: Map<string, AttributeInfo>;
  /** The `key` entries that are strings, in order, with their index. */
  key: Array<{ name: string; index: number }>;
}

export interface RuleContext {
  root: Node;
  problems: ProblemList;
  /** First entity of each name (a duplicate name is an R2 error). */
  entities: Map<string, EntityInfo>;
  entityList: EntityInfo[];
}

/** An own field's value (never an inherited member such as `constructor`). */
export function own(node: Node, field: string): unknown {
  return Object.hasOwn(node, field) ? node[field] : undefined;
}

export function str(node: Node, field: string): string | undefined {
  const v = Object.hasOwn(node, field) ? node[field] : undefined;
  return typeof v === "string" ? v : undefined;
}

export function num(node: Node, field: string): number | undefined {
  const v = Object.hasOwn(node, field) ? node[field] : undefined;
  return typeof v === "number" ? v : undefined;
}

export function obj(node: Node, field: string): Node | undefined {
  const v = Object.hasOwn(node, field) ? node[field] : undefined;
  return isPlainObject(v) ? v : undefined;
}

export function arr(node: Node, field: string): unknown[] | undefined {
  const v = Object.hasOwn(node, field) ? node[field] : undefined;
  return Array.isArray(v) ? v : undefined;
}

/** The string entries of an array field, with their indexes (other entries were reported). */
export function strings(node: Node, field: string): Array<{ name: string; index: number }> {
  const out: Array<{ name: string; index: number }> = [];
  (arr(node, field) ?? []).forEach((v, index) => {
    if (typeof v === "string") out.push({ name: v, index });
  });
  return out;
}

/** The plain-object entries of an array field, with their indexes. */
export function objects(node: Node, field: string): Array<{ node: Node; index: number }> {
  const out: Array<{ node: Node; index: number }> = [];
  (arr(node, field) ?? []).forEach((v, index) => {
    if (isPlainObject(v)) out.push({ node: v, index });
  });
  return out;
}

export function isAttributeType(v: unknown): v is AttributeType {
  return typeof v === "string" && (ATTRIBUTE_TYPES as readonly string[]).includes(v);
}

export function buildContext(root: Node, problems: ProblemList): RuleContext {
  const entities = new Map<string, EntityInfo>();
  const entityList: EntityInfo[] = [];
  for (const { node, index } of objects(root, "entities")) {
    const path = ["entities", index];
    const attributes = new Map<string, AttributeInfo>();
    for (const a of objects(node, "attributes")) {
      const name = str(a.node, "name");
      if (name === undefined || attributes.has(name)) continue;
      const type = Object.hasOwn(a.node, "type") ? a.node["type"] : undefined;
      attributes.set(name, {
        name,
        type: isAttributeType(type) ? type : undefined,
        node: a.node,
        path: [...path, "attributes", a.index],
      });
    }
    const name = str(node, "name");
    const info: EntityInfo = { name: name ?? "", node, path, attributes, key: strings(node, "key") };
    entityList.push(info);
    if (name !== undefined && !entities.has(name)) entities.set(name, info);
  }
  return { root, problems, entities, entityList };
}

/** "a string attribute": for messages. */
export function typed(type: AttributeType): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

/** "an update", "a get": a pattern kind with its article. */
export function an(kind: string): string {
  return /^[aeiou]/.test(kind) ? `an ${kind}` : `a ${kind}`;
}
