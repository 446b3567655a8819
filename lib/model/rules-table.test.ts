import { describe, expect, it } from "vitest";
import { parseModel } from "./parse";
import type { RuleId } from "./rules";
import { edited, errorAt, errorsOf } from "./testing/edit";
import { paymentsModel } from "./testing/payments";

interface Case {
  title: string;
  table: Record<string, unknown>;
  path: string;
  phrase: string;
  rule?: RuleId;
}

const withTable = (table: Record<string, unknown>) => edited(paymentsModel(), { table });

function runCases(cases: Case[]): void {
  it.each(cases)("$title", ({ table, path, phrase, rule }) => {
    expect(errorAt(withTable(table), path, phrase).rule).toBe(rule);
  });
}

describe("R16 table settings", () => {
  runCases([
    { title: "ttlAttribute names an attribute", table: { ttlAttribute: "expiresAt" }, path: "table.ttlAttribute", phrase: 'found "expiresAt", which no entity declares', rule: "R16" },
    { title: "ttlAttribute names a number", table: { ttlAttribute: "plan" }, path: "table.ttlAttribute", phrase: "declared as string on Tenant", rule: "R16" },
    { title: "at least 2 replicas", table: { replicas: ["us-east-1"] }, path: "table.replicas", phrase: "at least 2 replica Regions, found 1", rule: "R16" },
    { title: "distinct replicas", table: { replicas: ["us-east-1", "eu-west-1", "us-east-1"] }, path: "table.replicas[2]", phrase: "listed twice", rule: "R16" },
    { title: "Region names", table: { replicas: ["US-EAST-1", "eu-west-1"] }, path: "table.replicas[0]", phrase: 'like "us-east-1", found "US-EAST-1"', rule: "R16" },
    { title: "witness Region name", table: { replicas: ["us-east-1", "eu-west-1"], multiRegionConsistency: "strong", witness: "useast2" }, path: "table.witness", phrase: "witness Region name", rule: "R16" },
    { title: "witness only with strong", table: { replicas: ["us-east-1", "eu-west-1"], witness: "us-west-2" }, path: "table.witness", phrase: 'only for strong multi-Region consistency (multiRegionConsistency "strong"), found none', rule: "R16" },
    { title: "witness only with 2 replicas", table: { replicas: ["us-east-1", "eu-west-1", "ap-south-1"], multiRegionConsistency: "strong", witness: "us-west-2" }, path: "table.witness", phrase: "exactly 2 replicas, found 3", rule: "R16" },
    { title: "witness is not a replica", table: { replicas: ["us-east-1", "eu-west-1"], multiRegionConsistency: "strong", witness: "eu-west-1" }, path: "table.witness", phrase: "which is a replica", rule: "R16" },
    { title: "multiRegionConsistency only with replicas", table: { multiRegionConsistency: "eventual" }, path: "table.multiRegionConsistency", phrase: "only to a table with replicas", rule: "R16" },
  ]);
  it("accepts a TTL number attribute declared on only one entity", () => {
    expect(errorsOf(edited(paymentsModel(), { "entities[1].attributes[7]": { name: "expiresAt", type: "number", optional: true }, table: { ttlAttribute: "expiresAt" } }))).toEqual([]);
  });
  it("accepts strong consistency over 2 replicas and a witness", () => {
    expect(errorsOf(withTable({ replicas: ["us-east-1", "eu-west-1"], multiRegionConsistency: "strong", witness: "us-west-2" }))).toEqual([]);
  });
  it("warns (but accepts) strong consistency over 2 replicas without a witness", () => {
    const result = parseModel(withTable({ replicas: ["us-east-1", "eu-west-1"], multiRegionConsistency: "strong" }));
    expect(result.ok).toBe(true);
    expect(result.problems).toEqual([expect.objectContaining({ path: "table.multiRegionConsistency", severity: "warning", rule: "R16" })]);
  });
  it("accepts multi-part Region names", () => {
    expect(errorsOf(withTable({ replicas: ["us-gov-west-1", "ap-southeast-2", "eu-central-1"] }))).toEqual([]);
  });
});

describe("other table settings", () => {
  runCases([
    { title: "name is 3..255 of [a-zA-Z0-9_.-]", table: { name: "ab" }, path: "table.name", phrase: "3 to 255 characters" },
    { title: "name without spaces", table: { name: "my table" }, path: "table.name", phrase: 'found "my table"' },
    { title: "billing", table: { billing: "payPerRequest" }, path: "table.billing", phrase: "expected one of onDemand, provisioned" },
    { title: "tableClass", table: { tableClass: "infrequent" }, path: "table.tableClass", phrase: "expected one of standard, standardInfrequentAccess" },
    { title: "stream", table: { stream: "all" }, path: "table.stream", phrase: "expected one of none, keysOnly, newImage, oldImage, newAndOldImages" },
    { title: "pointInTimeRecovery", table: { pointInTimeRecovery: "yes" }, path: "table.pointInTimeRecovery", phrase: "expected a boolean" },
  ]);
  it("accepts every setting at once", () => {
    expect(errorsOf(withTable({
      name: "payments.v1_prod-a", billing: "provisioned", tableClass: "standardInfrequentAccess", stream: "newAndOldImages",
      pointInTimeRecovery: true, replicas: ["us-east-1", "eu-west-1"], multiRegionConsistency: "eventual",
    }))).toEqual([]);
  });
});
