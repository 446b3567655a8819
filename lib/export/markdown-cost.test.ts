/**
 * The design document's cost summary says what lib/capacity computes: every figure in its
 * tables and lines, parsed back from the Markdown, equals costJson(costReport(…)) for the
 * examples (one of them a Global Table with Streams and PITR) and for provisioned and
 * Standard-IA variants; the formatting is locale-free and deterministic.
 */
import { describe, expect, it } from "vitest";
import { costJson, costReport, type CostReport } from "../capacity";
import { designModel } from "../design";
import { parseModel, type Model } from "../model";
import { markdownText } from "./markdown";
import { fixed, writeAmplification } from "./markdown-cost";
import { EXAMPLES, example } from "./testing/examples";

const num = (text: string): number => Number(text.replace(/[$,*×`]/g, "").trim());

function section(text: string): string {
  const start = text.indexOf("## Cost\n");
  expect(start).toBeGreaterThan(0);
  const end = text.indexOf("\n## ", start + 1);
  return text.slice(start, end === -1 ? undefined : end);
}

function rows(text: string, header: string): string[][] {
  const lines = text.split("\n");
  const at = lines.findIndex((l) => l.startsWith(`| ${header} |`));
  expect(at, header).toBeGreaterThanOrEqual(0);
  const out: string[][] = [];
  for (const l of lines.slice(at + 2)) {
    if (!l.startsWith("|")) break;
    out.push(l.slice(1, -1).split(" | ").map((c) => c.trim()));
  }
  return out;
}

function variant(base: Model, table: Record<string, unknown>): Model {
  const parsed = parseModel({ ...base, table: { ...base.table, ...table } });
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join("\n"));
  return parsed.model;
}

const cases: Array<[string, Model]> = [
  ...EXAMPLES.map((n): [string, Model] => [n, example(n)]),
  ["saas-teams, provisioned and Standard-IA", variant(example("saas-teams"), { billing: "provisioned", tableClass: "standardInfrequentAccess" })],
];

describe("the design document's cost summary", () => {
  for (const [label, model] of cases) {
    it(`${label}: every figure equals lib/capacity's`, () => {
      const design = designModel(model);
      const report: CostReport = costReport(model, design);
      const json = costJson(report);
      const text = section(markdownText(model, design));
      const [throughput, , total] = rows(text, "");
      expect(throughput?.slice(1).map(num)).toEqual([json.onDemand.throughputUsd, json.provisioned.throughputUsd]);
      expect(total?.slice(1).map(num)).toEqual([json.onDemand.monthlyUsd, json.provisioned.monthlyUsd]);
      expect(text).toContain(`Cheaper: **${json.cheaper === "provisioned" ? "provisioned" : "on demand"}**`);
      expect(text).toContain(`keeps ${fixed(json.provisioned.readCapacityUnits, 0)} RCU and ${fixed(json.provisioned.writeCapacityUnits, 0)} WCU`);
      const amplification = writeAmplification(report);
      const targets = rows(text, "table / index");
      expect(targets).toHaveLength(json.tables.length);
      json.tables.forEach((t, i) => {
        const r = targets[i] ?? [];
        expect(r[0]).toBe(t.index === null ? "table" : `\`${t.index}\``);
        expect(num(r[1] ?? "")).toBe(t.readUnitsPerSecond);
        expect(num(r[2] ?? "")).toBe(t.writeUnitsPerSecond);
        const a = amplification.get(t.index);
        if (a === null || a === undefined) expect(r[3]).toBe("no writes");
        else expect(num(r[3] ?? "")).toBeCloseTo(a, 2);
        expect(r.slice(4).map(num)).toEqual([t.readCapacityUnits, t.writeCapacityUnits, t.onDemandMonthlyUsd, t.provisionedMonthlyUsd]);
      });
      // Write amplification on the table's row: all writes over the table's.
      const all = report.cost.targets.reduce((s, t) => s + t.writeUnitsPerSecond, 0);
      const base = report.cost.targets.find((t) => t.index === null)?.writeUnitsPerSecond ?? 0;
      if (base > 0) expect(amplification.get(null)).toBeCloseTo(all / base, 9);
      expect(text).toMatch(new RegExp(`Table class ${json.storage.tableClass === "standard" ? "Standard" : "Standard-IA"}: [\\d.,]+ GB stored, \\$${fixed(json.storage.monthlyUsd, 2).replace(/[.]/g, "\\.")} per month`));
      expect(text.includes("- Streams: on")).toBe(json.streams.enabled);
      expect(text.includes("- Global Tables:")).toBe(json.globalTables.replicas > 1);
      if (json.globalTables.replicas > 1) expect(text).toContain(`${json.globalTables.replicas} Regions (${json.globalTables.mode}`);
      const patterns = rows(text, "pattern");
      json.accessPatterns.slice(0, 5).forEach((p, i) => {
        expect(patterns[i]?.[0]).toBe(`\`${p.id}\``);
        expect(patterns[i]?.slice(1).map(num)).toEqual([p.readUnitsPerSecond, p.writeUnitsPerSecond, p.onDemandMonthlyUsd]);
      });
      expect(text).toContain(json.prices.checked);
    });
  }

  it("a Global Table with Streams and PITR is among the cases", () => {
    const m = example("multi-tenant-payments");
    const json = costJson(costReport(m, designModel(m)));
    expect(json.globalTables.replicas).toBeGreaterThan(1);
    expect(json.streams.enabled).toBe(true);
  });

  it("formats numbers without a locale: grouping, fixed decimals, negatives", () => {
    expect(fixed(1234567.891, 2)).toBe("1,234,567.89");
    expect(fixed(0.004, 2)).toBe("0.00");
    expect(fixed(-0.001, 2)).toBe("0.00");
    expect(fixed(-1500, 0)).toBe("-1,500");
    expect(fixed(999.995, 2)).toBe("1,000.00");
  });
});
