/**
 * `unique-release` (model-format.md: "a delete, or an update that changes the value, frees
 * the old value"), for each `delete` pattern of an entity with `unique` attributes, and each
 * `update` whose `set` changes one, per attribute, on a loaded item X holding value V:
 *
 * 1. another item tries to take V (a `put` of the entity with a new key, or else an update
 *    of another item that sets V): refused, V is held;
 * 2. X is deleted, or its value changed to a new one: written; X is gone (delete) or stored
 *    with the new value; no uniqueness item of X's old value is left;
 * 3. the same attempt to take V again: written, and V's uniqueness item names the new holder.
 */
import type { AccessPatternDesign } from "@/lib/design";
import type { FreshItems } from "./fresh";
import { own, type EntityItem } from "./values";
import { checkNoUniquenessLeft, checkStored, describeKey, failures, readEntity, type ScenarioContext } from "./write-check";
import { keyOf, movedUniquesFreed, setValues, type ItemPicker } from "./write-update";
import type { Sent } from "./write-send";
import { newReport, type WriteReport } from "./write-report";

/** A way to take a unique value: a create of a new item, or an update of another item. */
type Taker = { kind: "put"; pattern: AccessPatternDesign; item: EntityItem } | { kind: "update"; pattern: AccessPatternDesign; holder: EntityItem };

function versionOf(x: EntityItem): number | undefined {
  const v = own(x.item, "version");
  return typeof v === "number" ? v : undefined;
}

async function take(ctx: ScenarioContext, taker: Taker, attribute: string, value: unknown, fresh: FreshItems): Promise<{ sent: Sent; expected?: EntityItem }> {
  if (taker.kind === "put") return { sent: await ctx.port.write(taker.pattern.id, { item: taker.item.item }), expected: taker.item };
  const found = await readEntity(ctx, taker.holder);
  if (!found) return { sent: { outcome: "failed", error: `${describeKey(ctx, taker.holder)} is gone`, attempts: 0 } };
  const values = { ...setValues(ctx, taker.pattern, fresh, found.item, 1), [attribute]: value };
  const version = versionOf(found.item);
  const versioned = taker.pattern.pattern.condition === "version";
  const sent = await ctx.port.write(taker.pattern.id, { item: { ...keyOf(ctx, found.item), ...values }, previous: found.item.item, ...(versioned && version !== undefined ? { expectedVersion: version } : {}) });
  return { sent, expected: { entity: found.item.entity, item: { ...found.item.item, ...values, ...(versioned && version !== undefined ? { version: version + 1 } : {}) } } };
}

export async function uniqueRelease(ctx: ScenarioContext, p: AccessPatternDesign, attribute: string, fresh: FreshItems, picker: ItemPicker): Promise<WriteReport> {
  const report = newReport(p.id, "unique-release", attribute);
  const entity = p.entities[0] ?? "";
  const patterns = ctx.design.accessPatterns.filter((x) => x.served && x.entities[0] === entity);
  const put = patterns.find((x) => x.kind === "put");
  const setter = patterns.find((x) => x.kind === "update" && (x.pattern.set ?? []).includes(attribute));
  const holder = picker.pick(entity, (x) => own(x.item, attribute) !== undefined && (p.pattern.condition !== "version" || versionOf(x) !== undefined), true);
  if (!holder) return { ...report, invariantHeld: true, skipped: `no loaded ${entity} item holds a ${attribute}` };
  const value = own(holder.item, attribute);
  let taker: Taker | undefined;
  if (put) {
    const item = fresh.item({ entity, item: { ...holder.item } }, attribute);
    if (item) taker = { kind: "put", pattern: put, item };
  } else if (setter) {
    const other = picker.pick(entity, (x) => own(x.item, attribute) !== undefined && (setter.pattern.condition !== "version" || versionOf(x) !== undefined), true);
    if (other) taker = { kind: "update", pattern: setter, holder: other };
  }
  if (!taker) return { ...report, invariantHeld: true, skipped: `no write pattern can take a ${entity} ${attribute} again (no put of ${entity}, no update that sets ${attribute})` };
  const found = await readEntity(ctx, holder);
  if (!found) return { ...report, problems: [`${describeKey(ctx, holder)} is not stored`] };
  const before = found.item;

  // 1. The value is held: taking it is refused.
  const early = await take(ctx, taker, attribute, value, fresh);
  report.attempts++;
  if (early.sent.outcome === "written") report.succeeded++;
  report.problems.push(...failures([early.sent]));
  if (early.sent.outcome !== "refused") report.problems.push(`taking the ${attribute} ${JSON.stringify(String(value))} while ${describeKey(ctx, holder)} holds it was ${early.sent.outcome} (expected refused)`);

  // 2. Release it: delete the holder, or change its value.
  let released: Sent;
  let after: EntityItem | undefined;
  const version = versionOf(before);
  if (p.kind === "delete") {
    released = await ctx.port.write(p.id, { item: keyOf(ctx, before), previous: before.item, ...(p.pattern.condition === "version" && version !== undefined ? { expectedVersion: version } : {}) });
  } else {
    const values = setValues(ctx, p, fresh, before, 2);
    if (!values) return { ...report, invariantHeld: true, attempts: 0, succeeded: 0, problems: [], skipped: `no new ${attribute} value can be made` };
    const versioned = p.pattern.condition === "version";
    released = await ctx.port.write(p.id, { item: { ...keyOf(ctx, before), ...values }, previous: before.item, ...(versioned && version !== undefined ? { expectedVersion: version } : {}) });
    after = { entity, item: { ...before.item, ...values, ...(versioned && version !== undefined ? { version: version + 1 } : {}) } };
  }
  report.attempts++;
  report.problems.push(...failures([released]));
  if (released.outcome !== "written") report.problems.push(`the ${p.kind} of ${describeKey(ctx, holder)} was ${released.outcome} (expected written)${released.error ? `: ${released.error}` : ""}`);
  else {
    report.succeeded++;
    if (after) {
      report.problems.push(...(await checkStored(ctx, after)));
      report.problems.push(...(await movedUniquesFreed(ctx, p, before, after)));
    } else {
      if (await readEntity(ctx, before)) report.problems.push(`${describeKey(ctx, holder)} is still stored after its delete`);
      report.problems.push(...(await checkNoUniquenessLeft(ctx, before, "the delete")));
    }
  }

  // 3. The value is free: the same attempt now succeeds.
  const again = await take(ctx, taker, attribute, value, fresh);
  report.attempts++;
  report.problems.push(...failures([again.sent]));
  if (again.sent.outcome === "written") {
    report.succeeded++;
    if (again.expected) report.problems.push(...(await checkStored(ctx, again.expected)));
  } else report.problems.push(`taking the freed ${attribute} ${JSON.stringify(String(value))} again was ${again.sent.outcome} (expected written)${again.sent.error ? `: ${again.sent.error}` : ""}`);
  report.invariantHeld = report.problems.length === 0;
  return report;
}
