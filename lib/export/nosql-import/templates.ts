/**
 * Key templates inferred from key values. Each value is split at `#`; a position where every
 * item has the same label (`ORDER`, `c`) is literal text, any other position is a value:
 * an attribute that already holds those values on every item (the `Date` of `State#Date`),
 * or a new one, named after the facet's alias or the label before it (`ORDER#…` →
 * `orderId`). Values with differing shapes make one placeholder of the whole value.
 */
import { isDatetime, keyTemplateText, type AttributeType, type KeyTemplatePart } from "../../model";
import { keyText } from "../dynamo-json";
import { AttributeNamer, isLabel, lowerCamel } from "./names";
import type { Item, KeyDef } from "./source";

/** An attribute made from key segments: its value per item (undefined where the key is absent). */
export interface Slot {
  name: string;
  type: AttributeType;
  values: Array<string | undefined>;
  /** Made by the import (its values go into samples), rather than an attribute items already have. */
  created: boolean;
}

export interface Inference {
  items: Item[];
  /** Existing attributes that can stand for key segments (their key text per item). */
  data: Map<string, Array<string | undefined>>;
  slots: Slot[];
  namer: AttributeNamer;
}

function sameValues(a: Array<string | undefined>, b: Array<string | undefined>, where: boolean[]): boolean {
  return where.every((present, i) => !present || (a[i] !== undefined && a[i] === b[i]));
}

/** The attribute holding these values, reused or new. */
function slotFor(inf: Inference, values: Array<string | undefined>, wanted: string, type: AttributeType): string {
  const where = values.map((v) => v !== undefined);
  for (const s of inf.slots) if (sameValues(s.values, values, where) && (s.type === type || (type === "string" && s.type === "datetime"))) return s.name;
  for (const [name, data] of inf.data) {
    if (sameValues(data, values, where)) {
      inf.slots.push({ name, type, values: data, created: false });
      return name;
    }
  }
  const name = inf.namer.take(wanted);
  inf.slots.push({ name, type, values, created: true });
  return name;
}

function stringType(values: Array<string | undefined>): AttributeType {
  const present = values.filter((v): v is string => v !== undefined);
  return present.length > 0 && present.every((v) => isDatetime(v)) ? "datetime" : "string";
}

/**
 * The template of key attribute `key` over the items that carry it; `force` turns the last
 * position into a value when nothing else is one (a key needs an attribute to tell items apart).
 */
export function inferTemplate(inf: Inference, key: KeyDef, alias: string | undefined, force: boolean, sortKey = false): string | undefined {
  const values = inf.items.map((i) => keyText(i.get(key.name)));
  if (values.every((v) => v === undefined)) return undefined;
  const base = lowerCamel(key.name) === key.name ? `${lowerCamel(key.name)}Value` : lowerCamel(key.name);
  if (key.type !== "S") {
    return keyTemplateText([{ attribute: slotFor(inf, values, alias && !alias.includes("#") ? alias : base, key.type === "N" ? "number" : "binary") }]);
  }
  const present = values.filter((v): v is string => v !== undefined);
  const split = present.map((v) => v.split("#"));
  const n = split[0]?.length ?? 1;
  if (!split.every((s) => s.length === n)) return keyTemplateText([{ attribute: slotFor(inf, values, base, stringType(values)) }]);
  const aliasParts = alias?.split("#");
  const parts: KeyTemplatePart[] = [];
  // A whole value without a delimiter is literal only where it is clearly a constant: the
  // same label on several items, or the table's sort key (`A`, `metadata`).
  const constant = n > 1 || present.length > 1 || sortKey;
  const literalAt = (i: number) => {
    const first = split[0]?.[i] ?? "";
    return split.every((s) => s[i] === first) && (first === "" || (isLabel(first) && constant)) ? first : undefined;
  };
  const positions: Array<string | undefined> = Array.from({ length: n }, (_, i) => literalAt(i));
  if (force && !positions.includes(undefined)) positions[n - 1] = undefined;
  positions.forEach((lit, i) => {
    if (i > 0) parts.push({ literal: "#" });
    if (lit !== undefined) {
      if (lit !== "") parts.push({ literal: lit });
      return;
    }
    const segment = values.map((v) => (v === undefined ? undefined : v.split("#")[i]));
    const fromAlias = aliasParts && aliasParts.length === n ? aliasParts[i] : undefined;
    const before = i > 0 ? positions[i - 1] : undefined;
    const wanted = fromAlias && fromAlias !== "" && !isUpperLabel(fromAlias) ? fromAlias : before ? `${lowerCamel(before)}Id` : n === 1 ? base : `${base}${i}`;
    parts.push({ attribute: slotFor(inf, segment, wanted, stringType(segment)) });
  });
  return keyTemplateText(mergeLiterals(parts));
}

function isUpperLabel(s: string): boolean {
  return isLabel(s) && s === s.toUpperCase();
}

function mergeLiterals(parts: KeyTemplatePart[]): KeyTemplatePart[] {
  const out: KeyTemplatePart[] = [];
  for (const p of parts) {
    const prev = out[out.length - 1];
    if ("literal" in p && prev && "literal" in prev) out[out.length - 1] = { literal: prev.literal + p.literal };
    else out.push(p);
  }
  return out;
}

/**
 * A template from a facet alias alone (a facet without items): our own exports write the
 * template itself (`TENANT#{tenantId}`); NoSQL Workbench aliases name the parts
 * (`ITEMS#ItemID`): upper-case labels stay literal, other parts become attributes.
 */
export function aliasTemplate(namer: AttributeNamer, alias: string, physical: ReadonlySet<string>, slots: Slot[], type: AttributeType): string {
  if (/\{[^{}]+\}/.test(alias) && !/\{\{|\}\}/.test(alias)) {
    const names = [...alias.matchAll(/\{([^{}]+)\}/g)].map((m) => m[1] ?? "");
    if (names.every((n) => n !== "" && !physical.has(n))) {
      for (const n of names) if (!slots.some((s) => s.name === n)) slots.push({ name: namer.has(n) ? n : namer.take(n), type, values: [], created: true });
      return alias;
    }
  }
  const segments = alias.split("#");
  const parts: KeyTemplatePart[] = [];
  segments.forEach((seg, i) => {
    if (i > 0) parts.push({ literal: "#" });
    if (seg === "" || (isUpperLabel(seg) && segments.length > 1)) {
      if (seg !== "") parts.push({ literal: seg });
      return;
    }
    const existing = slots.find((s) => s.name === seg);
    const name = existing?.name ?? namer.take(physical.has(seg) ? lowerCamel(seg) : seg);
    if (!existing) slots.push({ name, type, values: [], created: true });
    parts.push({ attribute: name });
  });
  if (!parts.some((p) => "attribute" in p)) {
    const name = namer.take(lowerCamel(alias));
    slots.push({ name, type, values: [], created: true });
    parts.push({ literal: "#" }, { attribute: name });
  }
  return keyTemplateText(mergeLiterals(parts));
}
