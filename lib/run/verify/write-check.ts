/**
 * What every write scenario shares: how it sends a write (a WritePort), and how it looks at
 * the stored items afterwards, always with strongly consistent reads (a GetItem with
 * ConsistentRead sees every write that succeeded before it started).
 */
import { buildWriteRequest, itemKeys, uniquenessByAttribute, uniquenessItems, type Design, type WriteInput, type WriteRequest } from "@/lib/design";
import { canonicalJson, encodeEntityItem } from "./digest";
import { entityItemOf } from "../items";
import type { VerifyContext } from "./patterns";
import { own, type EntityItem } from "./values";
import { sendWrite, type Sent } from "./write-send";

/**
 * How a scenario sends one write of a pattern. verify's own port sends the design's
 * requests (buildWriteRequest); the exported TypeScript module's tests send the same
 * writes through the module's functions, so both face the same scenarios and checks.
 */
export interface WritePort {
  write(patternId: string, input: WriteInput): Promise<Sent>;
}

/** The design's requests, sent as they are, or through `transform` (a test that breaks a request on purpose). */
export function designPort(ctx: VerifyContext, transform: (request: WriteRequest) => WriteRequest = (r) => r): WritePort {
  return {
    async write(patternId, input) {
      let request: WriteRequest;
      try {
        request = buildWriteRequest(ctx.design, patternId, input);
      } catch (error) {
        // The builder refuses a compare-and-set change that would go below zero before sending it.
        if (/below zero/.test((error as Error).message)) return { outcome: "refused", error: (error as Error).message, attempts: 0 };
        throw error;
      }
      return sendWrite(ctx.target, ctx.tableName, transform(request));
    },
  };
}

export interface ScenarioContext extends VerifyContext {
  port: WritePort;
}

export function tableKey(design: Design, keys: Record<string, unknown>): Record<string, unknown> {
  const t = design.table;
  return { [t.partitionKey.name]: keys[t.partitionKey.name], ...(t.sortKey ? { [t.sortKey.name]: keys[t.sortKey.name] } : {}) };
}

export async function read(ctx: VerifyContext, key: Record<string, unknown>): Promise<Record<string, unknown> | undefined> {
  const out = await ctx.target.get({ TableName: ctx.tableName, Key: key, ConsistentRead: true });
  return out.Item;
}

/** The stored entity item with this item's key, in model terms (physical attributes stripped), or undefined. */
export async function readEntity(ctx: VerifyContext, x: EntityItem): Promise<{ stored: Record<string, unknown>; item: EntityItem } | undefined> {
  const stored = await read(ctx, tableKey(ctx.design, itemKeys(ctx.design, x.entity, x.item)));
  return stored ? { stored, item: entityItemOf(ctx.design, stored) } : undefined;
}

export function sameItem(ctx: VerifyContext, a: EntityItem, b: EntityItem): boolean {
  return canonicalJson(encodeEntityItem(ctx.types, a).item) === canonicalJson(encodeEntityItem(ctx.types, b).item);
}

/** A key attribute's value as text that tells types and bytes apart. */
function keyText(v: unknown): string {
  if (v === undefined) return "(none)";
  return v instanceof Uint8Array ? `B:${Array.from(v).join(",")}` : `${typeof v}:${String(v)}`;
}

export function describeKey(ctx: VerifyContext, x: EntityItem): string {
  return ctx.types.entity(x.entity).key.map((k) => `${k}=${JSON.stringify(encodeEntityItem(ctx.types, x).item[k] ?? null)}`).join(" ");
}

/**
 * Problems with how an item is stored: present and equal to `x` attribute for attribute,
 * its index keys those the design renders for `x` (an update that moves a GSI key must
 * move it), and its uniqueness items present and naming it.
 */
export async function checkStored(ctx: VerifyContext, x: EntityItem): Promise<string[]> {
  const found = await readEntity(ctx, x);
  if (!found) return [`${x.entity} ${describeKey(ctx, x)} was not stored`];
  const problems: string[] = [];
  if (!sameItem(ctx, found.item, x)) problems.push(`${x.entity} ${describeKey(ctx, x)} is stored with other attributes`);
  problems.push(...checkIndexKeys(ctx, found.stored, x));
  problems.push(...(await checkUniquenessHeld(ctx, x)));
  return problems;
}

/** The stored item's index keys are those the design renders for `x` (an update that changes a key attribute must move them). */
export function checkIndexKeys(ctx: VerifyContext, stored: Record<string, unknown>, x: EntityItem): string[] {
  const problems: string[] = [];
  const keys = itemKeys(ctx.design, x.entity, x.item);
  for (const i of ctx.design.table.indexes) {
    for (const name of [i.partitionKey.name, i.sortKey?.name].filter((n): n is string => n !== undefined)) {
      if (keyText(own(stored, name)) !== keyText(own(keys, name))) {
        problems.push(`${x.entity} ${describeKey(ctx, x)} has ${name} ${JSON.stringify(own(stored, name) ?? null)}, the design renders ${JSON.stringify(own(keys, name) ?? null)}`);
      }
    }
  }
  return problems;
}

/** The uniqueness items of `x`'s values exist and name `x`. */
export async function checkUniquenessHeld(ctx: VerifyContext, x: EntityItem): Promise<string[]> {
  const problems: string[] = [];
  const owner = ctx.design.table.ownerAttribute, pk = ctx.design.table.partitionKey.name;
  for (const u of uniquenessItems(ctx.design, x.entity, x.item)) {
    const got = await read(ctx, tableKey(ctx.design, u));
    if (!got) problems.push(`the uniqueness item ${String(u[pk])} is missing`);
    else if (own(got, owner) !== u[owner]) problems.push(`the uniqueness item ${String(u[pk])} names another owner`);
  }
  return problems;
}

/** No uniqueness item of `x`'s values names `x` (after a refused create, a delete, or a moved value). */
export async function checkNoUniquenessLeft(ctx: VerifyContext, x: EntityItem, why: string, only?: string): Promise<string[]> {
  const problems: string[] = [];
  const owner = ctx.design.table.ownerAttribute, pk = ctx.design.table.partitionKey.name;
  for (const [attribute, u] of uniquenessByAttribute(ctx.design, x.entity, x.item)) {
    if (only !== undefined && attribute !== only) continue;
    const got = await read(ctx, tableKey(ctx.design, u));
    if (got && own(got, owner) === u[owner]) problems.push(`${why} left the uniqueness item ${String(u[pk])} behind`);
  }
  return problems;
}

export function failures(sent: readonly Sent[]): string[] {
  return sent.filter((s) => s.outcome === "failed").map((s) => `a write failed for another reason than its condition: ${s.error}`);
}
