/**
 * The generation plan of a model: for each attribute, how its values are made (its mode),
 * its random stream, and the finite domain it draws from when it has one; for each entity,
 * its key, the attribute that keeps its keys distinct, its main datetime, and the order in
 * which entities are generated.
 */
import type { Attribute, Entity, Model } from "../model";
import { WINDOW_MS, WINDOW_START_MS, TTL_MAX_S, TTL_MIN_S, isoDatetime } from "./datetime";
import { detLog } from "./detmath";
import { EMBED_LIMIT } from "./ids";
import { MAX_PERMUTATION_DOMAIN } from "./permute";
import { Rng, streamSeed, type Seed } from "./rng";
import { MAX_TEXT, fieldSchema, type Field } from "./text";

export type Mode =
  | { kind: "ref"; parent: string; self: boolean }
  | { kind: "enum"; values: readonly string[] }
  | { kind: "uuid" | "ulid" | "email" | "name" | "word" | "slug" | "username" | "url" }
  | { kind: "text"; size: number }
  | { kind: "int"; lo: number; hi: number }
  | { kind: "money"; lo: number; hi: number; logLo?: number; logHi?: number }
  | { kind: "version"; lo: number; hi: number; start: number }
  | { kind: "ttl"; lo: number; hi: number; preferLo: number; preferHi: number }
  | { kind: "wide"; lo: number; hi: number }
  | { kind: "fixed"; value: number }
  | { kind: "boolean" }
  | { kind: "datetime"; role: "anchor" | "after" | "free" }
  | { kind: "binary"; size: number }
  | { kind: "list"; size: number; urls: boolean }
  | { kind: "map"; flavor: "address" | "geo" }
  | { kind: "map"; flavor: "fields"; schema: readonly Field[] }
  | { kind: "stringSet"; size: number; scoped: boolean }
  | { kind: "numberSet"; size: number };

/** Kinds made unique by embedding a per-item number (ids.ts, text.ts), not by a domain. */
const EMBEDDABLE = new Set<Mode["kind"]>([
  "uuid", "ulid", "email", "name", "word", "slug", "username", "url", "text", "binary", "list", "map", "stringSet", "numberSet",
]);

export interface AttributePlan {
  attribute: Attribute;
  name: string;
  mode: Mode;
  /** The stream of this (entity, attribute) pair. */
  seed: Seed;
  /** The key of the shuffle used for unique values. */
  permutationSeed: Seed;
  /** A scratch generator, reseeded for every value. */
  rng: Rng;
  optional: boolean;
  unique: boolean;
  /** Position in the entity's key, or -1. */
  keyPosition: number;
}

export interface EntityPlan {
  entity: Entity;
  name: string;
  attributes: AttributePlan[];
  key: AttributePlan[];
  /** A key attribute whose values are made distinct per item, so keys never repeat. */
  discriminator: AttributePlan | undefined;
  /** The item's main datetime (createdAt…); other datetimes come after it, ULIDs carry it. */
  anchor: AttributePlan | undefined;
  /** Another entity (or itself) refers to it: its keys are kept for choosing parents. */
  referenced: boolean;
  /** The entities of its cycle of key refs, if it is on one (they share keys and count). */
  cycle?: string[];
  /** On a cycle of key refs but not its root: its keys are the root's (keyCycles). */
  keysOf?: string;
}

export interface ModelPlan {
  entities: Map<string, EntityPlan>;
  /** Parents before children (refs), cycles broken in model order. */
  order: string[];
  /** Referenced entities, in the order their keys are made (key refs first). */
  keyOrder: string[];
}

/** Probability that an optional attribute is present. */
export const PRESENT = 0.7;
/** Strings and binary in keys stay short: DynamoDB allows 2,048 bytes for a partition key, 1,024 for a sort key. */
const MAX_KEY_TEXT = 200;
/** DynamoDB numbers: magnitude below 1E+126. */
const MAX_MAGNITUDE = 9.99e125;
const MAX_EXACT = 2 ** 53;
const TTL_SPAN_S = TTL_MAX_S - TTL_MIN_S;

const ID_NAME = /(?:^id|Id|ID|_id|-id)$/;

export function buildPlan(model: Model, seed: string): ModelPlan {
  const byName = new Map(model.entities.map((e) => [e.name, e]));
  const cycles = keyCycles(model, byName);
  const broken = cycles.broken;
  const referenced = new Set<string>();
  for (const e of model.entities) {
    for (const a of e.attributes) if (a.ref !== undefined && validRef(a, e, byName, broken)) referenced.add(a.ref);
  }
  const ttl = model.table?.ttlAttribute;
  const entities = new Map<string, EntityPlan>();
  for (const e of model.entities) {
    const plan = entityPlan(e, seed, byName, broken, referenced.has(e.name), ttl);
    const group = cycles.groups.get(e.name);
    if (group) {
      plan.cycle = group.members;
      if (group.root !== e.name) plan.keysOf = group.root;
    }
    entities.set(e.name, plan);
  }
  const order = dependencyOrder(model, (e) => e.attributes.filter((a) => validRef(a, e, byName, broken) && a.ref !== e.name).map((a) => a.ref ?? ""));
  const keyOrder = dependencyOrder(model, (e) => keyRefs(e, byName, broken)).filter((name) => referenced.has(name));
  return { entities, order, keyOrder };
}

function keyRefs(e: Entity, byName: Map<string, Entity>, broken: ReadonlySet<string>): string[] {
  return e.attributes
    .filter((a) => e.key.includes(a.name) && validRef(a, e, byName, broken) && a.ref !== e.name)
    .map((a) => a.ref ?? "");
}

/** A ref the generator follows: to an existing entity with a one-attribute key, not a broken key ref. */
function validRef(a: Attribute, owner: Entity, byName: Map<string, Entity>, broken: ReadonlySet<string>): boolean {
  if (a.ref === undefined) return false;
  const parent = byName.get(a.ref);
  if (!parent || parent.key.length !== 1) return false;
  if (broken.has(`${owner.name}\u0000${a.name}`)) return false;
  // A key attribute referring to its own entity holds the item's own key: it refers to itself.
  if (a.ref === owner.name && owner.key.includes(a.name)) return false;
  return true;
}

/**
 * Cycles of key refs: A's key is a ref to B and B's key a ref to A (keys of referenced
 * entities are one attribute, so such a cycle runs through one-attribute keys only). The
 * refs can all hold only if the entities on the cycle have the same set of keys. So the
 * owner of the ref that closes the cycle (found depth-first in model order) is its root: its
 * key is generated as a plain value, and every other member copies the root's keys
 * (item i has the root's item i key), with the same item count.
 */
interface KeyCycles {
  /** "entity NUL attribute" of the roots' key refs, generated as plain values. */
  broken: Set<string>;
  /** Entity → its cycle's root and members (root first). */
  groups: Map<string, { root: string; members: string[] }>;
}

function keyCycles(model: Model, byName: Map<string, Entity>): KeyCycles {
  const broken = new Set<string>();
  const groups = new Map<string, { root: string; members: string[] }>();
  const state = new Map<string, "visiting" | "done">();
  const keyParent = (e: Entity): Entity | undefined => {
    if (e.key.length !== 1) return undefined;
    const a = e.attributes.find((x) => x.name === e.key[0]);
    const parent = a?.ref !== undefined && a.ref !== e.name ? byName.get(a.ref) : undefined;
    return parent && parent.key.length === 1 ? parent : undefined;
  };
  const visit = (e: Entity): void => {
    state.set(e.name, "visiting");
    for (const a of e.attributes) {
      if (!e.key.includes(a.name) || a.ref === undefined || a.ref === e.name) continue;
      const parent = byName.get(a.ref);
      if (!parent || parent.key.length !== 1) continue;
      const s = state.get(parent.name);
      if (s === "visiting") {
        broken.add(`${e.name}\u0000${a.name}`);
        const members = [e.name];
        for (let m: Entity | undefined = parent; m && m !== e && members.length <= model.entities.length; m = keyParent(m)) members.push(m.name);
        const group = { root: e.name, members };
        for (const m of members) groups.set(m, group);
      } else if (s === undefined) visit(parent);
    }
    state.set(e.name, "done");
  };
  for (const e of model.entities) if (!state.has(e.name)) visit(e);
  return { broken, groups };
}

/** Depth-first topological order, parents first; a ref that closes a cycle is ignored. */
function dependencyOrder(model: Model, parentsOf: (e: Entity) => string[]): string[] {
  const byName = new Map(model.entities.map((e) => [e.name, e]));
  const out: string[] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (e: Entity): void => {
    state.set(e.name, "visiting");
    for (const p of parentsOf(e)) {
      const parent = byName.get(p);
      if (parent && !state.has(p)) visit(parent);
    }
    state.set(e.name, "done");
    out.push(e.name);
  };
  for (const e of model.entities) if (!state.has(e.name)) visit(e);
  return out;
}

function entityPlan(
  e: Entity, seed: string, byName: Map<string, Entity>, broken: ReadonlySet<string>, referenced: boolean, ttl: string | undefined,
): EntityPlan {
  const anchorAttribute = chooseAnchor(e);
  const attributes = e.attributes.map((a): AttributePlan => {
    const keyPosition = e.key.indexOf(a.name);
    const inKey = keyPosition >= 0;
    const mode = modeOf(a, e, seed, byName, broken, inKey, ttl, anchorAttribute);
    const stream = streamSeed(seed, e.name, a.name);
    return {
      attribute: a, name: a.name, mode, seed: stream, permutationSeed: streamSeed(seed, e.name, a.name, "unique"),
      rng: new Rng(stream), optional: a.optional === true && !inKey, unique: a.unique === true && !inKey, keyPosition,
    };
  });
  const key = e.key.map((name) => attributes.find((a) => a.name === name)).filter((a): a is AttributePlan => a !== undefined);
  // The last key attribute that can carry a per-item number: usually the sort key's id.
  const discriminator = [...key].reverse().find((a) => EMBEDDABLE.has(a.mode.kind));
  const anchor = attributes.find((a) => a.attribute === anchorAttribute);
  return { entity: e, name: e.name, attributes, key, discriminator, anchor, referenced };
}

/**
 * The first non-optional datetime whose name says "created", else the first non-optional
 * datetime; never a ref (that is a parent's key, not this item's time).
 */
function chooseAnchor(e: Entity): Attribute | undefined {
  const candidates = e.attributes.filter((a) => a.type === "datetime" && a.ref === undefined && (a.optional !== true || e.key.includes(a.name)));
  return candidates.find((a) => /created/i.test(a.name)) ?? candidates[0];
}

function modeOf(
  a: Attribute, e: Entity, seed: string, byName: Map<string, Entity>, broken: ReadonlySet<string>, inKey: boolean,
  ttl: string | undefined, anchor: Attribute | undefined,
): Mode {
  if (a.ref !== undefined && validRef(a, e, byName, broken)) return { kind: "ref", parent: a.ref, self: a.ref === e.name };
  const size = a.size;
  switch (a.type) {
    case "string":
      return stringMode(a, inKey);
    case "number":
      return numberMode(a, ttl);
    case "boolean":
      return { kind: "boolean" };
    case "datetime":
      return { kind: "datetime", role: a === anchor ? "anchor" : anchor ? "after" : "free" };
    case "binary":
      return { kind: "binary", size: Math.max(1, Math.min(inKey ? MAX_KEY_TEXT : MAX_TEXT, Math.round(size ?? 16))) };
    case "list":
      return { kind: "list", size: size ?? 40, urls: /url|link|image/i.test(a.name) };
    case "map":
      if (/address/i.test(a.name)) return { kind: "map", flavor: "address" };
      if (/location|geo|coord|position/i.test(a.name)) return { kind: "map", flavor: "geo" };
      return { kind: "map", flavor: "fields", schema: fieldSchema(new Rng(streamSeed(seed, e.name, a.name, "fields")), size ?? 60) };
    case "stringSet":
      return { kind: "stringSet", size: size ?? 24, scoped: /scope|permission|grant/i.test(a.name) };
    case "numberSet":
      return { kind: "numberSet", size: size ?? 12 };
  }
}

function stringMode(a: Attribute, inKey: boolean): Mode {
  if (a.values && a.values.length > 0) return { kind: "enum", values: a.values };
  const textSize = (fallback: number) => Math.min(inKey ? MAX_KEY_TEXT : Infinity, a.size ?? fallback);
  switch (a.gen) {
    case "uuid": case "ulid": case "email": case "name": case "word":
      return { kind: a.gen };
    case "text":
      return { kind: "text", size: textSize(60) };
    default:
      break;
  }
  if (ID_NAME.test(a.name)) return { kind: "ulid" };
  if (/e-?mail/i.test(a.name)) return { kind: "email" };
  if (/(?:url|uri|link)$/i.test(a.name)) return { kind: "url" };
  if (/handle|username|login|nickname/i.test(a.name)) return { kind: "username" };
  if (a.size !== undefined && a.size > 40) return { kind: "text", size: textSize(a.size) };
  return { kind: "slug" };
}

function numberMode(a: Attribute, ttl: string | undefined): Mode {
  const min = a.min === undefined ? undefined : clampMagnitude(a.min);
  const max = a.max === undefined ? undefined : clampMagnitude(a.max);
  if (a.name === ttl) {
    const lo = Math.ceil(min ?? (max !== undefined && max < TTL_MIN_S ? max - TTL_SPAN_S : TTL_MIN_S));
    const hi = Math.floor(max ?? Math.max(TTL_MAX_S, lo + TTL_SPAN_S));
    if (lo > hi || hi - lo >= MAX_PERMUTATION_DOMAIN) return intMode(min ?? TTL_MIN_S, max ?? TTL_MAX_S);
    const preferLo = Math.max(lo, TTL_MIN_S), preferHi = Math.min(hi, TTL_MAX_S);
    return preferLo <= preferHi ? { kind: "ttl", lo, hi, preferLo, preferHi } : { kind: "ttl", lo, hi, preferLo: lo, preferHi: hi };
  }
  const lo = min ?? (max !== undefined && max < 0 ? max - 1000 : 0);
  const hi = max ?? lo + 1000;
  if (a.gen === "money") return moneyMode(lo, hi);
  const mode = intMode(lo, hi);
  if (a.name === "version" && mode.kind === "int") {
    const start = mode.lo <= 1 && 1 <= mode.hi ? 1 : mode.lo > 1 ? mode.lo : mode.hi;
    return { kind: "version", lo: mode.lo, hi: mode.hi, start };
  }
  return mode;
}

/** Into DynamoDB's number range: magnitudes below 1E+126, and nothing closer to 0 than 1E-130 but 0. */
function clampMagnitude(x: number): number {
  if (Math.abs(x) < 1e-130) return 0;
  return Math.max(-MAX_MAGNITUDE, Math.min(MAX_MAGNITUDE, x));
}

/** Integers in [lo, hi]; cents when no integer fits; the bound itself when nothing else does. */
function intMode(lo: number, hi: number): Mode {
  const L = Math.ceil(lo), H = Math.floor(hi);
  if (L > H) return moneyMode(lo, hi);
  if (Math.abs(L) > MAX_EXACT || Math.abs(H) > MAX_EXACT || H - L >= MAX_PERMUTATION_DOMAIN) return { kind: "wide", lo, hi };
  return { kind: "int", lo: L, hi: H };
}

/**
 * Amounts with two decimals, as whole cents in [lo, hi]. A wide positive range is drawn
 * log-uniformly (as many amounts between 1 and 10 as between 1,000 and 10,000), as real
 * amounts are; a narrow one uniformly.
 */
function moneyMode(lo: number, hi: number): Mode {
  let L = Math.ceil(lo * 100 - 1e-6), H = Math.floor(hi * 100 + 1e-6);
  // Beyond 2^53 cents are not exact (and L + 1 === L): draw over the range instead.
  if (Math.abs(L) > MAX_EXACT / 2 || Math.abs(H) > MAX_EXACT / 2) return { kind: "wide", lo, hi };
  while (L / 100 < lo) L++;
  while (H / 100 > hi) H--;
  if (L > H) return { kind: "fixed", value: lo };
  if (H - L >= MAX_PERMUTATION_DOMAIN) return { kind: "wide", lo, hi };
  const logBase = Math.max(lo, 1);
  if (hi / logBase >= 100) return { kind: "money", lo: L, hi: H, logLo: detLog(logBase), logHi: detLog(hi) };
  return { kind: "money", lo: L, hi: H };
}

/** A finite, enumerable set of values: for unique values (shuffled) and for exhausted keys (scanned). */
export interface Domain {
  size: number;
  at(k: number): unknown;
}

/** The domain of an attribute, or undefined when unbounded (made unique by embedding). */
export function domainOf(mode: Mode, parentKeys: (entity: string) => readonly unknown[]): Domain | undefined {
  switch (mode.kind) {
    case "ref": {
      const keys = parentKeys(mode.parent);
      return { size: keys.length, at: (k) => keys[k] };
    }
    case "enum":
      return { size: mode.values.length, at: (k) => mode.values[k] };
    case "int": case "version": case "ttl":
      return { size: mode.hi - mode.lo + 1, at: (k) => mode.lo + k };
    case "money":
      return { size: mode.hi - mode.lo + 1, at: (k) => (mode.lo + k) / 100 };
    case "wide":
      return {
        size: MAX_PERMUTATION_DOMAIN,
        at: (k) => Math.min(mode.hi, Math.max(mode.lo, mode.lo + (mode.hi - mode.lo) * (k / MAX_PERMUTATION_DOMAIN))),
      };
    case "fixed":
      return { size: 1, at: () => mode.value };
    case "boolean":
      return { size: 2, at: (k) => k === 1 };
    case "datetime":
      return { size: WINDOW_MS, at: (k) => isoDatetime(WINDOW_START_MS + k) };
    default:
      return undefined;
  }
}

/** How many values an attribute can take, given the item counts (refs: the parent's count). */
export function domainSize(mode: Mode, counts: Readonly<Record<string, number>>): number {
  if (EMBEDDABLE.has(mode.kind)) return EMBED_LIMIT;
  if (mode.kind === "ref") return counts[mode.parent] ?? 0;
  return domainOf(mode, () => [])?.size ?? Infinity;
}

/**
 * The most items an entity can have: distinct keys (a key with a discriminator is never
 * short) and distinct values of each non-optional unique attribute.
 */
export function capacity(plan: EntityPlan, counts: Readonly<Record<string, number>>): number {
  let cap = plan.discriminator ? Infinity : plan.key.reduce((product, a) => product * domainSize(a.mode, counts), 1);
  for (const a of plan.attributes) if (a.unique && !a.optional) cap = Math.min(cap, domainSize(a.mode, counts));
  for (const member of plan.cycle ?? []) if (member !== plan.name) cap = Math.min(cap, counts[member] ?? 0);
  return cap;
}

/** Entities whose item count bounds this entity's capacity: parents of its key and unique refs. */
export function capacityParents(plan: EntityPlan): string[] {
  const parents = new Set<string>();
  for (const a of plan.attributes) {
    if (a.mode.kind === "ref" && (a.keyPosition >= 0 || (a.unique && !a.optional))) parents.add(a.mode.parent);
  }
  return [...parents];
}
