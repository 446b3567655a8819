/**
 * Human-looking strings and documents from faker's English locale data (`en`): names, words,
 * lorem text, addresses. Words and names are picked from faker's lists with our own Rng;
 * the few faker methods used (addresses) run on a Faker instance whose randomizer *is* our
 * Rng, so faker never draws from a generator of its own. Output therefore depends on the
 * pinned faker version's data and on nothing else (docs/sample-data.md).
 */
import { Faker, base, en } from "@faker-js/faker";
import type { Rng } from "./rng";

/** The Rng faker draws from during one call (generation is synchronous). */
let active: Rng | undefined;
let instance: Faker | undefined;

function faker(rng: Rng): Faker {
  active = rng;
  instance ??= new Faker({
    locale: [en, base],
    randomizer: {
      next: () => {
        if (!active) throw new Error("faker used outside a generator call");
        return active.next();
      },
      seed: () => undefined,
    },
  });
  return instance;
}

interface WordLists {
  noun: string[];
  adjective: string[];
  verb: string[];
  lorem: string[];
  first: string[];
  last: string[];
}
let lists: WordLists | undefined;

/** Lower-case ASCII words only ("best-seller", "CD" left out), so slugs and handles stay clean. */
function plainWords(words: readonly string[] | null | undefined, pattern = /^[a-z]{2,}$/): string[] {
  const out = (words ?? []).filter((w) => pattern.test(w));
  if (out.length === 0) throw new Error("faker's en locale is missing a word list");
  return out;
}

function wordLists(): WordLists {
  lists ??= {
    noun: plainWords(en.word?.noun),
    adjective: plainWords(en.word?.adjective),
    verb: plainWords(en.word?.verb),
    lorem: plainWords(en.lorem?.word, /^[a-z]+$/),
    first: plainWords(en.person?.first_name?.generic, /^[A-Z][a-z]+$/),
    last: plainWords(en.person?.last_name?.generic, /^[A-Z][A-Za-z']+$/),
  };
  return lists;
}

/**
 * Appends the number n so that distinct n give distinct strings: the digits are the string's
 * last maximal run of digits, because what precedes them never ends in a digit.
 */
export function withNumber(prefix: string, n: number, separator = ""): string {
  const head = prefix + separator;
  return (/[0-9]$/.test(head) ? head + "_" : head) + String(n);
}

export function word(rng: Rng): string {
  return rng.pick(wordLists().noun);
}

/** `brave-otter`. */
export function slug(rng: Rng): string {
  const w = wordLists();
  return `${rng.pick(w.adjective)}-${rng.pick(w.noun)}`;
}

export function personName(rng: Rng): string {
  const w = wordLists();
  return `${rng.pick(w.first)} ${rng.pick(w.last)}`;
}

const EMAIL_DOMAINS = ["example.com", "example.net", "example.org"];
const SEPARATORS = [".", "_", ""];

/**
 * `ann.lee@example.com`: a person's name at a reserved example domain (RFC 2606), so a
 * generated address never reaches a real mailbox. With `n` the local part ends in n (unique).
 */
export function email(rng: Rng, n?: number): string {
  const w = wordLists();
  const first = rng.pick(w.first).toLowerCase();
  const last = rng.pick(w.last).toLowerCase().replace(/[^a-z]/g, "");
  const separator = rng.pick(SEPARATORS);
  const digits = rng.chance(0.3) ? String(rng.int(1, 99)) : "";
  const local = `${first}${separator}${last}`;
  const domain = rng.pick(EMAIL_DOMAINS);
  return n === undefined ? `${local}${digits}@${domain}` : `${withNumber(local, n)}@${domain}`;
}

/** `ann_otter42`: a handle or user name. */
export function username(rng: Rng, n?: number): string {
  const w = wordLists();
  const first = rng.pick(w.first).toLowerCase();
  const second = rng.chance(0.5) ? rng.pick(w.noun) : rng.pick(w.last).toLowerCase().replace(/[^a-z]/g, "");
  const base = `${first}${rng.pick(SEPARATORS)}${second}`;
  if (n !== undefined) return withNumber(base, n);
  return rng.chance(0.4) ? `${base}${rng.int(1, 999)}` : base;
}

export function url(rng: Rng): string {
  return `https://example.com/${slug(rng)}/${word(rng)}`;
}

/** Upper bound on one generated text, keeping items far below DynamoDB's 400 KB. */
export const MAX_TEXT = 100_000;

/**
 * Lorem text of about `size` characters (0.75x to 1.25x; ASCII, so bytes = characters),
 * in sentences of 5 to 12 words. At least one word.
 */
export function text(rng: Rng, size: number): string {
  const target = Math.min(MAX_TEXT, Math.max(1, Math.round(size * (0.75 + 0.5 * rng.next()))));
  const lorem = wordLists().lorem;
  let out = "";
  let left = 0; // words left in the current sentence
  for (;;) {
    const sentenceStart = left === 0;
    if (sentenceStart) left = rng.int(5, 12);
    let next = rng.pick(lorem);
    if (sentenceStart) next = next.charAt(0).toUpperCase() + next.slice(1);
    left--;
    if (left === 0) next += ".";
    const candidate = out === "" ? next : `${out} ${next}`;
    if (candidate.length > target && out !== "") break;
    out = candidate;
    if (out.length >= target) break;
  }
  return out.endsWith(".") ? out : `${out}.`;
}

/** A short phrase of 1 to 4 lorem words. */
function phrase(rng: Rng): string {
  const lorem = wordLists().lorem;
  const count = rng.int(1, 4);
  const words: string[] = [];
  for (let i = 0; i < count; i++) words.push(rng.pick(lorem));
  return words.join(" ");
}

export type JsonLike = string | number | boolean | JsonLike[] | { [key: string]: JsonLike };

/** A postal address from faker's address formats. */
export function address(rng: Rng): { [key: string]: JsonLike } {
  const f = faker(rng);
  return {
    street: f.location.streetAddress(),
    city: f.location.city(),
    state: f.location.state({ abbreviated: true }),
    postalCode: f.location.zipCode(),
    country: "US",
  };
}

/** Latitude and longitude with six decimals. */
export function geo(rng: Rng): { [key: string]: JsonLike } {
  return { lat: rng.int(-90_000_000, 90_000_000) / 1e6, lon: rng.int(-180_000_000, 180_000_000) / 1e6 };
}

export type FieldKind = "phrase" | "int" | "bool";
export interface Field {
  name: string;
  kind: FieldKind;
}

/**
 * The fields of a map attribute: drawn once per attribute, so every item's map has the same
 * field names (as a real document attribute has a shape) with its own values. About one
 * field per 24 bytes of `size`, at least one, at most 200.
 */
export function fieldSchema(rng: Rng, size: number): Field[] {
  const count = Math.max(1, Math.min(200, Math.round(size / 24)));
  const names = new Set<string>();
  const out: Field[] = [];
  for (let tries = 0; tries < count * 20 && out.length < count; tries++) {
    const name = word(rng);
    if (names.has(name)) continue;
    names.add(name);
    const roll = rng.next();
    out.push({ name, kind: roll < 0.5 ? "phrase" : roll < 0.8 ? "int" : "bool" });
  }
  return out;
}

/** A map with the schema's fields: short lorem phrases, integers 0..10,000, booleans. */
export function fields(rng: Rng, schema: readonly Field[]): { [key: string]: JsonLike } {
  const out: { [key: string]: JsonLike } = {};
  for (const field of schema) {
    const value = field.kind === "phrase" ? phrase(rng) : field.kind === "int" ? rng.int(0, 10_000) : rng.chance(0.5);
    if (field.name === "__proto__") Object.defineProperty(out, field.name, { value, enumerable: true, writable: true, configurable: true });
    else out[field.name] = value;
  }
  return out;
}

/** A list of about `size` bytes of short phrases, or of URLs when `urls`; never empty. */
export function list(rng: Rng, size: number, urls: boolean): JsonLike[] {
  const target = Math.min(MAX_TEXT, Math.max(1, size));
  const out: JsonLike[] = [];
  let length = 2;
  while (out.length === 0 || length < target) {
    const value = urls ? url(rng) : phrase(rng);
    out.push(value);
    length += value.length + 3;
  }
  return out;
}

const ACCESS = ["read", "write", "admin"];

/**
 * Distinct strings, about size / 8 of them (at least one): `payments:read` style when
 * `scoped` (scopes, permissions), words otherwise.
 */
export function stringSet(rng: Rng, size: number, scoped: boolean): Set<string> {
  const count = Math.max(1, Math.min(100, Math.round(size / 8)));
  const out = new Set<string>();
  for (let tries = 0; tries < count * 10 && out.size < count; tries++) {
    out.add(scoped ? `${word(rng)}:${rng.pick(ACCESS)}` : word(rng));
  }
  return out;
}

/** Distinct integers in 1..1000, about size / 4 of them (at least one). */
export function numberSet(rng: Rng, size: number): Set<number> {
  const count = Math.max(1, Math.min(100, Math.round(size / 4)));
  const out = new Set<number>();
  for (let tries = 0; tries < count * 10 && out.size < count; tries++) out.add(rng.int(1, 1000));
  return out;
}
