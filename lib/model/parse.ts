/**
 * parseModelText / parseModel: the one way into a Model. Both never throw: every way an
 * input can be wrong comes back as problems, in document order, capped at MAX_PROBLEMS.
 * The model returned is the checked JSON tree itself (not zod's output, which would drop
 * "__proto__" keys), so unknown fields and key order survive to serializeModel.
 */
import { parseJson, type JsonParseOutput } from "./json";
import { formatPath } from "./path";
import { sortByDocumentOrder } from "./order";
import { MAX_PROBLEMS, ProblemList, summary, toPublic, type Problem, type RawProblem } from "./problems";
import { checkDesign } from "./design";
import { buildContext } from "./rules/context";
import { checkEntities } from "./rules/entities";
import { checkPatterns } from "./rules/patterns";
import { checkTable } from "./rules/table";
import { isPlainObject } from "./safe";
import { checkSamples } from "./samples";
import { checkStructure } from "./structure";
import { toJsonTree } from "./tree";
import type { Model } from "./types";
import { describe } from "./values";
import { reportUnknownFields } from "./unknown";

export type ParseResult =
  | { ok: true; model: Model; problems: Problem[] }
  | { ok: false; problems: Problem[] };

/** JSON text → model. Line and column are set on every problem. */
export function parseModelText(text: string): ParseResult {
  try {
    if (typeof text !== "string") return failure(`expected JSON text, found ${describe(text)}`);
    const json = parseJson(text);
    if (json.value === undefined) return { ok: false, problems: json.problems.map(toPublic) };
    const problems = new ProblemList();
    problems.items.push(...json.problems);
    check(json.value, problems);
    return finish(json.value, problems, json);
  } catch (e) {
    return internalError(e);
  }
}

/** An already-parsed JSON value → model. The model is a fresh copy, never the caller's objects. */
export function parseModel(value: unknown): ParseResult {
  try {
    const problems = new ProblemList();
    const tree = toJsonTree(value, problems);
    // Non-JSON values are a caller's bug, not a modelling mistake: report only those.
    if (!problems.hasErrors()) check(tree, problems);
    return finish(tree, problems, undefined);
  } catch (e) {
    return internalError(e);
  }
}

function check(root: unknown, problems: ProblemList): void {
  checkStructure(root, problems);
  reportUnknownFields(root, problems);
  if (!isPlainObject(root)) return;
  const ctx = buildContext(root, problems);
  checkEntities(ctx);
  checkPatterns(ctx);
  checkTable(ctx);
  checkSamples(ctx);
  checkDesign(ctx);
}

function finish(root: unknown, list: ProblemList, json: JsonParseOutput | undefined): ParseResult {
  const sorted = sortByDocumentOrder(root, list.items);
  // Cap before the per-problem work (positions, formatting): huge broken inputs stay fast.
  const shown = sorted.length > MAX_PROBLEMS ? sorted.slice(0, MAX_PROBLEMS - 1) : sorted;
  if (json) for (const p of shown) locate(p, json);
  const problems = shown.map(toPublic);
  if (shown.length < sorted.length) problems.push(summary(sorted.slice(shown.length)));
  if (list.hasErrors()) return { ok: false, problems };
  return { ok: true, model: root as Model, problems };
}

/** Line and column of the problem's path, or of its nearest parent that is in the text. */
function locate(p: RawProblem, json: JsonParseOutput): void {
  if (p.line !== undefined) return;
  for (let n = p.segments.length; n >= 0; n--) {
    const offset = json.offsets.get(formatPath(p.segments.slice(0, n)));
    if (offset === undefined) continue;
    const { line, column } = json.locate(offset);
    p.line = line;
    p.column = column;
    return;
  }
}

function failure(message: string): ParseResult {
  return { ok: false, problems: [{ path: "", severity: "error", message }] };
}

function internalError(e: unknown): ParseResult {
  const detail = e instanceof Error ? e.message : String(e);
  return failure(`internal error while checking the model (please report it): ${detail}`);
}
