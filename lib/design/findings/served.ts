/** UNSERVED, TOO_MANY_GSIS and SCAN_NEEDED (docs/findings.md). */
import { MAX_GLOBAL_SECONDARY_INDEXES, MAX_LOCAL_SECONDARY_INDEXES } from "../../dynamo/limits";
import { listWords } from "../text";
import type { Finding } from "../types";
import { finding, patternPath, type FindingContext } from "./context";

export function servedFindings(ctx: FindingContext): Finding[] {
  const out: Finding[] = [];
  for (const p of ctx.patterns) {
    const at = { accessPattern: p.id, ...(p.entities[0] ? { entity: p.entities[0] } : {}), ...(patternPath(ctx.model, p.id) ? { path: patternPath(ctx.model, p.id) as string } : {}) };
    if (!p.served) out.push(finding("UNSERVED", "error", `${p.id} is not served. ${p.explanation.replace(/^Not served: /, "")}`, at));
    if (p.operation === "Scan") {
      out.push(finding("SCAN_NEEDED", "info", `${p.id} is a Scan${p.index ? ` of the sparse index ${p.index}` : " of the whole table"}: it reads every item there and pays for all of them. Fine for rare jobs; a frequent scan is a sign the data wants another index or another store.`, at));
    }
  }
  const globals = [...ctx.overflow].filter(([, k]) => k === "global").map(([id]) => id);
  if (globals.length > 0) {
    out.push(finding("TOO_MANY_GSIS", "error", `Serving every pattern needs more than ${MAX_GLOBAL_SECONDARY_INDEXES} global secondary indexes (DynamoDB's default quota); ${listWords(globals)} stay unserved. Let patterns share templates (same partition key, sort attributes as prefixes), drop rarely used ones, ask AWS for a higher quota, or serve them from another store.`));
  }
  const locals = [...ctx.overflow].filter(([, k]) => k === "local").map(([id]) => id);
  if (locals.length > 0) {
    out.push(finding("UNSERVED", "error", `Strongly consistent reads ${listWords(locals)} would need more than ${MAX_LOCAL_SECONDARY_INDEXES} local secondary indexes; read them eventually consistent from a GSI, or change their keys.`));
  }
  const gsiCount = ctx.layout.indexes.filter((i) => i.kind === "global").length;
  if (ctx.pinned && gsiCount > MAX_GLOBAL_SECONDARY_INDEXES) {
    out.push(finding("TOO_MANY_GSIS", "error", `The pinned design declares ${gsiCount} global secondary indexes; DynamoDB allows ${MAX_GLOBAL_SECONDARY_INDEXES} by default.`));
  }
  return out;
}
