/**
 * Tenant isolation for the IAM export (dynamodb-facts.md, Security; DynamoDB "Using IAM
 * policy conditions for fine-grained access control"): `dynamodb:LeadingKeys` limits every
 * request to partition-key values that start with the caller's tenant, taken from a
 * principal tag. It is only sound where the partition key starts with the tenant: the
 * tenant attribute must be the first placeholder, right after a literal prefix, and be
 * followed by the delimiter `#` or the end (encoded values never contain `#`, so tenant
 * `t1` cannot match `t12`).
 */
import type { Design } from "../design";
import { internalsOf } from "../design/internals";
import type { Part } from "../design/template";

/** Attribute names that say "tenant" (the partition of a multi-tenant table). */
const TENANT_NAME = /^(tenant|org|organization|organisation|account|workspace|customer)(id|_id|key)?$/i;

/** The prefix before the tenant placeholder when the template leads with it, else undefined. */
export function tenantPrefix(parts: ReadonlyArray<Part>, tenant: string): string | undefined {
  const [first, second, third] = parts;
  const lead = first?.kind === "lit" ? first.text : "";
  const placeholder = first?.kind === "lit" ? second : first;
  const after = first?.kind === "lit" ? third : second;
  if (placeholder?.kind !== "attr" || placeholder.name !== tenant) return undefined;
  if (after && (after.kind !== "lit" || !after.text.startsWith("#"))) return undefined;
  return lead;
}

/**
 * The tenant attribute: the one whose placement leads the most table partition keys
 * among attributes named like a tenant or referring to an entity named like one. Undefined
 * when none leads any partition key.
 */
export function tenantAttribute(design: Design): string | undefined {
  const { facts, layout } = internalsOf(design);
  const candidates = new Set<string>();
  for (const e of facts.list) {
    for (const a of e.attrs.values()) {
      if (TENANT_NAME.test(a.name) || (a.ref && TENANT_NAME.test(`${a.ref}Id`))) candidates.add(a.name);
    }
  }
  let best: { name: string; count: number } | undefined;
  for (const name of candidates) {
    let count = 0;
    for (const [, templates] of layout.templates) {
      const t = templates.get(null);
      if (t && tenantPrefix(t.pk, name) !== undefined) count++;
    }
    if (count > 0 && (!best || count > best.count)) best = { name, count };
  }
  return best?.name;
}

/** The LeadingKeys values that let a principal tagged with its tenant reach keys under `prefix`. */
export function leadingKeys(prefix: string, tag: string): string[] {
  const value = `${prefix}\${aws:PrincipalTag/${tag}}`;
  return [value, `${value}#*`];
}
