/** GSI_KEY_UPDATE: updates that change attributes inside index keys (docs/findings.md). */
import { patternRps } from "../../model";
import { fmt, listWords } from "../text";
import type { Finding } from "../types";
import { finding, patternPath, type FindingContext } from "./context";

export function updateFindings(ctx: FindingContext): Finding[] {
  const out: Finding[] = [];
  for (const p of ctx.patterns) {
    if (p.kind !== "update" || !p.indexKeyUpdates?.length) continue;
    const path = patternPath(ctx.model, p.id);
    const at = { accessPattern: p.id, ...(p.entities[0] ? { entity: p.entities[0] } : {}), ...(path ? { path } : {}) };
    const stuck = p.indexKeyUpdates.filter((u) => u.cannotRender);
    const indexes = listWords(p.indexKeyUpdates.map((u) => u.index));
    const attrs = listWords([...new Set(p.indexKeyUpdates.flatMap((u) => u.attributes))]);
    if (stuck.length > 0) {
      out.push(finding("GSI_KEY_UPDATE", "warning", `${p.id} adds to ${listWords([...new Set(stuck.flatMap((u) => u.attributes))])}, which ${listWords(stuck.map((u) => u.index))}'s keys contain. ADD cannot re-render a composite key, so the index goes stale: follow with a SET of the keys from the returned value (ReturnValues UPDATED_NEW), or keep that attribute out of the index key.`, at));
    }
    out.push(finding("GSI_KEY_UPDATE", "info", `${p.id} changes ${attrs}, part of ${indexes}'s keys: each update moves the item between index keys, a delete and a put (2 index writes each, about ${fmt(2 * patternRps(p.pattern) * p.indexKeyUpdates.length)} index writes/s at ${fmt(patternRps(p.pattern))} rps). The update sets the re-rendered keys (the caller supplies the item's other key attributes) or removes them when the item leaves a sparse index.`, at));
  }
  return out;
}
