/**
 * Update scenarios (model-format.md "What a write pattern promises"), on loaded items:
 *
 * - `version-race`, for `update` patterns with `condition: version`: 6 updates read at one
 *   version, each writing other `set` values, sent at once. Exactly one is written, the
 *   others are refused by the condition (none lost silently); the stored item is the
 *   winner's, at version + 1, with its index keys and uniqueness items moved with it and
 *   the losers' unique values left free. Then one loser does what a client should: reads
 *   again and retries at the new version, and is written.
 * - `overdraw-race`, for `update` patterns with `add` and `condition: nonNegative`, per added
 *   number: one credit so the number is above 0, then 8 concurrent debits of a third of it
 *   (together more than there is). The number never ends below 0; it ends at exactly the
 *   start minus the debits written; the refused ones were refused by the condition; and
 *   exactly as many debits were written as the balance allowed (none refused wrongly). A
 *   refused debit is re-read and retried only while the balance would allow it (a
 *   compare-and-set design refuses a change made from a stale read).
 */
import type { AccessPatternDesign } from "@/lib/design";
import { decimalText } from "@/lib/simulate";
import { addDecimal, compareDecimal, parseDecimal, ZERO } from "@/lib/simulate/dynamo/decimal";
import type { FreshItems } from "./fresh";
import { own, type EntityItem } from "./values";
import { checkIndexKeys, checkNoUniquenessLeft, checkStored, describeKey, failures, readEntity, type ScenarioContext } from "./write-check";
import { newValue } from "./write-values";
import { bounded, type Sent } from "./write-send";
import { MAX_IN_FLIGHT, newReport, type WriteReport } from "./write-report";

const RACERS = 6;
const DEBITS = 8;
const CREDIT = 7;
const RETRIES = 20;

/**
 * Loaded items handed to scenarios: each once while there are enough, so scenarios do not
 * share an item; when an entity has too few, an item another update scenario used (they
 * read its current state first), never one held for a delete or a unique value.
 */
export class ItemPicker {
  private readonly used = new Set<EntityItem>();
  private readonly kept = new Set<EntityItem>();
  constructor(private readonly items: readonly EntityItem[]) {}
  /** `keep`: the scenario deletes the item or hands its unique value on: never give it out again. */
  pick(entity: string, ok: (x: EntityItem) => boolean = () => true, keep = false): EntityItem | undefined {
    const x = this.items.find((i) => i.entity === entity && !this.used.has(i) && ok(i)) ??
      (keep ? undefined : this.items.find((i) => i.entity === entity && !this.kept.has(i) && ok(i)));
    if (x) {
      this.used.add(x);
      if (keep) this.kept.add(x);
    }
    return x;
  }
}

/** The key attributes of an item (what an update or delete names). */
export function keyOf(ctx: ScenarioContext, x: EntityItem): Record<string, unknown> {
  return Object.fromEntries(ctx.types.entity(x.entity).key.map((k) => [k, own(x.item, k)]));
}

/** New values for a pattern's `set` (the version excepted when the update bumps it); undefined when a unique value cannot be made. */
export function setValues(ctx: ScenarioContext, p: AccessPatternDesign, fresh: FreshItems, current: EntityItem, tag: number): Record<string, unknown> | undefined {
  const e = ctx.types.entity(current.entity);
  const out: Record<string, unknown> = {};
  for (const name of p.pattern.set ?? []) {
    if (p.pattern.condition === "version" && name === "version") continue;
    const a = e.attributes.find((x) => x.name === name);
    if (!a) continue;
    const v = a.unique ? fresh.uniqueValue(e.name, name, own(current.item, name)) : newValue(a, own(current.item, name), tag);
    if (v === undefined) return undefined;
    out[name] = v;
  }
  return out;
}

export async function versionRace(ctx: ScenarioContext, p: AccessPatternDesign, fresh: FreshItems, picker: ItemPicker): Promise<WriteReport> {
  const report = newReport(p.id, "version-race");
  const entity = p.entities[0] ?? "";
  const picked = picker.pick(entity, (x) => typeof own(x.item, "version") === "number");
  const found = picked && (await readEntity(ctx, picked));
  if (!found) return { ...report, invariantHeld: true, skipped: `no loaded ${entity} item with a version to update` };
  const current = found.item;
  const version = own(current.item, "version") as number;
  const racers = Array.from({ length: RACERS }, (_, i) => setValues(ctx, p, fresh, current, i));
  if (racers.some((r) => !r)) return { ...report, invariantHeld: true, skipped: `no new unique value can be made for ${entity}` };
  const update = (values: Record<string, unknown>, from: EntityItem, expectedVersion: number) =>
    ctx.port.write(p.id, { item: { ...keyOf(ctx, from), ...values }, expectedVersion, previous: from.item });
  const sent = await bounded((racers as Array<Record<string, unknown>>).map((values) => () => update(values, current, version)), MAX_IN_FLIGHT);
  report.attempts = sent.length;
  report.succeeded = sent.filter((s) => s.outcome === "written").length;
  report.problems.push(...failures(sent));
  if (report.succeeded !== 1) report.problems.push(`${report.succeeded} of ${RACERS} updates read at version ${version} were written (expected exactly 1)`);
  const winner = sent.findIndex((s) => s.outcome === "written");
  const after = (i: number, base: EntityItem, v: number): EntityItem => ({ entity, item: { ...base.item, ...racers[i], version: v } });
  if (winner >= 0) {
    const expected = after(winner, current, version + 1);
    report.problems.push(...(await checkStored(ctx, expected)));
    for (const [i, s] of sent.entries()) if (s.outcome !== "written") report.problems.push(...(await uniquesLeftByLoser(ctx, p, after(i, current, version + 1))));
    report.problems.push(...(await movedUniquesFreed(ctx, p, current, expected)));
    // The lost update's remedy: a loser reads again and retries at the version it now sees.
    const loser = sent.findIndex((s) => s.outcome === "refused");
    const reread = await readEntity(ctx, current);
    if (loser >= 0 && reread) {
      const retry = await update(racers[loser] as Record<string, unknown>, reread.item, version + 1);
      report.attempts++;
      if (retry.outcome === "written") {
        report.succeeded++;
        report.problems.push(...(await checkStored(ctx, after(loser, reread.item, version + 2))));
      } else report.problems.push(`a refused update retried at the version read again was not written: ${retry.outcome} ${retry.error ?? ""}`.trim());
    }
  }
  report.invariantHeld = report.problems.length === 0;
  return report;
}

/** A refused update left no claim on its new unique values. */
async function uniquesLeftByLoser(ctx: ScenarioContext, p: AccessPatternDesign, loser: EntityItem): Promise<string[]> {
  const unique = ctx.types.entity(loser.entity).attributes.filter((a) => a.unique && (p.pattern.set ?? []).includes(a.name));
  const out: string[] = [];
  for (const a of unique) out.push(...(await checkNoUniquenessLeft(ctx, loser, "a refused update", a.name)));
  return out;
}

/** A written update that changed a unique value freed the old one. */
export async function movedUniquesFreed(ctx: ScenarioContext, p: AccessPatternDesign, before: EntityItem, after: EntityItem): Promise<string[]> {
  const out: string[] = [];
  for (const a of ctx.types.entity(before.entity).attributes.filter((a) => a.unique && (p.pattern.set ?? []).includes(a.name))) {
    if (own(before.item, a.name) !== own(after.item, a.name)) out.push(...(await checkNoUniquenessLeft(ctx, before, "a change of the value", a.name)));
  }
  return out;
}

const dec = (n: number) => parseDecimal(decimalText(n));

/** One client's change: read, write, and on a refusal read again and retry while the number would allow it. */
async function change(ctx: ScenarioContext, p: AccessPatternDesign, x: EntityItem, attribute: string, delta: number, values: Record<string, unknown>): Promise<Sent> {
  let last: Sent = { outcome: "failed", error: "not sent", attempts: 0 };
  for (let attempt = 0; attempt < RETRIES; attempt++) {
    const found = await readEntity(ctx, x);
    if (!found) return { outcome: "failed", error: `${describeKey(ctx, x)} is gone`, attempts: attempt };
    last = await ctx.port.write(p.id, { item: { ...keyOf(ctx, x), ...values }, deltas: { [attribute]: delta }, previous: found.item.item });
    if (last.outcome !== "refused") return last;
    const now = (await readEntity(ctx, x))?.item.item;
    const seen = own(found.item.item, attribute), value = now && own(now, attribute);
    // Refused although the number allows the change, and it moved since it was read: a stale read, retry.
    if (typeof value !== "number" || value === seen || value + delta < 0) return last;
  }
  return last;
}

export async function overdrawRace(ctx: ScenarioContext, p: AccessPatternDesign, fresh: FreshItems, picker: ItemPicker, attribute: string): Promise<WriteReport> {
  const report = newReport(p.id, "overdraw-race", attribute);
  const entity = p.entities[0] ?? "";
  const picked = picker.pick(entity, (x) => typeof own(x.item, attribute) === "number" && (own(x.item, attribute) as number) >= 0);
  if (!picked) return { ...report, invariantHeld: true, skipped: `no loaded ${entity} item with a ${attribute} of 0 or more` };
  const values = (i: number) => setValues(ctx, p, fresh, picked, i) ?? {};
  const credit = await change(ctx, p, picked, attribute, CREDIT, values(0));
  report.attempts++;
  if (credit.outcome !== "written") {
    report.problems.push(`a credit of ${CREDIT} to ${attribute} was not written: ${credit.outcome} ${credit.error ?? ""}`.trim());
    return report;
  }
  report.succeeded++;
  const start = (await readEntity(ctx, picked))?.item.item;
  const startValue = start && own(start, attribute);
  if (typeof startValue !== "number") {
    report.problems.push(`${describeKey(ctx, picked)} has no number ${attribute} after the credit`);
    return report;
  }
  const debit = Math.max(1, Math.ceil(startValue / 3));
  const sent = await bounded(Array.from({ length: DEBITS }, (_, i) => () => change(ctx, p, picked, attribute, -debit, values(i + 1))), MAX_IN_FLIGHT);
  const written = sent.filter((s) => s.outcome === "written").length;
  report.attempts += sent.length;
  report.succeeded += written;
  report.problems.push(...failures(sent));
  const found = await readEntity(ctx, picked);
  const end = found && own(found.item.item, attribute);
  if (typeof end !== "number") report.problems.push(`${describeKey(ctx, picked)} lost its ${attribute}`);
  else {
    let expected = dec(startValue);
    for (let i = 0; i < written; i++) expected = addDecimal(expected, dec(debit), true);
    const got = dec(end);
    if (compareDecimal(got, ZERO) < 0) report.problems.push(`${attribute} went below 0: ${decimalText(end)} after ${written} debits of ${debit} from ${decimalText(startValue)}`);
    if (compareDecimal(got, expected) !== 0) report.problems.push(`${attribute} is ${decimalText(end)}, expected ${expected.text} (${decimalText(startValue)} minus ${written} debits of ${debit}): a change was lost or applied twice`);
    const allowed = Math.floor(startValue / debit);
    if (written < allowed) report.problems.push(`only ${written} of ${DEBITS} debits of ${debit} were written, though ${decimalText(startValue)} allows ${allowed}`);
  }
  if (found) report.problems.push(...checkIndexKeys(ctx, found.stored, found.item));
  report.invariantHeld = report.problems.length === 0;
  return report;
}
