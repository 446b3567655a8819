/**
 * reparseModel: parseModel for an edit of a model already checked, doing only the work the
 * edit can change. Typing in one access pattern's field replaces that pattern (and the
 * arrays and root above it) and keeps every other object (lib/model/edit keeps identity),
 * so only that pattern's checks can give a different answer:
 *  - its structure (the zod shape of a pattern) and unknown fields concern it alone;
 *  - checkPatterns relates patterns to each other only through unique ids (R2): a valid
 *    base has unique ids, and an unchanged id keeps them unique;
 *  - the other rules (entities, table, samples, design) never read accessPatterns.
 * Its problems replace the base's problems under `accessPatterns[i]`, in document order.
 * Anything else (another kind of change, a base with errors, a capped problem list) is a
 * full parseModel. The result equals parseModel's (reparse.test.ts proves it).
 */
import { parseModel, type ParseResult } from "./parse";
import { formatPath, type Path } from "./path";
import { sortByDocumentOrder } from "./order";
import { MAX_PROBLEMS, ProblemList, toPublic, type Problem } from "./problems";
import { buildContext } from "./rules/context";
import { checkPattern } from "./rules/patterns";
import { isPlainObject } from "./safe";
import { checkPatternStructure } from "./structure";
import { toJsonSubtree } from "./tree";
import type { JsonValue, Model } from "./types";
import { reportUnknownPatternFields } from "./unknown";

/** A value given to parseModel and what it returned. */
export interface Checked {
  input: unknown;
  result: ParseResult;
}

export function reparseModel(next: unknown, base: Checked): ParseResult {
  try {
    return reparsePattern(next, base) ?? parseModel(next);
  } catch {
    // parseModel reports internal errors in its own words.
    return parseModel(next);
  }
}

/** The index of the one access pattern `next` replaces in `base`, when that is the only change. */
export function changedPattern(next: unknown, base: unknown): number | undefined {
  if (!isPlainObject(next) || !isPlainObject(base) || next === base) return undefined;
  const keys = Object.keys(next);
  const baseKeys = Object.keys(base);
  if (keys.length !== baseKeys.length) return undefined;
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k] as string;
    if (key !== baseKeys[k]) return undefined;
    if (key !== "accessPatterns" && next[key] !== base[key]) return undefined;
  }
  const patterns = Object.hasOwn(next, "accessPatterns") ? next["accessPatterns"] : undefined;
  const before = Object.hasOwn(base, "accessPatterns") ? base["accessPatterns"] : undefined;
  if (!Array.isArray(patterns) || !Array.isArray(before) || patterns.length !== before.length) return undefined;
  let changed: number | undefined;
  for (let i = 0; i < patterns.length; i++) {
    if (!(i in patterns)) return undefined;
    if (patterns[i] === before[i]) continue;
    if (changed !== undefined) return undefined;
    changed = i;
  }
  return changed;
}

/** The incremental path alone: undefined when the edit is not one it can check. */
export function reparsePattern(next: unknown, base: Checked): ParseResult | undefined {
  const { result } = base;
  // A valid base has no errors anywhere; an uncapped list holds every problem it has.
  if (!result.ok || result.problems.length >= MAX_PROBLEMS) return undefined;
  const i = changedPattern(next, base.input);
  if (i === undefined || !isPlainObject(next) || !isPlainObject(base.input)) return undefined;
  const patterns = next["accessPatterns"] as unknown[];
  const pattern = patterns[i];
  const before = (base.input["accessPatterns"] as unknown[])[i];
  if (!isPlainObject(pattern) || !isPlainObject(before)) return undefined;
  const id = Object.hasOwn(pattern, "id") ? pattern["id"] : undefined;
  // Only then are ids still unique (R2), the one rule relating patterns to each other.
  if (typeof id !== "string" || id !== before["id"]) return undefined;

  const path: Path = ["accessPatterns", i];
  const problems = new ProblemList();
  const copy = toJsonSubtree(pattern, [...path], [next, patterns], problems);
  if (problems.items.length > 0 || !isPlainObject(copy)) return undefined;
  const root = withPattern(result.model, next, i, copy);
  checkPatternStructure(root, path, problems);
  reportUnknownPatternFields(copy, [...path], problems);
  const ctx = buildContext(root, problems);
  checkPattern(ctx, copy, path);

  const mine = sortByDocumentOrder(root, problems.items).map(toPublic);
  const merged = splice(result.problems, root, i, mine);
  if (merged.length > MAX_PROBLEMS) return undefined;
  if (merged.some((p) => p.severity === "error")) return { ok: false, problems: merged };
  return { ok: true, model: root as unknown as Model, problems: merged };
}

/** The base's checked copy with pattern `i` replaced, in `next`'s key order (no key has moved). */
function withPattern(model: Model, next: Record<string, unknown>, i: number, copy: JsonValue): Record<string, JsonValue> {
  const old = model as unknown as Record<string, JsonValue>;
  const entries: Array<[string, JsonValue]> = [];
  for (const key of Object.keys(next)) {
    if (next[key] === undefined) continue;
    if (key === "accessPatterns") {
      const list = [...(old[key] as JsonValue[])];
      list[i] = copy;
      entries.push([key, list]);
    } else entries.push([key, old[key] as JsonValue]);
  }
  return Object.fromEntries(entries) as Record<string, JsonValue>;
}

/** The base's problems with those under pattern `i` replaced by `mine`, where document order puts them. */
function splice(problems: ReadonlyArray<Problem>, root: Record<string, JsonValue>, i: number, mine: Problem[]): Problem[] {
  const keys = Object.keys(root);
  const patternsAt = keys.indexOf("accessPatterns");
  const prefix = formatPath(["accessPatterns", i]);
  const before: Problem[] = [];
  const after: Problem[] = [];
  for (const p of problems) {
    if (isUnder(p.path, prefix)) continue;
    (placeOf(p.path, keys, patternsAt, i) < 0 ? before : after).push(p);
  }
  return [...before, ...mine, ...after];
}

function isUnder(path: string, prefix: string): boolean {
  if (!path.startsWith(prefix)) return false;
  const next = path.charAt(prefix.length);
  return next === "" || next === "." || next === "[";
}

const FIRST = /^(?:([A-Za-z_$][A-Za-z0-9_$]*)|\[("(?:[^"\\]|\\.)*")\])/;
const INDEX = /^\[(\d+)\]/;

/**
 * Where a problem at `path` sorts relative to pattern `i` (order.ts): before (< 0) or after
 * (> 0). A path's order is that of its first segment among the root's keys (an absent one
 * sorts with the root, first), then, under accessPatterns, of its index.
 */
function placeOf(path: string, keys: string[], patternsAt: number, i: number): number {
  const m = FIRST.exec(path);
  if (!m) return -1;
  const first = m[1] ?? (JSON.parse(m[2] ?? '""') as string);
  const at = keys.indexOf(first);
  if (at < 0) return -1;
  if (at !== patternsAt) return at - patternsAt;
  const index = INDEX.exec(path.slice(m[0].length));
  // `accessPatterns` itself sorts before its elements.
  return index ? Number(index[1]) - i : -1;
}
