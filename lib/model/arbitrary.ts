/**
 * fast-check arbitrary of VALID models, for property tests here and in the design engine
 * (test-only: imports fast-check). Rich on purpose: several entities, refs (self-refs too),
 * every pattern kind, multi-entity queries, constants of every comparable type, unknown
 * extra fields, and attribute names like `__proto__`, `created.at`, `"10"` or unicode.
 * Every generated model must parse without errors; property.test.ts checks that.
 */
import fc from "fast-check";
import {
  RESERVED, attributeName, chance, extraValue, int, pick, sampleValue, stringLists, subset, text, type G,
} from "./arbitrary-values";
import { patternsFor } from "./arbitrary-patterns";
import {
  ATTRIBUTE_TYPES, KEY_ATTRIBUTE_TYPES, type Attribute, type AttributeType, type Entity, type Generator, type Model,
  type PinnedDesign, type Sample, type TableSettings,
} from "./types";

export interface ArbModelOptions {
  /** Unknown fields on the model, entities, attributes and patterns (default true). */
  unknownFields?: boolean;
  /** A `samples` list (default false). */
  samples?: boolean;
  /** A pinned `design` (default false). */
  design?: boolean;
  /** At most this many entities (default 4) and access patterns (default 10). */
  maxEntities?: number;
  maxPatterns?: number;
}

export function arbValidModel(options: ArbModelOptions = {}): fc.Arbitrary<Model> {
  return fc.gen().map((g) => buildModel(g, options));
}

const ENTITY_NAMES = ["Tenant", "Order", "Line", "User", "Game", "Item", "A", "Zz9", "Payment"];
const KEY_TYPES: readonly AttributeType[] = KEY_ATTRIBUTE_TYPES;

function buildModel(g: G, options: ArbModelOptions): Model {
  const extras = options.unknownFields ?? true;
  const names = subset(g, ENTITY_NAMES, 1, options.maxEntities ?? 4);
  const shared = chance(g, 50) ? { name: attributeName(g), type: pick(g, KEY_TYPES) } : undefined;
  const entities = names.map((name) => buildEntity(g, name, shared, extras));
  addRefs(g, entities);
  const model: Model = {
    format: "tablewright.model/1",
    name: text(g, 40),
    ...(chance(g, 30) ? { description: text(g, 40) } : {}),
    entities,
    accessPatterns: patternsFor(g, entities, options.maxPatterns ?? 10, extras),
  };
  if (chance(g, 40)) model.table = buildTable(g, entities);
  if (options.samples) model.samples = buildSamples(g, entities, extras);
  if (options.design) model.design = buildDesign(g, entities, extras);
  if (extras && chance(g, 50)) Object.defineProperty(model, "x-editor", { value: extraValue(g), enumerable: true, writable: true, configurable: true });
  return model;
}

function buildEntity(g: G, name: string, shared: { name: string; type: AttributeType } | undefined, extras: boolean): Entity {
  const attributes: Attribute[] = [];
  const taken = new Set<string>();
  const add = (a: Attribute) => {
    if (taken.has(a.name) || RESERVED.has(a.name)) return;
    taken.add(a.name);
    attributes.push(a);
  };
  add({ name: chance(g, 50) ? `${name.toLowerCase()}Id` : attributeName(g), type: pick(g, KEY_TYPES) });
  if (shared) add({ name: shared.name, type: shared.type });
  if (chance(g, 30)) add({ name: "version", type: "number" });
  const extra = int(g, 0, 6);
  for (let i = 0; i < extra; i++) add({ name: attributeName(g), type: pick(g, ATTRIBUTE_TYPES) });

  const keyCandidates = attributes.filter((a) => KEY_TYPES.includes(a.type));
  const key = subset(g, keyCandidates.map((a) => a.name), 1, 4);
  for (const a of attributes) decorate(g, a, key.includes(a.name), extras);
  const entity: Entity = { name, key, attributes };
  if (chance(g, 60)) entity.count = int(g, 1, 1e12);
  if (chance(g, 20)) entity.notes = text(g, 30);
  if (extras && chance(g, 20)) Object.assign(entity, { "x-ui": extraValue(g) });
  return entity;
}

const GENS: Partial<Record<AttributeType, readonly Generator[]>> = {
  string: ["uuid", "ulid", "email", "name", "word", "text"],
  number: ["int", "money"],
  datetime: ["datetime"],
};

/** Optional modifiers that fit the type (R3, R5, gen). */
function decorate(g: G, a: Attribute, isKey: boolean, extras: boolean): void {
  if (a.type === "string" && !isKey && chance(g, 30)) {
    a.values = [...new Set(g(stringLists))];
    if (chance(g, 50)) a.gen = "enum";
  }
  if (a.type === "number" && chance(g, 30)) {
    const lo = int(g, -1000, 1000);
    a.min = lo;
    a.max = lo + int(g, 0, 1000);
  }
  if (["string", "binary", "list", "map", "stringSet", "numberSet"].includes(a.type) && chance(g, 20)) a.size = int(g, 1, 400_000);
  if (!isKey && chance(g, 30)) a.optional = true;
  if (!isKey && (a.type === "string" || a.type === "number") && chance(g, 10)) a.unique = true;
  const gens = GENS[a.type];
  if (gens && !a.gen && chance(g, 30)) a.gen = pick(g, gens);
  if (extras && chance(g, 10)) Object.assign(a, { description: text(g, 20) });
}

/** Points some non-key attributes at entities with a single-attribute key of the same type (R4). */
function addRefs(g: G, entities: Entity[]): void {
  const targets = entities.filter((e) => e.key.length === 1);
  for (const e of entities) {
    for (const a of e.attributes) {
      const fitting = targets.filter((t) => t.attributes.find((x) => x.name === t.key[0])?.type === a.type);
      if (fitting.length && KEY_TYPES.includes(a.type) && chance(g, 30)) a.ref = pick(g, fitting).name;
    }
  }
}

const REGIONS = ["us-east-1", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-2", "us-gov-west-1"];

function buildTable(g: G, entities: Entity[]): TableSettings {
  const t: TableSettings = {};
  if (chance(g, 50)) t.name = g(fc.stringMatching, /^[a-zA-Z0-9_.-]{3,30}$/);
  if (chance(g, 30)) t.billing = pick(g, ["onDemand", "provisioned"] as const);
  if (chance(g, 30)) t.tableClass = pick(g, ["standard", "standardInfrequentAccess"] as const);
  if (chance(g, 30)) t.stream = pick(g, ["none", "keysOnly", "newImage", "oldImage", "newAndOldImages"] as const);
  if (chance(g, 30)) t.pointInTimeRecovery = g(fc.boolean);
  const numbers = entities.flatMap((e) => e.attributes.filter((a) => a.type === "number").map((a) => a.name));
  if (numbers.length && chance(g, 40)) t.ttlAttribute = pick(g, numbers);
  if (chance(g, 40)) {
    const regions = subset(g, REGIONS, 2, 3);
    t.replicas = regions;
    if (chance(g, 50)) t.multiRegionConsistency = pick(g, ["eventual", "strong"] as const);
    if (t.multiRegionConsistency === "strong" && regions.length === 2 && chance(g, 70)) {
      t.witness = pick(g, REGIONS.filter((r) => !regions.includes(r)));
    }
  }
  return t;
}

function buildSamples(g: G, entities: Entity[], extras: boolean): Sample[] {
  const samples: Sample[] = [];
  for (const e of entities) {
    const n = int(g, 0, 2);
    for (let i = 0; i < n; i++) {
      const entries = e.attributes
        .filter((a) => e.key.includes(a.name) || chance(g, 70))
        .map((a) => [a.name, sampleValue(g, a.type, a.values, e.key.includes(a.name))] as const);
      if (extras && !e.attributes.some((a) => a.name === "x-imported")) (entries as Array<readonly [string, unknown]>).push(["x-imported", true]);
      samples.push({ entity: e.name, item: Object.fromEntries(entries) as Sample["item"] });
    }
  }
  return samples;
}

function buildDesign(g: G, entities: Entity[], extras: boolean): PinnedDesign {
  const withIndex = chance(g, 60);
  const design: PinnedDesign = {
    table: { partitionKey: { name: "PK", type: "S" }, sortKey: { name: "SK", type: "S" } },
    entities: entities.map((e) => {
      const [first = "", ...rest] = e.key;
      const keys: PinnedDesign["entities"][number]["keys"] = [{
        index: null,
        partitionKey: `${e.name.toUpperCase()}#{${first}}`,
        sortKey: rest.length ? rest.map((k) => `{${k}}`).join("#") : `${e.name.toUpperCase()}#{{meta}}`,
      }];
      if (withIndex && chance(g, 60)) {
        const a = pick(g, e.attributes);
        keys.push({ index: "GSI1", partitionKey: `${e.name}#{${a.name}}`, sortKey: `{${first}}` });
      }
      return { entity: e.name, keys };
    }),
  };
  if (withIndex) {
    design.indexes = [{
      name: "GSI1", type: "global", partitionKey: { name: "GSI1PK", type: "S" }, sortKey: { name: "GSI1SK", type: "S" },
      projection: pick(g, [0, 1, 2]) === 0 ? "ALL" : chance(g, 50) ? "KEYS_ONLY" : { include: ["x"] },
    }];
  }
  if (extras && chance(g, 30)) Object.assign(design, { "x-engine": "v1" });
  return design;
}
