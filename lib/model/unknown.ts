/**
 * Unknown fields are kept (the format allows extensions) and reported as info, so a typo
 * like "optinal" does not go unnoticed. Which fields are known comes from the zod shapes,
 * so the list cannot drift from the schema.
 */
import { z } from "zod";
import type { PathSegment } from "./path";
import type { ProblemList } from "./problems";
import { modelSchema, patternSchema } from "./schema";
import { isPlainObject } from "./safe";

export function reportUnknownFields(root: unknown, problems: ProblemList): void {
  walk(modelSchema, root, [], problems);
}

/** The same report for one access pattern at `segments` (reparse.ts checks one edited pattern). */
export function reportUnknownPatternFields(pattern: unknown, segments: PathSegment[], problems: ProblemList): void {
  walk(patternSchema, pattern, segments, problems);
}

function walk(schema: z.ZodType, value: unknown, segments: PathSegment[], problems: ProblemList): void {
  if (schema instanceof z.ZodOptional) {
    walk(schema.unwrap() as z.ZodType, value, segments, problems);
  } else if (schema instanceof z.ZodObject) {
    if (!isPlainObject(value)) return;
    const shape = schema.shape as Record<string, z.ZodType>;
    for (const key of Object.keys(value)) {
      const child = [...segments, key];
      if (Object.hasOwn(shape, key)) walk(shape[key] as z.ZodType, value[key], child, problems);
      else problems.info(child, `unknown field ${JSON.stringify(key)} kept`);
    }
  } else if (schema instanceof z.ZodArray) {
    if (!Array.isArray(value)) return;
    const element = schema.element as z.ZodType;
    value.forEach((item, i) => walk(element, item, [...segments, i], problems));
  } else if (schema instanceof z.ZodUnion) {
    if (!isPlainObject(value)) return;
    const objectOption = (schema.options as z.ZodType[]).find((o) => o instanceof z.ZodObject);
    if (objectOption) walk(objectOption, value, segments, problems);
  }
}
