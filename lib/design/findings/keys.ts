/**
 * KEY_COLLISION: two entities (or an entity and a uniqueness item) whose table keys can
 * render the same (PK, SK), so one item would overwrite another; a table template whose
 * placeholders are not separated by a delimiter, so two items of one entity can render the
 * same key. KEY_TOO_LARGE: a template whose rendered key can pass DynamoDB's key sizes.
 */
import { MAX_PARTITION_KEY_BYTES, MAX_SORT_KEY_BYTES } from "../../dynamo/limits";
import { mayMeet, templateTokens, tokens, withLead } from "../overlap";
import { valueBytes } from "../size";
import { delimiterIndex, textOf, type Part, type Tpl } from "../template";
import { utf8ByteLength } from "../text";
import { uniquenessParts } from "../uniqueness";
import type { Finding } from "../types";
import { entityPath, finding, type FindingContext } from "./context";
import type { EntityFacts } from "../facts";

function ambiguous(parts: ReadonlyArray<Part> | undefined): boolean {
  let sawAttr = false, delimited = true;
  for (const p of parts ?? []) {
    if (p.kind === "lit") {
      if (delimiterIndex(p.text) >= 0) delimited = true;
    } else {
      if (sawAttr && !delimited) return true;
      sawAttr = true;
      delimited = false;
    }
  }
  return false;
}

export function keyFindings(ctx: FindingContext): Finding[] {
  const out: Finding[] = [];
  const tables: Array<{ e: EntityFacts; t: Tpl }> = [];
  for (const e of ctx.facts.list) {
    const t = ctx.layout.templates.get(e.name)?.get(null);
    if (t) tables.push({ e, t });
  }
  const keys = tables.map(({ e, t }) => ({ name: e.name, ...templateTokens(e, t) }));
  for (const e of ctx.facts.list) {
    for (const a of e.uniqueAttrs) {
      const u = withLead(tokens(e, uniquenessParts(e, a)));
      keys.push({ name: `the uniqueness item of ${e.name}.${a}`, shards: 1, pk: u, sk: u });
    }
  }
  const hasSort = ctx.layout.table.sk !== undefined;
  for (let i = 0; i < keys.length; i++) {
    for (let j = i + 1; j < keys.length; j++) {
      const a = keys[i], b = keys[j];
      if (!a || !b || !mayMeet(a.pk, b.pk) || (hasSort && !mayMeet(a.sk, b.sk))) continue;
      out.push(finding("KEY_COLLISION", "error", `${a.name} and ${b.name} can render the same table key, so one item would overwrite the other. Give each entity its own typed prefix in the sort key (or partition key), ending with a delimiter.`, { entity: a.name.startsWith("the ") ? b.name : a.name }));
    }
  }
  for (const { e, t } of tables) {
    if (ambiguous(t.pk) || ambiguous(t.sk)) {
      out.push(finding("KEY_COLLISION", "error", `${e.name}'s table key ${textOf(t.pk)} / ${textOf(t.sk ?? [])} puts placeholders side by side without a delimiter, so two different items can render the same key. Separate them with '#'.`, { entity: e.name, ...(entityPath(ctx.model, e.name) ? { path: entityPath(ctx.model, e.name) as string } : {}) }));
    }
  }
  for (const e of ctx.facts.list) {
    for (const t of ctx.layout.templates.get(e.name)?.values() ?? []) {
      const pk = estimate(e, t.pk), sk = estimate(e, t.sk ?? []);
      const where = t.index === null ? "table" : t.index;
      if (pk > MAX_PARTITION_KEY_BYTES) out.push(finding("KEY_TOO_LARGE", "warning", `${e.name}'s ${where} partition key ${textOf(t.pk)} can reach about ${pk} bytes; DynamoDB allows ${MAX_PARTITION_KEY_BYTES}.`, { entity: e.name }));
      if (sk > MAX_SORT_KEY_BYTES) out.push(finding("KEY_TOO_LARGE", "warning", `${e.name}'s ${where} sort key ${textOf(t.sk ?? [])} can reach about ${sk} bytes; DynamoDB allows ${MAX_SORT_KEY_BYTES}. Keep long attributes out of sort keys.`, { entity: e.name }));
    }
  }
  return out;
}

/** Rendered bytes of a template with average values (escaping and reversal roughly double a value). */
function estimate(e: EntityFacts, parts: ReadonlyArray<Part>): number {
  let n = 0;
  for (const p of parts) {
    if (p.kind === "lit") n += utf8ByteLength(p.text);
    else {
      const a = e.attrs.get(p.name);
      n += a ? valueBytes(a) : 0;
    }
  }
  return n;
}
