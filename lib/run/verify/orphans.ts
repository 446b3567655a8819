/**
 * After the write scenarios, a census of the whole table (a strongly consistent Scan): no
 * uniqueness item without its entity item, and no entity item without the uniqueness items
 * of its values (model-format.md: "nothing is left half-written (no uniqueness item
 * without its entity, or the reverse)"). It checks every write the scenarios made, the
 * refused and the racing ones included, and the loaded items too.
 */
import { uniquenessItems } from "@/lib/design";
import { entityItemOf, physicalAttributes } from "../items";
import type { VerifyContext } from "./patterns";
import { own } from "./values";

const SHOWN = 5;

/** The table key of a physical item as text (uniqueness items are found by it). */
function keyText(ctx: VerifyContext, item: Record<string, unknown>): string {
  const t = ctx.design.table;
  return JSON.stringify([String(own(item, t.partitionKey.name)), t.sortKey ? String(own(item, t.sortKey.name)) : null]);
}

/** Problems per entity name: orphaned uniqueness items, and entity items missing theirs. */
export async function uniquenessCensus(ctx: VerifyContext): Promise<Map<string, string[]>> {
  const t = ctx.design.table;
  const strip = physicalAttributes(ctx.design);
  const claims = new Map<string, Record<string, unknown>>();
  const entities: Array<Record<string, unknown>> = [];
  let ExclusiveStartKey: Record<string, unknown> | undefined;
  do {
    const page = await ctx.target.scan({ TableName: ctx.tableName, ConsistentRead: true, ...(ExclusiveStartKey ? { ExclusiveStartKey } : {}) });
    for (const item of page.Items ?? []) {
      if (own(item, t.typeAttribute) === "_unique") claims.set(keyText(ctx, item), item);
      else entities.push(item);
    }
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);

  const out = new Map<string, string[]>();
  const add = (entity: string, problem: string) => out.set(entity, [...(out.get(entity) ?? []), problem]);
  const held = new Set<string>();
  for (const physical of entities) {
    const x = entityItemOf(ctx.design, physical, strip);
    if (!ctx.types.entities.has(x.entity)) continue;
    for (const u of uniquenessItems(ctx.design, x.entity, x.item)) {
      const k = keyText(ctx, u);
      const claim = claims.get(k);
      if (claim && own(claim, t.ownerAttribute) === u[t.ownerAttribute]) held.add(k);
      else add(x.entity, `${x.entity} item ${String(own(u, t.ownerAttribute))} has no uniqueness item ${String(u[t.partitionKey.name])} naming it`);
    }
  }
  for (const [k, claim] of claims) {
    if (held.has(k)) continue;
    // The uniqueness key's literal start names the entity and attribute (design.uniqueness).
    const text = String(own(claim, t.partitionKey.name));
    const entity = ctx.design.uniqueness.find((u) => text.startsWith(u.key.slice(0, u.key.indexOf("{"))))?.entity ?? "(unknown)";
    add(entity, `the uniqueness item ${String(own(claim, t.partitionKey.name))} names ${String(own(claim, t.ownerAttribute))}, which does not hold that value (an orphan)`);
  }
  for (const [entity, problems] of out) if (problems.length > SHOWN) out.set(entity, [...problems.slice(0, SHOWN), `… and ${problems.length - SHOWN} more`]);
  return out;
}
