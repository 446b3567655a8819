/** Building blocks of the zod schemas: a tagged single-value check, and attribute names. */
import { z } from "zod";
import type { RuleId } from "./rules";
import { attributeNameProblem } from "./values";

/** A check on one value; a zod issue of code "custom" carrying the rule in its params. */
export function check<T extends z.ZodType>(
  schema: T,
  test: (value: z.output<T>) => boolean,
  message: (value: z.output<T>) => string,
  rule?: RuleId,
): T {
  return schema.refine(test, {
    error: (issue) => message(issue.input as z.output<T>),
    ...(rule ? { params: { rule } } : {}),
  });
}

/** Any UTF-8 text of 1..255 bytes without control characters (attribute names, physical key names). */
export const attributeNameSchema = check(z.string(), (s) => attributeNameProblem(s) === undefined, (s) => attributeNameProblem(s) ?? "");
