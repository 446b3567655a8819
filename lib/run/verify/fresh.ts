/**
 * New items for the write scenarios: a loaded item of the entity taken as a template, with
 * new key values and new `unique` values, so a create is a real create (no item has that
 * key) and is refused only for the reason the scenario tests. Key attributes that refer to
 * a parent (`ref`) keep their value, so the new item lands in a real item collection.
 */
import type { Attribute, AttributeType, Entity } from "@/lib/model";
import { identity } from "./compare";
import { canonicalJson, encodeEntityItem } from "./digest";
import { own, type EntityItem, type ModelTypes } from "./values";

/** A value of the type made different from `v` by `tag`, or undefined when the type has no room (enum, boolean). */
export function varied(attribute: Attribute, v: unknown, tag: number): unknown {
  const type: AttributeType = attribute.type;
  if (type === "string") return attribute.values ? undefined : `${String(v)}~w${tag}`;
  if (type === "number") return Math.trunc(typeof v === "number" ? v : 0) + 1_000_000_007 + tag;
  if (type === "datetime") {
    const t = Date.parse(String(v));
    return new Date((Number.isFinite(t) ? t : 0) + (tag + 1) * 1009).toISOString();
  }
  if (type === "binary") {
    const b = v instanceof Uint8Array ? v : new Uint8Array();
    const out = new Uint8Array(b.length + 2);
    out.set(b);
    out[b.length] = tag & 0xff;
    out[b.length + 1] = 0x77;
    return out;
  }
  return undefined;
}

function attributeOf(e: Entity, name: string): Attribute | undefined {
  return e.attributes.find((a) => a.name === name);
}

/**
 * The key attribute to change: the first one that is not a ref and whose type has room
 * for new values, else the last ref (a new item then points at a parent that does not
 * exist, which no write pattern checks).
 */
function changedKeyAttribute(e: Entity): Attribute | undefined {
  const key = e.key.map((k) => attributeOf(e, k)).filter((a): a is Attribute => a !== undefined);
  const roomy = key.filter((a) => varied(a, "", 0) !== undefined);
  return roomy.find((a) => !a.ref) ?? roomy[roomy.length - 1];
}

export class FreshItems {
  private readonly taken = new Set<string>();
  private tag = 0;

  /** `items` are the loaded ones: their keys and unique values are taken. */
  constructor(private readonly types: ModelTypes, items: readonly EntityItem[]) {
    for (const x of items) {
      this.taken.add(identity(types, x));
      for (const a of types.entity(x.entity).attributes.filter((a) => a.unique)) this.taken.add(this.valueKey(x.entity, a.name, own(x.item, a.name)));
    }
  }

  private valueKey(entity: string, attribute: string, v: unknown): string {
    return canonicalJson(["unique", entity, attribute, encodeEntityItem(this.types, { entity, item: { [attribute]: v } }).item[attribute] ?? null]);
  }

  /** A new unique value for the attribute, not held by any item nor handed out before. */
  uniqueValue(entity: string, attribute: string, like: unknown): unknown {
    const a = attributeOf(this.types.entity(entity), attribute);
    for (let i = 0; a && i < 100; i++) {
      const v = varied(a, like, this.tag++);
      if (v === undefined) return undefined;
      const k = this.valueKey(entity, attribute, v);
      if (!this.taken.has(k)) {
        this.taken.add(k);
        return v;
      }
    }
    return undefined;
  }

  /**
   * A copy of `template` with a new key and new unique values (except `keepUnique`, whose
   * value is kept as given), or undefined when the entity's values leave no room.
   */
  item(template: EntityItem, keepUnique?: string): EntityItem | undefined {
    const e = this.types.entity(template.entity);
    for (let i = 0; i < 100; i++) {
      const item = { ...template.item };
      const a = changedKeyAttribute(e);
      const v = a ? varied(a, own(template.item, a.name), this.tag++) : undefined;
      if (!a || v === undefined) return undefined;
      item[a.name] = v;
      const x = { entity: template.entity, item };
      const id = identity(this.types, x);
      if (this.taken.has(id)) continue;
      for (const a of e.attributes.filter((a) => a.unique && a.name !== keepUnique && own(item, a.name) !== undefined)) {
        const v = this.uniqueValue(e.name, a.name, own(item, a.name));
        if (v === undefined) return undefined;
        item[a.name] = v;
      }
      this.taken.add(id);
      return x;
    }
    return undefined;
  }
}
