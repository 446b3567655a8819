/**
 * `samples`: items in model terms, in the encodings of `verify --dump` (cli.md): strings,
 * booleans and datetimes as JSON; numbers as canonical decimal text in a string; binary as
 * base64; string sets sorted by UTF-8 bytes and number sets sorted numerically, without
 * duplicates; lists and maps as JSON; absent optional attributes left out.
 * Attributes the entity does not declare are allowed (imports carry extra ones).
 */
import type { Path } from "./path";
import { obj, objects, own, str, type RuleContext } from "./rules/context";
import { isPlainObject } from "./safe";
import type { AttributeType } from "./types";
import {
  compareDecimal, compareUtf8, datetimeProblem, decimalTextProblem, describe, isBase64, isDatetime,
} from "./values";

export function checkSamples(ctx: RuleContext): void {
  for (const { node, index } of objects(ctx.root, "samples")) {
    const path: Path = ["samples", index];
    const name = str(node, "entity");
    if (name === undefined) continue;
    const entity = ctx.entities.get(name);
    if (!entity) {
      ctx.problems.error([...path, "entity"], `expected the name of an entity, found ${describe(name)}, which is not an entity of this model`);
      continue;
    }
    const item = obj(node, "item");
    if (!item) continue;
    const keyNames = new Set(entity.key.map((k) => k.name));
    for (const attribute of entity.attributes.values()) {
      const at = [...path, "item", attribute.name];
      if (!Object.hasOwn(item, attribute.name)) {
        if (keyNames.has(attribute.name)) {
          ctx.problems.error([...path, "item"], `missing key attribute ${JSON.stringify(attribute.name)} of ${entity.name}`);
        } else if (own(attribute.node, "optional") !== true) {
          ctx.problems.warning([...path, "item"], `attribute ${JSON.stringify(attribute.name)} of ${entity.name} is absent, but it is not optional`);
        }
        continue;
      }
      if (attribute.type === undefined) continue;
      const value = item[attribute.name];
      const problem = sampleValueProblem(value, attribute.type, at);
      if (problem) ctx.problems.error(problem.path, problem.message);
      else checkDeclaredRange(ctx, attribute.node, value, at);
      if (!problem && keyNames.has(attribute.name) && value === "") {
        ctx.problems.error(at, "a key attribute cannot be empty");
      }
    }
  }
}

/** values and min/max are what the model expects, not encodings: outside them is a warning. */
function checkDeclaredRange(ctx: RuleContext, attribute: Record<string, unknown>, value: unknown, at: Path): void {
  const values = own(attribute, "values");
  if (Array.isArray(values) && typeof value === "string" && !values.includes(value)) {
    ctx.problems.warning(at, `${describe(value)} is not one of the attribute's values`);
  }
  const min = own(attribute, "min"), max = own(attribute, "max");
  if (typeof value === "string" && (typeof min === "number" || typeof max === "number")) {
    const n = Number(value);
    if ((typeof min === "number" && n < min) || (typeof max === "number" && n > max)) {
      ctx.problems.warning(at, `${value} is outside the attribute's range ${String(min ?? "")}..${String(max ?? "")}`);
    }
  }
}

export function sampleValueProblem(value: unknown, type: AttributeType, at: Path): { path: Path; message: string } | undefined {
  const fail = (message: string, path: Path = at) => ({ path, message });
  switch (type) {
    case "string":
      return typeof value === "string" ? undefined : fail(`expected a string, found ${describe(value)}`);
    case "number": {
      if (typeof value !== "string") return fail(`expected a number as decimal text in a string (like "12.5"), found ${describe(value)}`);
      const problem = decimalTextProblem(value);
      return problem ? fail(problem) : undefined;
    }
    case "boolean":
      return typeof value === "boolean" ? undefined : fail(`expected true or false, found ${describe(value)}`);
    case "datetime":
      if (isDatetime(value)) return undefined;
      return fail(`expected a datetime like "2026-11-27T10:00:00.000Z", found ${describe(value)}${typeof value === "string" ? `: ${datetimeProblem(value)}` : ""}`);
    case "binary":
      return isBase64(value) ? undefined : fail(`expected binary as a base64 string, found ${describe(value)}`);
    case "list":
      return Array.isArray(value) ? undefined : fail(`expected a list (JSON array), found ${describe(value)}`);
    case "map":
      return isPlainObject(value) ? undefined : fail(`expected a map (JSON object), found ${describe(value)}`);
    case "stringSet":
    case "numberSet":
      return setProblem(value, type, at);
  }
}

function setProblem(value: unknown, type: "stringSet" | "numberSet", at: Path): { path: Path; message: string } | undefined {
  const what = type === "stringSet" ? "strings" : "numbers as decimal text";
  if (!Array.isArray(value)) return { path: at, message: `expected a set as a sorted array of ${what}, found ${describe(value)}` };
  if (value.length === 0) return { path: at, message: "expected a non-empty set (DynamoDB has no empty sets), found an empty array" };
  for (let i = 0; i < value.length; i++) {
    const v: unknown = value[i];
    const p = [...at, i];
    if (type === "stringSet" && typeof v !== "string") return { path: p, message: `expected a string, found ${describe(v)}` };
    if (type === "numberSet") {
      if (typeof v !== "string") return { path: p, message: `expected a number as decimal text in a string, found ${describe(v)}` };
      const problem = decimalTextProblem(v);
      if (problem) return { path: p, message: problem };
    }
    if (i === 0) continue;
    const prev = value[i - 1] as string;
    const order = type === "stringSet" ? compareUtf8(prev, v as string) : compareDecimal(prev, v as string);
    if (order === 0) return { path: p, message: `${describe(v)} is listed twice; a set has distinct members` };
    if (order > 0) {
      const how = type === "stringSet" ? "by UTF-8 bytes" : "numerically";
      return { path: p, message: `expected set members sorted ${how}, found ${describe(v)} after ${describe(prev)}` };
    }
  }
  return undefined;
}
