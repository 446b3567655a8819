/**
 * A valid model full of hostile names, for the "every export stays well-formed" tests:
 * attribute names, enum values, pattern names, the model's name and description holding
 * quotes, backslashes, template and comment markers of every output language, HTML, YAML
 * indicators, JavaScript's own property names and Unicode that is easy to mangle (a
 * surrogate pair, a ZWJ sequence, right-to-left text, a combining mark). Entity names and
 * pattern ids are restricted by the model format (R2, ^[A-Za-z][A-Za-z0-9_-]*$), so there
 * they are JavaScript's own names instead. No control characters (attribute names forbid them).
 * Attributes that end up in key templates hold no `{` or `}`: the model format's key
 * templates (`PREFIX#{attribute}`) have no way to write a brace inside a placeholder, so a
 * pinned design could not name them (spec/model-format.md; `${` is still tested on the
 * TTL attribute and on non-key attributes).
 */
import { designModel, toPinnedDesign } from "../../design";
import { parseModel, type Model } from "../../model";

/** Every hostile attribute name, by what it attacks. */
export const HOSTILE = {
  tenant: `tenant's "id"`,
  order: "order`id` \\ */ $x",
  created: "created */ at /* // <!-- -->",
  status: "status: | > - * & ! [b] #c",
  script: "<script>alert('x')</script> & <b>",
  hcl: "%{ if true }x%{ endif } $${y}",
  backslash: "back\\slash\\\\n \\u0041",
  proto: "__proto__",
  ctor: "constructor",
  toString: "toString",
  unicode: "émoji 😀 👩‍👩‍👧 שלום \u202ertl\u202c e\u0301 a\u200db \u2028line\u2029para",
  ttl: "expires @ ${now}",
  unique: "e-mail \"unique\" '",
  yaml: "- &anchor *alias !tag ? key: value",
  version: "version",
} as const;

/** Enum values are strings too, and end up in conditions, filters and docs. */
export const HOSTILE_VALUES = ["A: b", "- c", "<b>&amp;", "'\"`${z}`", "😀"] as const;

const H = HOSTILE;

export const HOSTILE_MODEL_JSON = {
  format: "tablewright.model/1",
  name: "Hostile \"names\" `${x}` </script><script>alert(1)</script> */ # | ✓ \u2028) + 1; //\u2029x \r\u0007y",
  description: "- a list?\n# a heading?\n<!-- comment --> | pipes | and ${template} %{directive}",
  table: { name: "hostile-names", billing: "provisioned", stream: "newAndOldImages", ttlAttribute: H.ttl, pointInTimeRecovery: true },
  entities: [
    {
      name: "Object", count: 1000, key: [H.tenant],
      attributes: [
        { name: H.tenant, type: "string" },
        { name: H.unique, type: "string", unique: true },
        { name: H.script, type: "string", optional: true },
        { name: H.hcl, type: "number", optional: true },
        { name: H.unicode, type: "string" },
        { name: H.yaml, type: "boolean", optional: true },
        { name: H.ttl, type: "number", optional: true },
      ],
    },
    {
      name: "Constructor", count: 100000, key: [H.tenant, H.order],
      attributes: [
        { name: H.tenant, type: "string", ref: "Object" },
        { name: H.order, type: "string" },
        { name: H.created, type: "datetime" },
        { name: H.status, type: "string", values: [...HOSTILE_VALUES] },
        { name: H.proto, type: "string", optional: true },
        { name: H.ctor, type: "number" },
        { name: H.toString, type: "string", optional: true },
        { name: H.backslash, type: "map", optional: true },
        { name: H.unicode, type: "string" },
        { name: H.ttl, type: "number", optional: true },
        { name: H.version, type: "number" },
      ],
    },
  ],
  accessPatterns: [
    { id: "getObject", name: "Get one </script><script>alert(1)</script> \u2028 */ x", kind: "get", entity: "Object", where: { [H.tenant]: "eq" }, rps: 5 },
    { id: "constructor", name: "Orders by `created` */ newest first ${x}", kind: "query", entity: "Constructor", where: { [H.tenant]: "eq", [H.created]: "between" }, order: { by: H.created, dir: "desc" }, limit: 20, rps: 10 },
    { id: "toString", name: "Orders with status 'A: b' | \"quoted\"", kind: "query", entity: "Constructor", where: { [H.tenant]: "eq", [H.status]: { eq: "A: b" } }, rps: 3 },
    { id: "valueOf", name: "%{ if } <!-- create --> & place", kind: "put", entity: "Constructor", condition: "notExists", rps: 2 },
    { id: "hasOwnProperty", name: "Set __proto__ and toString, add to constructor", kind: "update", entity: "Constructor", where: { [H.tenant]: "eq", [H.order]: "eq" }, set: [H.proto, H.toString], add: [H.ctor], condition: "nonNegative", rps: 2 },
    { id: "delete-it", name: "Delete — with version 😀", kind: "delete", entity: "Constructor", where: { [H.tenant]: "eq", [H.order]: "eq" }, condition: "version", rps: 1 },
    { id: "create_object", name: "Create an object: `unique` e-mail", kind: "put", entity: "Object", condition: "notExists", rps: 1 },
    { id: "scanScripts", name: "Every object with a <script>", kind: "scan", entity: "Object", where: { [H.script]: "exists" }, rps: 0.01 },
  ],
};

export function hostileModel(): Model {
  const parsed = parseModel(HOSTILE_MODEL_JSON);
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.path}: ${p.message}`).join("\n"));
  return parsed.model;
}

/** Non-key attributes the pinned variant projects into GSI1 (INCLUDE): hostile names in every IaC format's index. */
export const HOSTILE_INCLUDE = [HOSTILE.script, HOSTILE.hcl, HOSTILE.yaml, HOSTILE.backslash, HOSTILE.created] as const;

/** The hostile model with its proposed design pinned and GSI1 projecting HOSTILE_INCLUDE. */
export function hostileIncludeModel(): Model {
  const base = hostileModel();
  const pinned = toPinnedDesign(designModel(base));
  const design = { ...pinned, indexes: (pinned.indexes ?? []).map((i) => (i.name === "GSI1" ? { ...i, projection: { include: [...HOSTILE_INCLUDE] } } : i)) };
  const parsed = parseModel({ ...HOSTILE_MODEL_JSON, design });
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.path}: ${p.message}`).join("\n"));
  return parsed.model;
}
