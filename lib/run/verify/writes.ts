/**
 * Write scenarios (spec/cli.md, `writes` of `verify --json`; model-format.md "What a write
 * pattern promises"), run with the design's own write requests (buildWriteRequest) and
 * checked on the stored items afterwards, with strongly consistent reads:
 *
 * - `duplicate-create`, for `put` patterns with `condition: notExists`: the same create
 *   delivered twice, concurrently (5 items) and in sequence (5 items). Exactly one of each
 *   pair is written, the other is told the item exists; the item and its uniqueness items
 *   are stored once.
 * - `unique-race`, for `put` patterns of an entity with `unique` attributes: 6 creates with
 *   new keys racing for one new value. Exactly one is written; the losers left nothing
 *   behind (no entity item, no uniqueness item of their other values); the value's
 *   uniqueness item names the winner.
 *
 * `unique-release`, `version-race` and `overdraw-race` are not run yet (issue #9).
 */
import { buildWriteRequest, itemKeys, uniquenessItems, type AccessPatternDesign, type Design } from "@/lib/design";
import { canonicalJson, encodeEntityItem } from "./digest";
import { FreshItems } from "./fresh";
import { entityItemOf } from "../items";
import type { VerifyContext } from "./patterns";
import { own, type EntityItem } from "./values";
import { bounded, sendWrite, type Sent } from "./write-send";

export interface WriteReport {
  id: string;
  scenario: "duplicate-create" | "unique-race";
  /** unique-race: the attribute raced for. */
  attribute?: string;
  attempts: number;
  succeeded: number;
  invariantHeld: boolean;
  problems: string[];
  /** Why the scenario could not run (then attempts is 0). */
  skipped?: string;
}

const DUPLICATE_PAIRS = 5;
const RACERS = 6;
const MAX_IN_FLIGHT = 8;

function tableKey(design: Design, keys: Record<string, unknown>): Record<string, unknown> {
  const t = design.table;
  return { [t.partitionKey.name]: keys[t.partitionKey.name], ...(t.sortKey ? { [t.sortKey.name]: keys[t.sortKey.name] } : {}) };
}

async function read(ctx: VerifyContext, key: Record<string, unknown>): Promise<Record<string, unknown> | undefined> {
  const out = await ctx.target.get({ TableName: ctx.tableName, Key: key, ConsistentRead: true });
  return out.Item;
}

/** Problems with how an item is stored: present and equal to `x`, its uniqueness items present and naming it. */
async function checkStored(ctx: VerifyContext, x: EntityItem): Promise<string[]> {
  const stored = await read(ctx, tableKey(ctx.design, itemKeys(ctx.design, x.entity, x.item)));
  if (!stored) return [`${x.entity} ${describeKey(ctx, x)} was not stored`];
  const problems: string[] = [];
  const back = entityItemOf(ctx.design, stored);
  if (canonicalJson(encodeEntityItem(ctx.types, back).item) !== canonicalJson(encodeEntityItem(ctx.types, x).item)) problems.push(`${x.entity} ${describeKey(ctx, x)} is stored with other attributes`);
  const owner = ctx.design.table.ownerAttribute;
  for (const u of uniquenessItems(ctx.design, x.entity, x.item)) {
    const got = await read(ctx, tableKey(ctx.design, u));
    if (!got) problems.push(`the uniqueness item ${String(u[ctx.design.table.partitionKey.name])} is missing`);
    else if (own(got, owner) !== u[owner]) problems.push(`the uniqueness item ${String(u[ctx.design.table.partitionKey.name])} names another owner`);
  }
  return problems;
}

function describeKey(ctx: VerifyContext, x: EntityItem): string {
  return ctx.types.entity(x.entity).key.map((k) => `${k}=${JSON.stringify(encodeEntityItem(ctx.types, x).item[k] ?? null)}`).join(" ");
}

function failures(sent: Sent[]): string[] {
  return sent.filter((s) => s.outcome === "failed").map((s) => `a write failed for another reason than its condition: ${s.error}`);
}

async function duplicateCreate(ctx: VerifyContext, p: AccessPatternDesign, fresh: FreshItems, template: EntityItem): Promise<WriteReport> {
  const report: WriteReport = { id: p.id, scenario: "duplicate-create", attempts: 0, succeeded: 0, invariantHeld: false, problems: [] };
  const items = Array.from({ length: 2 * DUPLICATE_PAIRS }, () => fresh.item(template));
  if (items.some((x) => !x)) return { ...report, invariantHeld: true, skipped: `no new ${template.entity} keys or unique values can be made from its attribute types` };
  const send = (x: EntityItem) => sendWrite(ctx.target, ctx.tableName, buildWriteRequest(ctx.design, p.id, { item: x.item }));
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

async function uniqueRace(ctx: VerifyContext, p: AccessPatternDesign, fresh: FreshItems, template: EntityItem, attribute: string): Promise<WriteReport> {
  const report: WriteReport = { id: p.id, scenario: "unique-race", attribute, attempts: 0, succeeded: 0, invariantHeld: false, problems: [] };
  const value = fresh.uniqueValue(template.entity, attribute, own(template.item, attribute));
  const racers = Array.from({ length: RACERS }, () => fresh.item({ entity: template.entity, item: { ...template.item, [attribute]: value } }, attribute));
  if (value === undefined || racers.some((x) => !x)) return { ...report, invariantHeld: true, skipped: `no new ${attribute} value or ${template.entity} key can be made from its attribute types` };
  const sent = await bounded((racers as EntityItem[]).map((x) => () => sendWrite(ctx.target, ctx.tableName, buildWriteRequest(ctx.design, p.id, { item: x.item }))), MAX_IN_FLIGHT);
  report.attempts = sent.length;
  report.succeeded = sent.filter((s) => s.outcome === "written").length;
  report.problems.push(...failures(sent));
  if (report.succeeded !== 1) report.problems.push(`${report.succeeded} of ${RACERS} creates sharing one ${attribute} were written (expected exactly 1)`);
  for (const [i, x] of (racers as EntityItem[]).entries()) {
    if (sent[i]?.outcome === "written") {
      report.problems.push(...(await checkStored(ctx, x)));
      continue;
    }
    if (await read(ctx, tableKey(ctx.design, itemKeys(ctx.design, x.entity, x.item)))) report.problems.push(`a refused create left its item ${describeKey(ctx, x)} behind`);
    for (const u of uniquenessItems(ctx.design, x.entity, x.item)) {
      const got = await read(ctx, tableKey(ctx.design, u));
      const owner = ctx.design.table.ownerAttribute;
      if (got && own(got, owner) === u[owner]) report.problems.push(`a refused create left the uniqueness item ${String(u[ctx.design.table.partitionKey.name])} behind`);
    }
  }
  report.invariantHeld = report.problems.length === 0;
  return report;
}

export async function runWriteScenarios(ctx: VerifyContext): Promise<WriteReport[]> {
  const fresh = new FreshItems(ctx.types, ctx.items);
  const out: WriteReport[] = [];
  // What a scenario expects comes from the model's pattern; the requests come from the design.
  const promised = new Map(ctx.types.model.accessPatterns.map((p) => [p.id, p]));
  for (const p of ctx.design.accessPatterns.filter((x) => x.kind === "put" && x.served)) {
    const entity = p.entities[0] ?? "";
    const template = ctx.items.find((x) => x.entity === entity);
    if (!template) continue;
    if (promised.get(p.id)?.condition === "notExists") out.push(await duplicateCreate(ctx, p, fresh, template));
    for (const a of ctx.types.entity(entity).attributes.filter((a) => a.unique)) out.push(await uniqueRace(ctx, p, fresh, template, a.name));
  }
  return out;
}
