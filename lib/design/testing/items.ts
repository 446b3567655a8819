/**
 * Adversarial entity items and bindings for property tests: small value pools full of
 * delimiters (`#`, `$`), bytes below them (space, U+0000), prefixes of each other (`a`,
 * `ab`, `a#`), characters above U+FFFF, negative and decimal numbers, datetimes 1 ms apart.
 * Small pools make ties and shared prefixes likely, which is where key designs break.
 */
import type { AttributeType, Entity, Model } from "../../model";
import type { Binding, ModelItem } from "../types";
import { ENUM } from "./arb";

export const STRINGS = ["a", "a#", "a$", "a b", "ab", "b", "a\u0000", "é", "😀", "#", "$", "~", "a~", "\uFFFF", "{x}", "A", "a#b", "a$c"];
export const NUMBERS = [-10, -1.5, -1, -0.5, 0, 0.001, 1, 1.5, 2, 10, 100, 12345.678, -12345.678, 1e21];
export const DATETIMES = ["2026-01-01T00:00:00.000Z", "2026-01-01T00:00:00.001Z", "2026-01-02T00:00:00.000Z", "2025-12-31T23:59:59.999Z", "2026-06-01T12:00:00.000Z"];
export const BINARIES = [[0], [0, 1], [1], [255], [0x23], [0x24], [0x23, 0x24]].map((b) => new Uint8Array(b));

/** A small deterministic PRNG (mulberry32), so a test's seed gives the same data. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;

export function valueOf(r: () => number, type: AttributeType, name: string, values?: string[]): unknown {
  switch (type) {
    case "string": return values && values.length > 0 ? pick(r, values) : name === "s" ? pick(r, ENUM) : pick(r, STRINGS);
    case "number": return pick(r, NUMBERS);
    case "datetime": return pick(r, DATETIMES);
    case "binary": return pick(r, BINARIES);
    case "boolean": return r() < 0.5;
    case "list": return ["x"];
    case "map": return { x: 1 };
    case "stringSet": return ["x"];
    case "numberSet": return ["1"];
  }
}

function keyText(v: unknown): string {
  return v instanceof Uint8Array ? `b:${[...v].join(",")}` : JSON.stringify(v);
}

/** Up to `n` items of an entity with distinct keys (and distinct unique values). */
export function itemsOf(e: Entity, n: number, seed: number): ModelItem[] {
  const r = rng(seed);
  const out: ModelItem[] = [];
  const keys = new Set<string>();
  const uniques = new Map<string, Set<string>>();
  for (let i = 0; i < n * 3 && out.length < n; i++) {
    const item: ModelItem = {};
    for (const a of e.attributes) {
      if (a.optional && r() < 0.3) continue;
      // Empty strings are valid values of non-key attributes (never of key attributes).
      const empty = a.type === "string" && !a.values && !e.key.includes(a.name) && r() < 0.1;
      Object.defineProperty(item, a.name, { value: empty ? "" : valueOf(r, a.type, a.name, a.values), enumerable: true, writable: true, configurable: true });
    }
    const key = e.key.map((k) => keyText(Object.getOwnPropertyDescriptor(item, k)?.value)).join("|");
    if (keys.has(key)) continue;
    let clash = false;
    for (const a of e.attributes.filter((x) => x.unique)) {
      const v = Object.getOwnPropertyDescriptor(item, a.name)?.value;
      if (v === undefined) continue;
      const seen = uniques.get(a.name) ?? new Set<string>();
      if (seen.has(keyText(v))) clash = true;
      seen.add(keyText(v));
      uniques.set(a.name, seen);
    }
    if (clash) continue;
    keys.add(key);
    out.push(item);
  }
  return out;
}

export interface EntityItems { entity: string; item: ModelItem }

export function modelItems(model: Model, perEntity: number, seed: number): EntityItems[] {
  return model.entities.flatMap((e, i) => itemsOf(e, perEntity, seed * 31 + i).map((item) => ({ entity: e.name, item })));
}

/** A binding for a read pattern: eq values taken from an item (so results are not always empty), ranges from the pools. */
export function bindingFor(model: Model, patternIndex: number, items: EntityItems[], seed: number): Binding {
  const r = rng(seed);
  const p = model.accessPatterns[patternIndex];
  if (!p) return {};
  const names = typeof p.entity === "string" ? [p.entity] : p.entity;
  const pool = items.filter((x) => names.includes(x.entity));
  const source = pool.length > 0 && r() < 0.85 ? pick(r, pool).item : undefined;
  const e = model.entities.find((x) => x.name === names[0]);
  const binding: Binding = {};
  for (const [attr, c] of Object.entries(p.where ?? {})) {
    if (typeof c !== "string" || c === "exists" || c === "notExists") continue;
    const declared = e?.attributes.find((a) => a.name === attr);
    const type = declared?.type ?? "string";
    const fromItem = source ? Object.getOwnPropertyDescriptor(source, attr)?.value : undefined;
    let v: unknown = fromItem !== undefined && r() < 0.9 ? fromItem : valueOf(r, type, attr, declared?.values);
    if (c === "between") v = [valueOf(r, type, attr, declared?.values), valueOf(r, type, attr, declared?.values)];
    if (c === "beginsWith") {
      if (type === "binary") v = pick(r, [new Uint8Array([]), new Uint8Array([0]), new Uint8Array([0x23])]);
      else if (type === "datetime") v = pick(r, ["2026", "2026-01-01", "2025-12-31T23:59:59.999Z", ""]);
      else v = pick(r, ["", "a", "a#", "a$", "b", "😀", "A"]);
    }
    Object.defineProperty(binding, attr, { value: v, enumerable: true, writable: true, configurable: true });
  }
  return binding;
}
