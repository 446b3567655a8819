/**
 * The IAM export, tested by what the policy allows: a small evaluator of the policy's
 * statements (Allow/Deny, actions, resources, ForAllValues:StringLike on
 * dynamodb:LeadingKeys, aws:SecureTransport) judges every request the design makes for
 * sample data (lib/design's buildReadRequests and buildWriteRequest). Every request must be
 * allowed; nothing beyond the patterns' actions and resources; never a wildcard action;
 * with tenant isolation, a request for another tenant's key is denied.
 */
import { describe, expect, it } from "vitest";
import { buildReadRequests, buildWriteRequest, designModel, type Design } from "../design";
import type { Model } from "../model";
import { chooseBindings } from "../run/verify/bindings";
import { ModelTypes } from "../run/verify/values";
import { generateItems } from "../simulate";
import { iamFiles, iamPolicy, tableArn, TENANT_TAG, type PolicyDocument } from "./iam";
import { EXAMPLES, example, writeInputs } from "./testing/examples";

interface Request {
  action: string;
  resource: string;
  leadingKey?: string;
}

function like(pattern: string, value: string): boolean {
  const re = new RegExp(`^${pattern.split("").map((c) => (c === "*" ? ".*" : c === "?" ? "." : c.replace(/[.+^${}()|[\]\\]/g, "\\$&"))).join("")}$`, "s");
  return re.test(value);
}

/** IAM's evaluation for these statements: an explicit deny wins, then any allow. */
function allowed(policy: PolicyDocument, r: Request, tags: Record<string, string>, secure = true): boolean {
  const matches = (s: Record<string, unknown>) => {
    const actions = ([] as string[]).concat(s["Action"] as string | string[]);
    const resources = ([] as string[]).concat(s["Resource"] as string | string[]);
    if (!actions.some((a) => like(a, r.action)) || !resources.some((x) => like(x, r.resource))) return false;
    const c = s["Condition"] as Record<string, Record<string, unknown>> | undefined;
    if (!c) return true;
    for (const [op, entries] of Object.entries(c)) {
      for (const [key, v] of Object.entries(entries)) {
        if (op === "Bool" && key === "aws:SecureTransport") { if (String(secure) !== v) return false; continue; }
        if (op === "ForAllValues:StringLike" && key === "dynamodb:LeadingKeys") {
          const patterns = (v as string[]).map((p) => p.replace(/\$\{aws:PrincipalTag\/([^}]+)\}/g, (_, t: string) => tags[t] ?? "\u0000"));
          // ForAllValues holds vacuously for a request without keys (why Scan is never granted).
          if (r.leadingKey !== undefined && !patterns.some((p) => like(p, r.leadingKey as string))) return false;
          continue;
        }
        throw new Error(`the evaluator does not know ${op} ${key}`);
      }
    }
    return true;
  };
  const statements = policy.Statement;
  if (statements.some((s) => s["Effect"] === "Deny" && matches(s))) return false;
  return statements.some((s) => s["Effect"] === "Allow" && matches(s));
}

/** Every request the design makes for a model's sample data, with its leading key. */
function requestsOf(model: Model, design: Design): Array<{ pattern: string; request: Request }> {
  const items = [...generateItems(model, { items: 300, seed: 5 })];
  const types = new ModelTypes(model);
  const out: Array<{ pattern: string; request: Request }> = [];
  const t = design.table;
  const pkOf = (index: string | null) => (index === null ? t.partitionKey.name : t.indexes.find((i) => i.name === index)?.partitionKey.name ?? "");
  for (const p of design.accessPatterns) {
    if (!p.served) continue;
    if (p.kind === "get" || p.kind === "query" || p.kind === "scan") {
      for (const { binding } of chooseBindings(types, p.pattern, items, 2)) {
        for (const r of buildReadRequests(design, p.id, binding)) {
          const index = r.IndexName ?? null;
          const key = r.Key?.[pkOf(index)] ?? r.ExpressionAttributeValues?.[":pk"];
          out.push({ pattern: p.id, request: { action: `dynamodb:${r.operation}`, resource: tableArn(design.table.name, index), ...(key !== undefined ? { leadingKey: String(key) } : {}) } });
        }
      }
      continue;
    }
    const own = items.filter((x) => x.entity === p.entities[0]).slice(0, 3);
    for (const x of own) {
      const w = buildWriteRequest(design, p.id, writeInputs(design, p.id, x.item, x.item).lib);
      const actions = w.operation === "TransactWriteItems"
        ? w.TransactItems.flatMap((a) => [a.Put ? ["PutItem", a.Put.Item] : a.Update ? ["UpdateItem", a.Update.Key] : ["DeleteItem", a.Delete?.Key]] as Array<[string, Record<string, unknown> | undefined]>)
        : [[w.operation, "Item" in w ? w.Item : w.Key] as [string, Record<string, unknown> | undefined]];
      for (const [action, key] of actions) {
        out.push({ pattern: p.id, request: { action: `dynamodb:${action}`, resource: tableArn(design.table.name), leadingKey: String(key?.[t.partitionKey.name]) } });
      }
    }
  }
  return out;
}

describe("the IAM export", () => {
  for (const name of EXAMPLES) {
    it(`${name}: allows every request the design makes, and nothing more`, () => {
      const model = example(name);
      const design = designModel(model);
      const { policy } = iamPolicy(model, design);
      const text = JSON.stringify(policy);
      expect(text).not.toContain('"dynamodb:*"');
      expect(text).not.toMatch(/"\*"/);
      const requests = requestsOf(model, design);
      expect(requests.length).toBeGreaterThan(20);
      for (const { pattern, request } of requests) {
        expect(allowed(policy, request, {}), `${pattern} ${request.action} on ${request.resource}`).toBe(true);
        expect(allowed(policy, request, {}, false), `${pattern} without TLS`).toBe(false);
      }
      // Least privilege: each granted (action, resource) pair is used by some request.
      const used = new Set(requests.map((r) => `${r.request.action} ${r.request.resource}`));
      for (const s of policy.Statement.filter((x) => x["Effect"] === "Allow")) {
        for (const a of s["Action"] as string[]) expect(used.has(`${a} ${String(s["Resource"])}`), `${a} on ${String(s["Resource"])} is granted but never used`).toBe(true);
      }
      expect(allowed(policy, { action: "dynamodb:DeleteTable", resource: tableArn(design.table.name) }, {})).toBe(false);
      expect(allowed(policy, { action: "dynamodb:GetItem", resource: tableArn("another-table") }, {})).toBe(false);
    });
  }

  it("tenant isolation (multi-tenant-payments): a tenant reaches its own keys only, and never Scans", () => {
    const model = example("multi-tenant-payments");
    const design = designModel(model);
    const { policy, notes } = iamPolicy(model, design, { tenantIsolation: true });
    const allows = policy.Statement.filter((s) => s["Effect"] === "Allow");
    expect(allows.length).toBeGreaterThan(0);
    for (const s of allows) {
      expect(s["Condition"]).toHaveProperty(["ForAllValues:StringLike", "dynamodb:LeadingKeys"]);
      expect(s["Action"]).not.toContain("dynamodb:Scan");
    }
    expect(notes.some((n) => n.startsWith("exportEnterpriseTenants: left out"))).toBe(true);
    let checked = 0;
    for (const { pattern, request } of requestsOf(model, design)) {
      const tenant = /^TENANT#([^#]+)/.exec(request.leadingKey ?? "")?.[1];
      if (!tenant || request.action === "dynamodb:Scan") continue;
      if (notes.some((n) => n.startsWith(`${pattern}: left out`))) continue;
      expect(allowed(policy, request, { [TENANT_TAG]: tenant }), `${pattern} for its tenant`).toBe(true);
      expect(allowed(policy, request, { [TENANT_TAG]: `${tenant}x` }), `${pattern} for another tenant`).toBe(false);
      expect(allowed(policy, request, { [TENANT_TAG]: tenant.slice(0, -1) }), `${pattern} for a tenant whose id is a prefix`).toBe(false);
      checked++;
    }
    expect(checked).toBeGreaterThan(10);
    expect(allowed(policy, { action: "dynamodb:Scan", resource: tableArn(design.table.name) }, { [TENANT_TAG]: "t" })).toBe(false);
  });

  it("says so when no partition key starts with a tenant attribute", () => {
    const model = example("game-leaderboard");
    const { notes, files } = iamFiles(model, designModel(model), { tenantIsolation: true });
    expect(notes[0]).toMatch(/no table partition key starts with a tenant attribute/);
    expect(files[0]?.path).toBe("policy.json");
  });
});
