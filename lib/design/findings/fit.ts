/**
 * POOR_FIT: patterns DynamoDB serves poorly (docs/findings.md): ad-hoc filters over many
 * optional attributes, aggregations, unbounded fan-out or result sizes, frequent scans.
 * They belong in a relational database or a search index beside the table.
 */
import { patternRps } from "../../model";
import { fmt } from "../text";
import type { Finding } from "../types";
import { busiestShare } from "../load";
import type { ReadMapping } from "../reads";
import { finding, patternPath, type FindingContext } from "./context";

const byId = new WeakMap<FindingContext, Map<string, ReadMapping>>();
function readsById(ctx: FindingContext): Map<string, ReadMapping> {
  let m = byId.get(ctx);
  if (!m) {
    m = new Map(ctx.reads.map((r) => [r.req.id, r]));
    byId.set(ctx, m);
  }
  return m;
}

/** Thresholds (documented in docs/findings.md). */
export const FIT = { optionalConditions: 3, scanRps: 1, shards: 100, resultItems: 10000 } as const;
const AGGREGATE = /\b(sum of|total of|totals|average|avg|count of|number of|aggregate|aggregates|statistics|histogram)\b/i;
const ADVICE = "serve it from a relational database or a search index beside the table (fed by DynamoDB Streams)";

/**
 * A pattern's name matters to the design only here (and as its label): whether it reads
 * like an aggregation, and this message. lib/design/memo.ts relies on exactly that.
 */
export function readsLikeAggregation(name: string): boolean {
  return AGGREGATE.test(name);
}

export function aggregationMessage(id: string, name: string): string {
  return `${id} reads like an aggregation ("${name}"): DynamoDB returns items, not sums or counts, so keep a counter item updated on write (atomic counter), or ${ADVICE}.`;
}

export function fitFindings(ctx: FindingContext): Finding[] {
  const out: Finding[] = [];
  for (const p of ctx.patterns) {
    const path = patternPath(ctx.model, p.id);
    const at = { accessPattern: p.id, ...(p.entities[0] ? { entity: p.entities[0] } : {}), ...(path ? { path } : {}) };
    const pattern = p.pattern;
    if (pattern.kind !== "query" && pattern.kind !== "scan") continue;
    const optional = Object.keys(pattern.where ?? {}).filter((a) => p.entities.some((e) => ctx.facts.entities.get(e)?.attrs.get(a)?.optional));
    if (optional.length >= FIT.optionalConditions) {
      out.push(finding("POOR_FIT", "warning", `${p.id} filters on ${optional.length} optional attributes: ad-hoc filters over sparse attributes need an index per combination in DynamoDB; ${ADVICE}.`, at));
    }
    if (readsLikeAggregation(pattern.name)) {
      out.push(finding("POOR_FIT", "info", aggregationMessage(p.id, pattern.name), at));
    }
    if (pattern.kind === "scan" && patternRps(pattern) > FIT.scanRps) {
      out.push(finding("POOR_FIT", "warning", `${p.id} scans ${fmt(patternRps(pattern))} times per second: every scan reads the whole table or index. Give it a key (a query), or ${ADVICE}.`, at));
    }
    if (p.shards > FIT.shards) {
      out.push(finding("POOR_FIT", "warning", `${p.id} fans out over ${p.shards} shards per read: an unbounded fan-out. Lower the write rate on that key, or ${ADVICE}.`, at));
    }
    if (pattern.kind === "query" && p.served && pattern.limit === undefined) {
      const m = readsById(ctx).get(p.id);
      const items = expectedItems(ctx, m?.plan?.entities ?? [], m?.plan?.index ?? null, m?.plan?.sort.kind === "eq");
      if (items > FIT.resultItems) {
        out.push(finding("POOR_FIT", "warning", `${p.id} has no limit and returns about ${fmt(items)} items per call: it pages through a large collection every time. Add a limit, or ${ADVICE}.`, at));
      }
    }
  }
  return out;
}

function expectedItems(ctx: FindingContext, entities: string[], index: string | null, exact: boolean): number {
  if (exact) return 1;
  let n = 0;
  for (const name of entities) {
    const t = ctx.layout.templates.get(name)?.get(index);
    const e = ctx.facts.entities.get(name);
    if (t && e) n += e.count * busiestShare(ctx.facts, e, t).share;
  }
  return n;
}
