/**
 * One attribute value from its mode (plan.ts) and the value's own random numbers. Refs are
 * resolved by the caller's `Parents` (generate.ts), which knows the generated parent keys.
 */
import { WINDOW_START_MS, afterMs, anchorMs, isoDatetime } from "./datetime";
import { detExp } from "./detmath";
import { randomBytes, ulid, uniqueBytes, uuid } from "./ids";
import type { AttributePlan, Mode } from "./plan";
import type { Rng } from "./rng";
import {
  address, email, fields, geo, list, numberSet, personName, slug, stringSet, text, url, username, withNumber, word,
} from "./text";

export interface ItemContext {
  /** The item's position within its entity. */
  index: number;
  /** The item's main datetime in milliseconds, or NaN when the entity has none. */
  anchorMs: number;
}

export interface Parents {
  /** The key of a parent of `entity`; for a self-ref, one of the items before `index`. Undefined: none. */
  choose(entity: string, rng: Rng, selfIndex: number | undefined, optional: boolean): unknown;
}

/** A value drawn at random (not made unique). */
export function drawValue(a: AttributePlan, rng: Rng, ctx: ItemContext, parents: Parents): unknown {
  const m = a.mode;
  switch (m.kind) {
    case "ref":
      return parents.choose(m.parent, rng, m.self ? ctx.index : undefined, a.optional);
    case "enum":
      return rng.pick(m.values);
    case "uuid":
      return uuid(rng);
    case "ulid":
      return ulid(rng, foreignTime(rng, ctx));
    case "email":
      return email(rng);
    case "name":
      return personName(rng);
    case "word":
      return word(rng);
    case "slug":
      return slug(rng);
    case "username":
      return username(rng);
    case "url":
      return url(rng);
    case "text":
      return text(rng, m.size);
    case "int":
      return rng.int(m.lo, m.hi);
    case "money":
      return money(m, rng);
    case "version": {
      // Most items were never updated: 1 half the time, 2 a quarter, and so on.
      let v = m.start;
      while (v < m.hi && rng.chance(0.5)) v++;
      return v;
    }
    case "ttl":
      return rng.int(m.preferLo, m.preferHi);
    case "wide":
      return Math.min(m.hi, Math.max(m.lo, Math.round(m.lo + (m.hi - m.lo) * rng.next())));
    case "fixed":
      return m.value;
    case "boolean":
      return rng.chance(0.5);
    case "datetime":
      if (m.role === "anchor" && !Number.isNaN(ctx.anchorMs)) return isoDatetime(ctx.anchorMs);
      if (m.role === "after" && !Number.isNaN(ctx.anchorMs)) return isoDatetime(afterMs(rng, ctx.anchorMs));
      return isoDatetime(anchorMs(rng));
    case "binary":
      return randomBytes(rng, m.size);
    case "list":
      return list(rng, m.size, m.urls);
    case "map":
      return mapValue(m, rng);
    case "stringSet":
      return stringSet(rng, m.size, m.scoped);
    case "numberSet":
      return numberSet(rng, m.size);
  }
}

/**
 * A value that differs for every item: `n` is the item's index, `embedded` a 40-bit shuffle
 * of it. Only for the kinds plan.ts calls embeddable.
 */
export function drawEmbedded(a: AttributePlan, rng: Rng, ctx: ItemContext, n: number, embedded: number): unknown {
  const m = a.mode;
  const tag = n + 1;
  switch (m.kind) {
    case "uuid":
      return uuid(rng, embedded);
    case "ulid":
      return ulid(rng, ulidTime(rng, ctx), embedded);
    case "email":
      return email(rng, tag);
    case "name":
      return withNumber(personName(rng), tag, " ");
    case "word":
      return withNumber(word(rng), tag, "-");
    case "slug":
      return withNumber(slug(rng), tag, "-");
    case "username":
      return username(rng, tag);
    case "url":
      return withNumber(url(rng), tag, "-");
    case "text":
      return withNumber(text(rng, m.size), tag, " ");
    case "binary":
      return uniqueBytes(rng, m.size, embedded);
    case "list":
      return [withNumber(word(rng), tag, "-"), ...list(rng, m.size, m.urls)];
    case "map": {
      // Set last, so a generated field named "id" cannot replace it.
      return { ...mapValue(m, rng), id: withNumber(word(rng), tag, "-") };
    }
    case "stringSet": {
      const value = stringSet(rng, m.size, m.scoped);
      // Generated members are words or word:access, never word-digits: the tag is this item's alone.
      value.add(withNumber(word(rng), tag, "-"));
      return value;
    }
    case "numberSet": {
      const value = numberSet(rng, m.size);
      value.add(1_000_000 + n); // members are otherwise at most 1,000
      return value;
    }
    default:
      throw new Error(`internal: ${m.kind} values are not made unique by embedding`);
  }
}

/**
 * An item's own ULID (its key's id, or a unique one) carries the item's main datetime, so
 * ULIDs sort like it; without one, a time of their own.
 */
function ulidTime(rng: Rng, ctx: ItemContext): number {
  return Number.isNaN(ctx.anchorMs) ? anchorMs(rng) : ctx.anchorMs;
}

/** Any other ULID names something made earlier (LedgerEntry.paymentId): a time before the item's. */
function foreignTime(rng: Rng, ctx: ItemContext): number {
  if (Number.isNaN(ctx.anchorMs)) return anchorMs(rng);
  return WINDOW_START_MS + Math.floor((ctx.anchorMs - WINDOW_START_MS) * rng.next());
}

function money(m: Extract<Mode, { kind: "money" }>, rng: Rng): number {
  if (m.logLo === undefined || m.logHi === undefined) return rng.int(m.lo, m.hi) / 100;
  const amount = detExp(m.logLo + (m.logHi - m.logLo) * rng.next());
  const cents = Math.min(m.hi, Math.max(m.lo, Math.round(amount * 100)));
  return cents / 100;
}

function mapValue(m: Extract<Mode, { kind: "map" }>, rng: Rng): { [key: string]: unknown } {
  switch (m.flavor) {
    case "address":
      return address(rng);
    case "geo":
      return geo(rng);
    case "fields":
      return fields(rng, m.schema);
  }
}
