/**
 * A fast-check arbitrary of valid models for generator property tests: 1 to 4 entities with
 * keys of 1 to 3 attributes, attributes of every type with values, min/max, size, optional,
 * unique, gen and refs (to any entity with a one-attribute key of the same type; refs inside
 * keys only to entities declared earlier, so key refs never form a cycle). Attribute names
 * include awkward ones (`__proto__`, `created.at`, `ü`). Models the parser rejects are
 * filtered out, so every value is a parsed, valid model.
 */
import fc from "fast-check";
import { GENERATORS, KEY_ATTRIBUTE_TYPES, parseModel, type Attribute, type AttributeType, type Entity, type Model } from "../../model";

const TYPES: AttributeType[] = ["string", "number", "boolean", "datetime", "binary", "list", "map", "stringSet", "numberSet"];
const GEN_FOR: Partial<Record<AttributeType, readonly string[]>> = {
  string: ["uuid", "ulid", "email", "name", "word", "text", "enum"],
  number: ["int", "money"],
  datetime: ["datetime"],
};
const NAMES = ["id", "createdAt", "version", "expiresAt", "email", "__proto__", "created.at", "ü", "constructor", "homeAddress", "tags", "lineNo", "amount", "status"];

interface Draft {
  type: AttributeType;
  name: string;
  valuesCount: number;
  min: number | undefined;
  span: number | undefined;
  size: number | undefined;
  optional: boolean;
  unique: boolean;
  gen: number;
  ref: number;
}

const draftArb = (types: readonly AttributeType[]): fc.Arbitrary<Draft> =>
  fc.record({
    type: fc.constantFrom(...types),
    name: fc.constantFrom(...NAMES),
    valuesCount: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 5 })),
    // DynamoDB cannot store magnitudes below 1E-130 but 0: no such bounds.
    min: fc.option(fc.oneof(fc.integer({ min: -1000, max: 1000 }), fc.double({ min: -10, max: 10, noNaN: true }).filter((x) => x === 0 || Math.abs(x) > 1e-9), fc.constant(0.5)), { nil: undefined }),
    span: fc.option(fc.oneof(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 100_000 }), fc.double({ min: 0, max: 1, noNaN: true })), { nil: undefined }),
    size: fc.option(fc.integer({ min: 1, max: 400 }), { nil: undefined }),
    optional: fc.boolean(),
    unique: fc.boolean(),
    gen: fc.integer({ min: -3, max: 6 }),
    ref: fc.integer({ min: -4, max: 5 }),
  });

interface EntityDraft {
  count: number | undefined;
  key: Draft[];
  other: Draft[];
}

const entityDraftArb: fc.Arbitrary<EntityDraft> = fc.record({
  count: fc.option(fc.oneof(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 1, max: 1_000_000_000 })), { nil: undefined }),
  key: fc.array(draftArb(KEY_ATTRIBUTE_TYPES), { minLength: 1, maxLength: 3 }),
  other: fc.array(draftArb(TYPES), { minLength: 0, maxLength: 6 }),
});

function attributeOf(d: Draft, name: string, inKey: boolean): Attribute {
  const a: Attribute = { name, type: d.type };
  if (d.type === "string" && d.valuesCount > 0) a.values = Array.from({ length: d.valuesCount }, (_, i) => `V${i}`);
  if (d.type === "number") {
    if (d.min !== undefined) a.min = d.min;
    if (d.span !== undefined) a.max = (d.min ?? 0) + d.span;
  }
  if (d.size !== undefined && ["string", "binary", "list", "map", "stringSet", "numberSet"].includes(d.type)) a.size = d.size;
  if (!inKey && d.optional) a.optional = true;
  if (!inKey && d.unique) a.unique = true;
  const gens = GEN_FOR[d.type] ?? [];
  const gen = gens[d.gen];
  if (gen !== undefined && (gen !== "enum" || a.values) && (GENERATORS as readonly string[]).includes(gen)) a.gen = gen as Attribute["gen"];
  return a;
}

function buildModel(drafts: EntityDraft[], ttl: boolean): Model {
  const entities: Entity[] = drafts.map((d, index) => {
    const used = new Set<string>();
    const nameOf = (draft: Draft, position: number): string => {
      const name = used.has(draft.name) ? `${draft.name}${position}` : draft.name;
      used.add(name);
      return name;
    };
    const key = d.key.map((k, i) => attributeOf(k, nameOf(k, i), true));
    const other = d.other.map((o, i) => attributeOf(o, nameOf(o, i + 10), false));
    const entity: Entity = { name: `E${index}`, key: key.map((a) => a.name), attributes: [...key, ...other] };
    if (d.count !== undefined) entity.count = d.count;
    return entity;
  });
  // Refs: to an entity whose key is one attribute (taking that key's type); inside keys, only
  // to earlier entities. Entities are visited last to first, so a ref never changes the type
  // of a key that an earlier-made ref already copied.
  for (let index = drafts.length - 1; index >= 0; index--) {
    const d = drafts[index], entity = entities[index];
    if (!d || !entity) continue;
    [...d.key, ...d.other].forEach((draft, position) => {
      const attribute = entity.attributes[position];
      if (!attribute || draft.ref < 0) return;
      const inKey = position < d.key.length;
      const targetIndex = draft.ref % entities.length;
      const target = entities[targetIndex];
      if (!target || target.key.length !== 1 || (inKey && targetIndex >= index)) return;
      const targetKey = target.attributes.find((a) => a.name === target.key[0]);
      if (!targetKey || (target === entity && targetKey === attribute)) return;
      if (target === entity && !inKey && attribute.type !== targetKey.type) return;
      const replacement: Attribute = { name: attribute.name, type: targetKey.type, ref: target.name };
      if (attribute.optional) replacement.optional = true;
      if (attribute.unique) replacement.unique = true;
      entity.attributes[position] = replacement;
    });
  }
  const model: Model = { format: "tablewright.model/1", name: "Generated", entities, accessPatterns: [] };
  if (ttl) {
    const candidate = entities.flatMap((e) => e.attributes).find((a) => a.type === "number" && a.name === "expiresAt");
    if (candidate) model.table = { ttlAttribute: candidate.name };
  }
  return model;
}

export const validModelArb: fc.Arbitrary<Model> = fc
  .tuple(fc.array(entityDraftArb, { minLength: 1, maxLength: 4 }), fc.boolean())
  .map(([drafts, ttl]) => parseModel(buildModel(drafts, ttl)))
  .filter((r) => r.ok)
  .map((r) => {
    if (!r.ok) throw new Error("unreachable");
    return r.model;
  });
