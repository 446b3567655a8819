/**
 * Reading a NoSQL Workbench file, which is untrusted input: every field is checked before
 * use and every failure is a problem naming its JSON path (`DataModel[0].TableData[3].PK`),
 * never an exception. What the importer needs is kept (tables, key schema, GSIs, facets,
 * DynamoDB-JSON items); extension keys are ignored, except ours (`Tablewright`).
 * Format versions 1.0, 2.0 and 3.0 differ only in optional parts (facets, their own
 * TableData, billing), all read here.
 */
import { formatPath, type Path, type Problem, type Projection } from "../../model";
import { canonicalDecimal, type AttributeValue } from "../dynamo-json";
import { EXTENSION_KEY } from "../nosql-workbench";

export interface KeyDef {
  name: string;
  type: "S" | "N" | "B";
}

export interface IndexDef {
  name: string;
  partitionKey: KeyDef;
  sortKey?: KeyDef;
  projection: Projection;
}

export type Item = Map<string, AttributeValue>;

export interface Facet {
  name: string;
  partitionAlias?: string;
  sortAlias?: string;
  nonKeyAttributes: string[];
  items: Item[];
}

export interface Table {
  name: string;
  partitionKey: KeyDef;
  sortKey?: KeyDef;
  /** Declared non-key attributes and their DynamoDB types, first declaration wins. */
  attributes: Map<string, string>;
  globalIndexes: IndexDef[];
  localIndexes: IndexDef[];
  facets: Facet[];
  items: Item[];
  provisioned: boolean;
  extension?: unknown;
}

export interface Source {
  name: string;
  description?: string;
  tables: Table[];
}

/** Limits that keep a hostile file from exhausting memory or the stack. */
export const MAX_ITEMS = 20_000;
export const MAX_DEPTH = 32;

type Node = Record<string, unknown>;

class Reader {
  problems: Problem[] = [];
  items = 0;
  error(path: Path, message: string): undefined {
    if (this.problems.length < 100) this.problems.push({ path: formatPath(path), severity: "error", message });
    return undefined;
  }
  object(v: unknown, path: Path, what: string): Node | undefined {
    if (v && typeof v === "object" && !Array.isArray(v)) return v as Node;
    return this.error(path, `expected ${what} (a JSON object), found ${describe(v)}`);
  }
  array(v: unknown, path: Path, what: string): unknown[] | undefined {
    if (Array.isArray(v)) return v;
    return this.error(path, `expected ${what} (a JSON array), found ${describe(v)}`);
  }
  string(v: unknown, path: Path, what: string): string | undefined {
    if (typeof v === "string" && v !== "") return v;
    return this.error(path, `expected ${what} (a non-empty string), found ${describe(v)}`);
  }
}

function describe(v: unknown): string {
  if (v === undefined) return "nothing";
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  if (typeof v === "object") return "an object";
  if (typeof v === "string") return v === "" ? "an empty string" : `the string ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}`;
  return `${typeof v} ${String(v)}`;
}

function get(node: Node, key: string): unknown {
  return Object.hasOwn(node, key) ? node[key] : undefined;
}

function keyDef(r: Reader, v: unknown, path: Path): KeyDef | undefined {
  const o = r.object(v, path, "a key attribute");
  if (!o) return undefined;
  const name = r.string(get(o, "AttributeName"), [...path, "AttributeName"], "the attribute name");
  const type = get(o, "AttributeType");
  if (type !== "S" && type !== "N" && type !== "B") return r.error([...path, "AttributeType"], `expected "S", "N" or "B", found ${describe(type)}`);
  return name ? { name, type } : undefined;
}

function keys(r: Reader, v: unknown, path: Path): { partitionKey: KeyDef; sortKey?: KeyDef } | undefined {
  const o = r.object(v, path, "the key attributes");
  if (!o) return undefined;
  const partitionKey = keyDef(r, get(o, "PartitionKey"), [...path, "PartitionKey"]);
  const sk = get(o, "SortKey");
  const sortKey = sk === undefined || sk === null ? undefined : keyDef(r, sk, [...path, "SortKey"]);
  if (!partitionKey || (sk !== undefined && sk !== null && !sortKey)) return undefined;
  return { partitionKey, ...(sortKey ? { sortKey } : {}) };
}

function projection(r: Reader, v: unknown, path: Path): Projection | undefined {
  if (v === undefined) return "ALL";
  const o = r.object(v, path, "a projection");
  if (!o) return undefined;
  const type = get(o, "ProjectionType");
  if (type === "ALL" || type === "KEYS_ONLY") return type;
  if (type !== "INCLUDE") return r.error([...path, "ProjectionType"], `expected "ALL", "KEYS_ONLY" or "INCLUDE", found ${describe(type)}`);
  const names = r.array(get(o, "NonKeyAttributes"), [...path, "NonKeyAttributes"], "the projected attributes");
  if (!names) return undefined;
  const include = [...new Set(names.filter((n): n is string => typeof n === "string" && n !== ""))];
  return include.length ? { include } : "KEYS_ONLY";
}

function indexes(r: Reader, v: unknown, path: Path, local: boolean): IndexDef[] {
  if (v === undefined || v === null) return [];
  const list = r.array(v, path, local ? "the local secondary indexes" : "the global secondary indexes") ?? [];
  return list.flatMap((x, i) => {
    const at = [...path, i];
    const o = r.object(x, at, "an index");
    if (!o) return [];
    const name = r.string(get(o, "IndexName"), [...at, "IndexName"], "the index name");
    const k = keys(r, get(o, "KeyAttributes"), [...at, "KeyAttributes"]);
    const p = projection(r, get(o, "Projection"), [...at, "Projection"]);
    return name && k && p ? [{ name, ...k, projection: p }] : [];
  });
}

/** One DynamoDB-JSON attribute value, checked all the way down. */
export function attributeValue(r: Reader, v: unknown, path: Path, depth = 0): AttributeValue | undefined {
  if (depth > MAX_DEPTH) return r.error(path, `nested deeper than ${MAX_DEPTH} levels (DynamoDB's limit)`);
  const o = r.object(v, path, 'an attribute value like {"S": "text"}');
  if (!o) return undefined;
  const tags = Object.keys(o);
  const tag = tags[0];
  if (tags.length !== 1 || tag === undefined) return r.error(path, `expected exactly one type tag (S, N, B, BOOL, NULL, SS, NS, BS, L, M), found ${tags.length ? tags.join(", ") : "none"}`);
  const x = o[tag];
  const at = [...path, tag];
  const strings = (what: string) => {
    const list = r.array(x, at, what);
    if (!list) return undefined;
    if (!list.every((s) => typeof s === "string")) return r.error(at, `expected ${what} of strings`);
    return list as string[];
  };
  switch (tag) {
    case "S": return typeof x === "string" ? { S: x } : r.error(at, `expected a string, found ${describe(x)}`);
    case "N": {
      const n = typeof x === "string" || typeof x === "number" ? canonicalDecimal(String(x)) : undefined;
      return n !== undefined ? { N: n } : r.error(at, `expected a number as text like "70", found ${describe(x)}`);
    }
    case "B": return typeof x === "string" ? { B: x } : r.error(at, `expected base64 text, found ${describe(x)}`);
    case "BOOL": return typeof x === "boolean" ? { BOOL: x } : r.error(at, `expected true or false, found ${describe(x)}`);
    case "NULL": return { NULL: true };
    case "SS": { const s = strings("a string set"); return s ? { SS: s } : undefined; }
    case "BS": { const s = strings("a binary set"); return s ? { BS: s } : undefined; }
    case "NS": {
      const s = strings("a number set");
      if (!s) return undefined;
      const n = s.map((t) => canonicalDecimal(t));
      return n.every((t) => t !== undefined) ? { NS: n as string[] } : r.error(at, "expected numbers as text in the number set");
    }
    case "L": {
      const list = r.array(x, at, "a list");
      if (!list) return undefined;
      const out = list.map((e, i) => nested(r, e, [...at, i], depth + 1));
      return out.every((e) => e !== undefined) ? { L: out as AttributeValue[] } : undefined;
    }
    case "M": {
      const m = r.object(x, at, "a map");
      if (!m) return undefined;
      const out: { [k: string]: AttributeValue } = {};
      for (const [k, e] of Object.entries(m)) {
        const av = nested(r, e, [...at, k], depth + 1);
        if (!av) return undefined;
        Object.defineProperty(out, k, { value: av, enumerable: true, writable: true, configurable: true });
      }
      return { M: out };
    }
    default: return r.error(path, `unknown type tag ${JSON.stringify(tag)}; expected S, N, B, BOOL, NULL, SS, NS, BS, L or M`);
  }
}

const TAGS = new Set(["S", "N", "B", "BOOL", "NULL", "SS", "NS", "BS", "L", "M"]);

/**
 * A member of a list or map. NoSQL Workbench itself writes some nested maps as plain JSON
 * (`{"M": {"is_enabled": true}}`), so a member that is not a well-formed attribute value is
 * read as plain JSON: strings, numbers, booleans, null, arrays and objects.
 */
function nested(r: Reader, v: unknown, path: Path, depth: number): AttributeValue | undefined {
  if (depth > MAX_DEPTH) return r.error(path, `nested deeper than ${MAX_DEPTH} levels (DynamoDB's limit)`);
  if (v && typeof v === "object" && !Array.isArray(v)) {
    const tags = Object.keys(v);
    if (tags.length === 1 && TAGS.has(tags[0] ?? "")) {
      const quiet = new Reader();
      quiet.items = r.items;
      const av = attributeValue(quiet, v, path, depth);
      if (av && quiet.problems.length === 0) return av;
    }
    const out: { [k: string]: AttributeValue } = {};
    for (const [k, e] of Object.entries(v)) {
      const av = nested(r, e, [...path, k], depth + 1);
      if (!av) return undefined;
      Object.defineProperty(out, k, { value: av, enumerable: true, writable: true, configurable: true });
    }
    return { M: out };
  }
  if (Array.isArray(v)) {
    const out = v.map((e, i) => nested(r, e, [...path, i], depth + 1));
    return out.every((e) => e !== undefined) ? { L: out as AttributeValue[] } : undefined;
  }
  if (typeof v === "string") return { S: v };
  if (typeof v === "boolean") return { BOOL: v };
  if (v === null) return { NULL: true };
  if (typeof v === "number" && Number.isFinite(v)) return { N: canonicalDecimal(String(v)) ?? "0" };
  return r.error(path, `expected a JSON value, found ${describe(v)}`);
}

function items(r: Reader, v: unknown, path: Path): Item[] {
  if (v === undefined || v === null) return [];
  const list = r.array(v, path, "the items") ?? [];
  const out: Item[] = [];
  list.forEach((x, i) => {
    if (++r.items > MAX_ITEMS) {
      if (r.items === MAX_ITEMS + 1) r.error([...path, i], `more than ${MAX_ITEMS} items in the file; import a smaller sample`);
      return;
    }
    const o = r.object(x, [...path, i], "an item");
    if (!o) return;
    const item: Item = new Map();
    for (const [name, value] of Object.entries(o)) {
      const av = attributeValue(r, value, [...path, i, name]);
      if (av) item.set(name, av);
    }
    out.push(item);
  });
  return out;
}

function facets(r: Reader, v: unknown, path: Path): Facet[] {
  if (v === undefined || v === null) return [];
  const list = r.array(v, path, "the facets") ?? [];
  return list.flatMap((x, i) => {
    const at = [...path, i];
    const o = r.object(x, at, "a facet");
    if (!o) return [];
    const name = r.string(get(o, "FacetName"), [...at, "FacetName"], "the facet name");
    const alias = get(o, "KeyAttributeAlias");
    const a = alias && typeof alias === "object" && !Array.isArray(alias) ? (alias as Node) : {};
    const text = (k: string) => (typeof get(a, k) === "string" && get(a, k) !== "" ? (get(a, k) as string) : undefined);
    const nonKey = get(o, "NonKeyAttributes");
    const names = Array.isArray(nonKey) ? nonKey.filter((n): n is string => typeof n === "string" && n !== "") : [];
    const partitionAlias = text("PartitionKeyAlias"), sortAlias = text("SortKeyAlias");
    return name ? [{ name, ...(partitionAlias ? { partitionAlias } : {}), ...(sortAlias ? { sortAlias } : {}), nonKeyAttributes: names, items: items(r, get(o, "TableData"), [...at, "TableData"]) }] : [];
  });
}

function table(r: Reader, v: unknown, path: Path): Table | undefined {
  const o = r.object(v, path, "a table");
  if (!o) return undefined;
  const name = r.string(get(o, "TableName"), [...path, "TableName"], "the table name");
  const k = keys(r, get(o, "KeyAttributes"), [...path, "KeyAttributes"]);
  const attributes = new Map<string, string>();
  const declared = get(o, "NonKeyAttributes");
  if (Array.isArray(declared)) {
    for (const d of declared) {
      const n = d && typeof d === "object" ? (d as Node) : {};
      const an = get(n, "AttributeName"), at = get(n, "AttributeType");
      if (typeof an === "string" && an !== "" && typeof at === "string" && !attributes.has(an)) attributes.set(an, at);
    }
  }
  const t = {
    globalIndexes: indexes(r, get(o, "GlobalSecondaryIndexes"), [...path, "GlobalSecondaryIndexes"], false),
    localIndexes: indexes(r, get(o, "LocalSecondaryIndexes"), [...path, "LocalSecondaryIndexes"], true),
    facets: facets(r, get(o, "TableFacets"), [...path, "TableFacets"]),
    items: items(r, get(o, "TableData"), [...path, "TableData"]),
  };
  if (!name || !k) return undefined;
  const extension = get(o, EXTENSION_KEY);
  return { name, ...k, attributes, ...t, provisioned: get(o, "BillingMode") === "PROVISIONED", ...(extension !== undefined ? { extension } : {}) };
}

export function readSource(value: unknown): { source?: Source; problems: Problem[] } {
  const r = new Reader();
  const root = r.object(value, [], "a NoSQL Workbench model");
  if (!root) return { problems: r.problems };
  const name = get(root, "ModelName");
  const meta = get(root, "ModelMetadata");
  const description = meta && typeof meta === "object" && typeof get(meta as Node, "Description") === "string" ? (get(meta as Node, "Description") as string) : undefined;
  const dataModel = get(root, "DataModel");
  // Older files may hold one table object instead of an array.
  const list = Array.isArray(dataModel) ? dataModel : dataModel && typeof dataModel === "object" ? [dataModel] : r.array(dataModel, ["DataModel"], "the tables") ?? [];
  if (Array.isArray(dataModel) && dataModel.length === 0) r.error(["DataModel"], "expected at least one table, found none");
  const tables = list.map((x, i) => table(r, x, Array.isArray(dataModel) ? ["DataModel", i] : ["DataModel"])).filter((t): t is Table => t !== undefined);
  if (r.problems.length) return { problems: r.problems };
  return { source: { name: typeof name === "string" && name.trim() !== "" ? name.trim() : tables[0]?.name ?? "Imported model", ...(description ? { description } : {}), tables }, problems: [] };
}
