/**
 * IAM policy, least privilege (dynamodb-facts.md, Security): only the actions the access
 * patterns use, on the table and index ARNs they touch; never a wildcard action; a deny
 * on requests that do not use TLS. With tenant isolation, every grant carries
 * `dynamodb:LeadingKeys` on the caller's tenant (a principal tag), Scan is never granted
 * (LeadingKeys does not constrain a request without a key), and a pattern whose keys do
 * not start with the tenant is left out, with the reason in the notes.
 */
import type { AccessPatternDesign, Design } from "../design";
import { internalsOf } from "../design/internals";
import type { Model } from "../model";
import { leadingKeys, tenantAttribute, tenantPrefix } from "./iam-tenant";
import type { ExportFile, ExportOptions } from "./types";

/** IAM actions of an operation (TransactWriteItems is authorized per item action). */
function actionsOf(p: AccessPatternDesign): string[] {
  switch (p.operation) {
    case "GetItem": return ["dynamodb:GetItem"];
    case "BatchGetItem": return ["dynamodb:BatchGetItem"];
    case "Query": return ["dynamodb:Query"];
    case "Scan": return ["dynamodb:Scan"];
    case "PutItem": return ["dynamodb:PutItem"];
    case "UpdateItem": return ["dynamodb:UpdateItem"];
    case "DeleteItem": return ["dynamodb:DeleteItem"];
    case "TransactWriteItems":
      return (p.transactItems ?? []).map((t) => ({ Put: "dynamodb:PutItem", Update: "dynamodb:UpdateItem", Delete: "dynamodb:DeleteItem", ConditionCheck: "dynamodb:ConditionCheckItem" })[t.action]);
    default: return [];
  }
}

export const TABLE_ARN_PREFIX = "arn:aws:dynamodb:*:*:table/";

export function tableArn(name: string, index?: string | null): string {
  return `${TABLE_ARN_PREFIX}${name}${index ? `/index/${index}` : ""}`;
}

interface Grant {
  resource: string;
  actions: Set<string>;
  /** Tenant isolation: the key prefixes (before the tenant) of the keys this grant reaches. */
  prefixes: Set<string>;
  unique: boolean;
}

export interface PolicyDocument {
  Version: "2012-10-17";
  Statement: Array<Record<string, unknown>>;
}

export const TENANT_TAG = "tenantId";

export function iamPolicy(_model: Model, design: Design, options: ExportOptions = {}): { policy: PolicyDocument; notes: string[] } {
  const notes: string[] = [];
  const tenant = options.tenantIsolation ? tenantAttribute(design) : undefined;
  if (options.tenantIsolation && !tenant) notes.push("tenant isolation was asked for, but no table partition key starts with a tenant attribute: the policy is not isolated");
  const { layout } = internalsOf(design);
  const grants = new Map<string, Grant>();
  const grant = (key: string, resource: string, actions: string[], prefix: string | undefined, unique = false) => {
    let g = grants.get(key);
    if (!g) grants.set(key, (g = { resource, actions: new Set(), prefixes: new Set(), unique }));
    for (const a of actions) g.actions.add(a);
    if (prefix !== undefined) g.prefixes.add(prefix);
  };
  for (const p of design.accessPatterns) {
    if (!p.served || !p.operation) continue;
    const actions = actionsOf(p);
    const index = p.plan?.index ?? p.scan?.index ?? (p.kind === "get" || p.kind === "query" || p.kind === "scan" ? p.index : null);
    const resource = tableArn(design.table.name, index);
    if (!tenant) {
      grant(index ?? "", resource, actions, undefined);
      continue;
    }
    if (p.operation === "Scan") {
      notes.push(`${p.id}: left out: a Scan has no partition key, so dynamodb:LeadingKeys cannot confine it to one tenant`);
      continue;
    }
    // Every entity the pattern reaches must key this index by the tenant first.
    const prefixes = p.entities.map((e) => {
      const t = layout.templates.get(e)?.get(index);
      return t ? tenantPrefix(t.pk, tenant) : undefined;
    });
    if (prefixes.some((x) => x === undefined)) {
      notes.push(`${p.id}: left out: its partition key on ${index ?? "the table"} does not start with ${tenant}, so it cannot be confined to one tenant`);
      continue;
    }
    for (const prefix of prefixes) grant(index ?? "", resource, p.operation === "TransactWriteItems" ? actionsOf({ ...p, transactItems: p.transactItems?.filter((t) => t.target === "entity") }) : actions, prefix);
    const uniqueActions = p.operation === "TransactWriteItems" ? actionsOf({ ...p, transactItems: p.transactItems?.filter((t) => t.target === "uniqueness") }) : [];
    if (uniqueActions.length) {
      grant("unique", resource, uniqueActions, undefined, true);
      notes.push(`${p.id}: its uniqueness items are keyed by the unique value, not the tenant: the policy lets a tenant claim and release values under _UNIQUE# (values are global across tenants; release is guarded by the owner condition in the code, not by IAM)`);
    }
  }
  const statements: Array<Record<string, unknown>> = [];
  const allResources = new Set<string>();
  const allActions = new Set<string>();
  for (const [key, g] of grants) {
    if (g.actions.size === 0) continue;
    allResources.add(g.resource);
    for (const a of g.actions) allActions.add(a);
    const sid = g.unique ? "UniquenessItems" : key === "" ? "Table" : `Index${key.replace(/[^A-Za-z0-9]/g, "")}`;
    const condition = tenant && !g.unique
      ? { "ForAllValues:StringLike": { "dynamodb:LeadingKeys": [...g.prefixes].sort().flatMap((prefix) => leadingKeys(prefix, TENANT_TAG)) } }
      : g.unique ? { "ForAllValues:StringLike": { "dynamodb:LeadingKeys": ["_UNIQUE#*"] } } : undefined;
    statements.push({ Sid: sid, Effect: "Allow", Action: [...g.actions].sort(), Resource: g.resource, ...(condition ? { Condition: condition } : {}) });
  }
  if (allActions.size) {
    // Deny exactly what is granted, over plain HTTP (aws:SecureTransport), never a wildcard.
    statements.push({
      Sid: "DenyInsecureTransport", Effect: "Deny", Action: [...allActions].sort(), Resource: [...allResources].sort(),
      Condition: { Bool: { "aws:SecureTransport": "false" } },
    });
  }
  if (tenant) notes.push(`tenant isolation: callers must carry the principal tag ${TENANT_TAG} with their ${tenant} (as it appears in keys: characters at or below "$" are escaped there)`);
  notes.push(`resources name the table in every Region and account (${TABLE_ARN_PREFIX}…); replace the wildcards with your account ID (and Region, unless it is a Global Table)`);
  return { policy: { Version: "2012-10-17", Statement: statements }, notes };
}

export function iamFiles(model: Model, design: Design, options: ExportOptions = {}): { files: ExportFile[]; notes: string[] } {
  const { policy, notes } = iamPolicy(model, design, options);
  return { files: [{ path: "policy.json", content: `${JSON.stringify(policy, null, 2)}\n`, mediaType: "application/json" }], notes };
}
