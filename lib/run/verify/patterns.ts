/**
 * Verifies one read pattern: its bindings, each run as the design maps it (runRead), each
 * result compared with the oracle; the figures of `verify --json` (bindings, passed,
 * pages, consumed read units, resultDigest) and the runs a dump records.
 */
import type { AccessPatternDesign, Design } from "@/lib/design";
import type { JsonValue } from "@/lib/model";
import { chooseBindings, encodeBinding, type BindingPurpose } from "./bindings";
import { compareResult } from "./compare";
import { digestLine, encodeEntityItem, resultDigest, type EncodedEntityItem } from "./digest";
import { runRead } from "./execute";
import { oracle } from "./oracle";
import type { Target } from "../target";
import type { EntityItem, ModelTypes } from "./values";

const ENDPOINT_SETTLE_MS = 3000;

export const NO_MULTI_PAGE = "no result needed more than one page with this data (a page is 1 MB, or `limit` items)";

export interface VerifyContext {
  target: Target;
  design: Design;
  types: ModelTypes;
  tableName: string;
  items: readonly EntityItem[];
  seed: string | number;
}

/** One binding's run, as `runs.jsonl` records it. */
export interface RunRecord {
  accessPattern: string;
  binding: { [attribute: string]: JsonValue };
  items: EncodedEntityItem[];
  pages: number;
  consumedReadUnits: number;
}

export interface BindingFailure {
  binding: { [attribute: string]: JsonValue };
  purpose: BindingPurpose;
  problems: string[];
}

export interface PatternReport {
  id: string;
  bindings: number;
  passed: number;
  operation: string | null;
  index: string | null;
  pages: number;
  consumedReadUnits: number;
  resultDigest: string;
  /** Bindings whose (correct) result was empty, and whose result needed more than one page in a shard. */
  emptyResults: number;
  multiPageResults: number;
  /** Why some case could not be exercised with this data (no empty binding, no multi-page result). */
  notes: string[];
  failures: BindingFailure[];
}

export async function verifyReadPattern(ctx: VerifyContext, p: AccessPatternDesign, onRun?: (run: RunRecord) => void): Promise<PatternReport> {
  const report: PatternReport = {
    id: p.id, bindings: 0, passed: 0, operation: p.operation, index: p.index, pages: 0, consumedReadUnits: 0,
    resultDigest: resultDigest([]), emptyResults: 0, multiPageResults: 0, notes: [], failures: [],
  };
  const pattern = p.pattern;
  if (!p.served || !p.operation) {
    report.failures.push({ binding: {}, purpose: "fixed", problems: [`not served by the design: ${p.explanation}`] });
    return report;
  }
  const chosen = chooseBindings(ctx.types, pattern, ctx.items, ctx.seed);
  const lines: string[] = [];
  for (const { binding, purpose } of chosen) {
    report.bindings++;
    const encodedBinding = encodeBinding(ctx.types, pattern, binding);
    const expected = oracle(ctx.types, pattern, ctx.items, binding);
    let got: EntityItem[] = [];
    let problems: string[];
    try {
      let run = await runRead(ctx.target, ctx.design, ctx.tableName, p.id, binding);
      // On AWS, global secondary indexes are eventually consistent: an item loaded moments
      // ago may not be there yet. A wrong result there is read once more, after a pause; a
      // design that is wrong stays wrong. Local and the simulator apply writes at once.
      if (ctx.target.kind === "endpoint" && compareResult(ctx.types, pattern, expected, run.items).length > 0) {
        await new Promise((r) => setTimeout(r, ENDPOINT_SETTLE_MS));
        run = await runRead(ctx.target, ctx.design, ctx.tableName, p.id, binding);
      }
      got = run.items;
      report.pages += run.pages;
      report.consumedReadUnits += run.consumedReadUnits;
      if (run.maxShardPages > 1) report.multiPageResults++;
      problems = compareResult(ctx.types, pattern, expected, got);
      onRun?.({ accessPattern: p.id, binding: encodedBinding, items: got.map((x) => encodeEntityItem(ctx.types, x)), pages: run.pages, consumedReadUnits: run.consumedReadUnits });
    } catch (error) {
      problems = [`the request failed: ${(error as Error).name}: ${(error as Error).message}`];
    }
    if (expected.length === 0 && problems.length === 0) report.emptyResults++;
    lines.push(digestLine(ctx.types, pattern, got));
    if (problems.length === 0) report.passed++;
    else report.failures.push({ binding: encodedBinding, purpose, problems });
  }
  report.resultDigest = resultDigest(lines);
  if (!chosen.some((b) => b.purpose === "empty") && !chosen.some((b) => b.purpose === "fixed")) {
    report.notes.push("no binding with an empty result could be made from this data");
  }
  // A GetItem has one page by nature; for Query and Scan, say when paging went untested.
  if (report.multiPageResults === 0 && p.operation !== "GetItem") report.notes.push(NO_MULTI_PAGE);
  return report;
}
