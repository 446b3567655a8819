/**
 * JSON paths in the notation of the model format: `accessPatterns[3].where["created.at"]`.
 *
 * Identifiers are dotted, any other property name is bracketed and quoted with JSON string
 * escaping, array indexes are bracketed numbers. The root is the empty string.
 */

export type PathSegment = string | number;
export type Path = ReadonlyArray<PathSegment>;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** One segment as it appears after its parent (`.name`, `["a.b"]`, `[3]`). */
export function formatSegment(segment: PathSegment, first: boolean): string {
  if (typeof segment === "number") return `[${segment}]`;
  if (IDENTIFIER.test(segment)) return first ? segment : `.${segment}`;
  return `[${JSON.stringify(segment)}]`;
}

export function formatPath(segments: ReadonlyArray<string | number>): string {
  let out = "";
  segments.forEach((segment, i) => {
    out += formatSegment(segment, i === 0);
  });
  return out;
}
