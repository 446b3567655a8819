/**
 * Create scenarios (model-format.md "What a write pattern promises"):
 *
 * - `duplicate-create`, for `put` patterns with `condition: notExists`: the same create
 *   delivered twice, concurrently (5 items) and in sequence (5 items). Exactly one of each
 *   pair is written, the other is told the item exists; the item and its uniqueness items
 *   are stored once.
 * - `unique-race`, for `put` patterns of an entity with `unique` attributes: 6 creates with
 *   new keys racing for one new value. Exactly one is written; the losers left nothing
 *   behind (no entity item, no uniqueness item of their other values); the value's
 *   uniqueness item names the winner.
 */
import type { AccessPatternDesign } from "@/lib/design";
import type { FreshItems } from "./fresh";
import { own, type EntityItem } from "./values";
import { checkNoUniquenessLeft, checkStored, describeKey, failures, readEntity, type ScenarioContext } from "./write-check";
import { bounded } from "./write-send";
import { MAX_IN_FLIGHT, newReport, type WriteReport } from "./write-report";

const DUPLICATE_PAIRS = 5;
const RACERS = 6;

export async function duplicateCreate(ctx: ScenarioContext, p: AccessPatternDesign, fresh: FreshItems, template: EntityItem): Promise<WriteReport> {
  const report = newReport(p.id, "duplicate-create");
  const items = Array.from({ length: 2 * DUPLICATE_PAIRS }, () => fresh.item(template));
  if (items.some((x) => !x)) return { ...report, invariantHeld: true, skipped: `no new ${template.entity} keys or unique values can be made from its attribute types` };
  const send = (x: EntityItem) => ctx.port.write(p.id, { item: x.item });
  const concurrent = (items.slice(0, DUPLICATE_PAIRS) as EntityItem[]).map((x) => async () => Promise.all([send(x), send(x)]));
  const sequential = (items.slice(DUPLICATE_PAIRS) as EntityItem[]).map((x) => async () => [await send(x), await send(x)]);
  const pairs = await bounded([...concurrent, ...sequential], MAX_IN_FLIGHT / 2);
  pairs.forEach((pair, i) => {
    const x = items[i] as EntityItem;
    const outcomes = pair.map((s) => s.outcome);
    report.attempts += 2;
    report.succeeded += outcomes.filter((o) => o === "written").length;
    report.problems.push(...failures(pair));
    const ok = i < DUPLICATE_PAIRS ? [...outcomes].sort().join() === "refused,written" : outcomes.join() === "written,refused";
    if (!ok) report.problems.push(`${i < DUPLICATE_PAIRS ? "concurrent" : "sequential"} duplicate create of ${describeKey(ctx, x)}: ${outcomes.join(" then ")} (expected one written, one refused)`);
  });
  for (const x of items as EntityItem[]) report.problems.push(...(await checkStored(ctx, x)));
  report.invariantHeld = report.problems.length === 0;
  return report;
}

export async function uniqueRace(ctx: ScenarioContext, p: AccessPatternDesign, fresh: FreshItems, template: EntityItem, attribute: string): Promise<WriteReport> {
  const report = newReport(p.id, "unique-race", attribute);
  const value = fresh.uniqueValue(template.entity, attribute, own(template.item, attribute));
  const racers = Array.from({ length: RACERS }, () => fresh.item({ entity: template.entity, item: { ...template.item, [attribute]: value } }, attribute));
  if (value === undefined || racers.some((x) => !x)) return { ...report, invariantHeld: true, skipped: `no new ${attribute} value or ${template.entity} key can be made from its attribute types` };
  const sent = await bounded((racers as EntityItem[]).map((x) => () => ctx.port.write(p.id, { item: x.item })), MAX_IN_FLIGHT);
  report.attempts = sent.length;
  report.succeeded = sent.filter((s) => s.outcome === "written").length;
  report.problems.push(...failures(sent));
  if (report.succeeded !== 1) report.problems.push(`${report.succeeded} of ${RACERS} creates sharing one ${attribute} were written (expected exactly 1)`);
  // Model terms, whatever the design: how many stored items hold the value.
  let holders = 0;
  for (const [i, x] of (racers as EntityItem[]).entries()) {
    const stored = await readEntity(ctx, x);
    if (stored) holders++;
    if (sent[i]?.outcome === "written") {
      report.problems.push(...(await checkStored(ctx, x)));
      continue;
    }
    if (stored) report.problems.push(`a refused create left its item ${describeKey(ctx, x)} behind`);
    report.problems.push(...(await checkNoUniquenessLeft(ctx, x, "a refused create")));
  }
  if (holders > 1) report.problems.push(`${holders} stored ${template.entity} items share one ${attribute}`);
  report.invariantHeld = report.problems.length === 0;
  return report;
}
