/**
 * Runs the zod schema over the input tree and turns its issues into problems with
 * plain-word messages ("expected one of …, found …") and the rule ids of tagged checks.
 */
import type { z } from "zod";
import type { Path, PathSegment } from "./path";
import type { ProblemList } from "./problems";
import { RULES, type RuleId } from "./rules";
import { modelSchema, patternSchema } from "./schema";
import { isPlainObject } from "./safe";
import { describe, withArticle } from "./values";

type Issue = z.core.$ZodIssue;

export function checkStructure(root: unknown, problems: ProblemList): void {
  const result = modelSchema.safeParse(root);
  if (!result.success) for (const issue of result.error.issues) addIssue(issue, [], root, problems);
}

/** checkStructure's problems under one access pattern, at `segments` of `root` (reparse.ts). */
export function checkPatternStructure(root: unknown, segments: Path, problems: ProblemList): void {
  const result = patternSchema.safeParse(valueAt(root, segments));
  if (!result.success) for (const issue of result.error.issues) addIssue(issue, segments, root, problems);
}

/** The value at a path, through own properties only; undefined when absent. */
export function valueAt(root: unknown, segments: Path): unknown {
  let node: unknown = root;
  for (const segment of segments) {
    if (typeof segment === "number") node = Array.isArray(node) ? node[segment] : undefined;
    else node = isPlainObject(node) && Object.hasOwn(node, segment) ? node[segment] : undefined;
    if (node === undefined) return undefined;
  }
  return node;
}

const RULE_IDS = new Set<string>(RULES.map((r) => r.id));

function addIssue(issue: Issue, base: Path, root: unknown, problems: ProblemList): void {
  const segments: PathSegment[] = [...base];
  for (const s of issue.path) if (typeof s === "string" || typeof s === "number") segments.push(s);
  const value = valueAt(root, segments);
  const last = segments[segments.length - 1];
  const missing = value === undefined && typeof last === "string" ? `required field ${JSON.stringify(last)} is missing` : undefined;
  switch (issue.code) {
    case "custom": {
      const rule: unknown = issue.params?.["rule"];
      problems.error(segments, issue.message, typeof rule === "string" && RULE_IDS.has(rule) ? (rule as RuleId) : undefined);
      return;
    }
    case "invalid_type":
      problems.error(segments, missing ?? `expected ${withArticle(issue.expected)}, found ${describe(value)}`);
      return;
    case "invalid_value": {
      const options = issue.values.map((v) => (typeof v === "string" ? v : String(v)));
      const expected = options.length === 1 ? JSON.stringify(issue.values[0]) : `one of ${options.join(", ")}`;
      problems.error(segments, missing ?? `expected ${expected}, found ${describe(value)}`);
      return;
    }
    case "invalid_union": {
      // When exactly one alternative fits the value's outer shape, its inner issues say
      // more than "expected a or b" (e.g. `entity[1]: expected a string, found 3`).
      const fitting = issue.errors.filter((option) => !option.some(isOuterMismatch));
      const only = fitting.length === 1 ? fitting[0] : undefined;
      if (only) {
        for (const inner of only) addIssue(inner, segments, root, problems);
        return;
      }
      problems.error(segments, missing ?? `${issue.message}, found ${describe(value)}`);
      return;
    }
    default:
      problems.error(segments, missing ?? issue.message);
  }
}

function isOuterMismatch(issue: Issue): boolean {
  return issue.path.length === 0 && (issue.code === "invalid_type" || issue.code === "invalid_value" || issue.code === "invalid_union");
}
