import type { Problem } from "@/lib/model";

/**
 * The checker's problems, found by the JSON path of the field that shows them. A field
 * shows its own path and everything under it (`accessPatterns[2].where` shows
 * `accessPatterns[2].where.status`), so no message is lost between fields.
 */
export class ProblemIndex {
  static readonly EMPTY = new ProblemIndex([]);
  constructor(readonly all: ReadonlyArray<Problem>) {}

  under(path: string): Problem[] {
    return this.all.filter((p) => p.severity === "error" && isUnder(p.path, path));
  }

  /** Problems exactly at `path` (a row's own problems, not its fields'). */
  at(path: string): Problem[] {
    return this.all.filter((p) => p.severity === "error" && p.path === path);
  }
}

function isUnder(path: string, prefix: string): boolean {
  if (path === prefix) return true;
  if (!path.startsWith(prefix)) return false;
  const next = path.charAt(prefix.length);
  return next === "." || next === "[";
}

/** A stable text for memo comparisons: rows re-render only when their messages change. */
export const problemsKey = (list: ReadonlyArray<Problem>) => list.map((p) => `${p.path}\u0000${p.message}`).join("\u0001");
