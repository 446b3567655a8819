/**
 * New values for the attributes an update writes (`set`), one per racer, so the stored item
 * tells which racer won. Values keep the attribute's type and, where the model gives them,
 * its enum and `min`/`max` (DynamoDB would not mind, but the item should stay one the model
 * allows). `varied` (fresh.ts) already makes new text, numbers, datetimes and bytes.
 */
import type { Attribute } from "@/lib/model";
import { varied } from "./fresh";

/** A value for `attribute` that differs from `old` where the type leaves room; `tag` makes racers differ. */
export function newValue(attribute: Attribute, old: unknown, tag: number): unknown {
  if (attribute.type === "string" && attribute.values) {
    const others = attribute.values.filter((v) => v !== old);
    return others.length ? others[tag % others.length] : attribute.values[0];
  }
  if (attribute.type === "boolean") return tag % 2 === 0 ? old !== true : old === true;
  if (attribute.type === "number" && (attribute.min !== undefined || attribute.max !== undefined)) {
    const min = Math.ceil(attribute.min ?? (attribute.max ?? 0) - 1000);
    const max = Math.floor(attribute.max ?? min + 1000);
    const span = max - min + 1;
    // A non-negative remainder (JS `%` keeps the sign of a negative old value).
    if (span > 0) return min + ((((Math.trunc(typeof old === "number" ? old : 0) + 1 + tag) % span) + span) % span);
  }
  if (attribute.type === "string") return `${typeof old === "string" ? old.slice(0, 40) : "value"}~set${tag}`;
  const v = varied(attribute, old, tag);
  if (v !== undefined) return v;
  // list, map and sets: a small value of the type.
  switch (attribute.type) {
    case "list": return [`set${tag}`];
    case "map": return { set: tag };
    case "stringSet": return new Set([`set${tag}`]);
    case "numberSet": return new Set([tag + 1]);
    default: return old;
  }
}
