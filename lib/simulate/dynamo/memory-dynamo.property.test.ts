/**
 * Model-based property tests: random writes, then every Query must equal a brute-force
 * filter + sort over a plain array (UTF-8 byte order for strings), and a Query read page
 * by page (either direction, any Limit) must reassemble the unpaged result.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MemoryDynamo } from "./memory-dynamo";

type Item = { PK: string; SK: string; G?: string; H?: number; v: number };

const utf8 = (s: string) => new TextEncoder().encode(s);
function byteOrder(a: string, b: string): number {
  const x = utf8(a);
  const y = utf8(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return x.length - y.length;
}

const sk = fc.string({ unit: fc.constantFrom("a", "b", "é", "😀", "\uFFFF", "\uE000", "Z", "0"), minLength: 1, maxLength: 3 });
const write = fc.oneof(
  fc.record({ k: fc.constant("put" as const), PK: fc.constantFrom("p", "q", "r"), SK: sk, G: fc.option(fc.constantFrom("g", "h"), { nil: undefined }), H: fc.option(fc.integer({ min: -50, max: 50 }), { nil: undefined }), v: fc.integer({ min: 0, max: 9 }) }),
  fc.record({ k: fc.constant("delete" as const), PK: fc.constantFrom("p", "q", "r"), SK: sk }),
);
const skCond = fc.oneof(
  fc.record({ op: fc.constantFrom("=", "<", "<=", ">", ">=", "begins_with"), v: sk }),
  fc.record({ op: fc.constant("between"), v: sk, w: sk }),
);

type Write = typeof write extends fc.Arbitrary<infer T> ? T : never;
type SkCond = typeof skCond extends fc.Arbitrary<infer T> ? T : never;

function table(): MemoryDynamo {
  const db = new MemoryDynamo();
  db.createTable({
    TableName: "prop", BillingMode: "PAY_PER_REQUEST",
    AttributeDefinitions: [{ AttributeName: "PK", AttributeType: "S" }, { AttributeName: "SK", AttributeType: "S" }, { AttributeName: "G", AttributeType: "S" }, { AttributeName: "H", AttributeType: "N" }],
    KeySchema: [{ AttributeName: "PK", KeyType: "HASH" }, { AttributeName: "SK", KeyType: "RANGE" }],
    GlobalSecondaryIndexes: [{ IndexName: "GSI1", KeySchema: [{ AttributeName: "G", KeyType: "HASH" }, { AttributeName: "H", KeyType: "RANGE" }], Projection: { ProjectionType: "ALL" } }],
  });
  return db;
}

function apply(db: MemoryDynamo, model: Map<string, Item>, w: Write): void {
  const key = `${w.PK}\u0000${w.SK}`;
  if (w.k === "delete") {
    db.delete({ TableName: "prop", Key: { PK: w.PK, SK: w.SK } });
    model.delete(key);
    return;
  }
  const item: Item = { PK: w.PK, SK: w.SK, v: w.v, ...(w.G !== undefined ? { G: w.G } : {}), ...(w.H !== undefined ? { H: w.H } : {}) };
  db.put({ TableName: "prop", Item: item });
  model.set(key, item);
}

function matches(c: SkCond, s: string): boolean {
  const o = byteOrder(s, c.v);
  switch (c.op) {
    case "=": return o === 0;
    case "<": return o < 0;
    case "<=": return o <= 0;
    case ">": return o > 0;
    case ">=": return o >= 0;
    case "begins_with": return s.startsWith(c.v);
    default: return o >= 0 && byteOrder(s, (c as { w: string }).w) <= 0;
  }
}

function keyCondition(c: SkCond): { expr: string; values: Record<string, unknown> } {
  if (c.op === "between") return { expr: "SK BETWEEN :v AND :w", values: { ":v": c.v, ":w": (c as { w: string }).w } };
  if (c.op === "begins_with") return { expr: "begins_with(SK, :v)", values: { ":v": c.v } };
  return { expr: `SK ${c.op} :v`, values: { ":v": c.v } };
}

describe("MemoryDynamo against a brute-force model", () => {
  it("Query returns exactly the matching items in UTF-8 byte order, forwards and backwards", () => {
    fc.assert(
      fc.property(fc.array(write, { maxLength: 150 }), fc.array(fc.tuple(fc.constantFrom("p", "q", "r"), skCond, fc.boolean()), { maxLength: 20 }), (writes, queries) => {
        const db = table();
        const model = new Map<string, Item>();
        for (const w of writes) apply(db, model, w);
        for (const [pk, c, forward] of queries) {
          const between = c.op === "between" && byteOrder(c.v, (c as { w: string }).w) > 0;
          const { expr, values } = keyCondition(c);
          const run = () => db.query({ TableName: "prop", KeyConditionExpression: `PK = :p AND ${expr}`, ExpressionAttributeValues: { ":p": pk, ...values }, ScanIndexForward: forward });
          if (between) {
            expect(run).toThrow(/BETWEEN/);
            continue;
          }
          const expected = [...model.values()].filter((i) => i.PK === pk && matches(c, i.SK)).sort((a, b) => byteOrder(a.SK, b.SK));
          if (!forward) expected.reverse();
          const out = run();
          expect(out.Items).toEqual(expected);
          expect(out.Count).toBe(expected.length);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("pages reassemble the unpaged result, forwards and backwards, on the table and a sparse GSI", () => {
    fc.assert(
      fc.property(fc.array(write, { minLength: 1, maxLength: 120 }), fc.integer({ min: 1, max: 7 }), fc.boolean(), fc.constantFrom("table", "GSI1"), (writes, limit, forward, target) => {
        const db = table();
        const model = new Map<string, Item>();
        for (const w of writes) apply(db, model, w);
        const base = target === "table"
          ? { TableName: "prop", KeyConditionExpression: "PK = :p", ExpressionAttributeValues: { ":p": "p" } }
          : { TableName: "prop", IndexName: "GSI1", KeyConditionExpression: "G = :p", ExpressionAttributeValues: { ":p": "g" } };
        const all = db.query({ ...base, ScanIndexForward: forward }).Items ?? [];
        if (target === "GSI1") {
          const expected = [...model.values()].filter((i) => i.G === "g" && i.H !== undefined);
          expect(all).toHaveLength(expected.length);
        }
        const paged: unknown[] = [];
        let start: Record<string, unknown> | undefined;
        for (let guard = 0; guard < 500; guard++) {
          const page = db.query({ ...base, ScanIndexForward: forward, Limit: limit, ExclusiveStartKey: start });
          paged.push(...(page.Items ?? []));
          start = page.LastEvaluatedKey;
          if (!start) break;
        }
        expect(paged).toEqual(all);
      }),
      { numRuns: 150 },
    );
  });

  it("Scan with segments covers every item exactly once", () => {
    fc.assert(
      fc.property(fc.array(write, { maxLength: 150 }), fc.integer({ min: 1, max: 5 }), (writes, total) => {
        const db = table();
        const model = new Map<string, Item>();
        for (const w of writes) apply(db, model, w);
        const seen: unknown[] = [];
        for (let segment = 0; segment < total; segment++) {
          let start: Record<string, unknown> | undefined;
          do {
            const page = db.scan({ TableName: "prop", Segment: segment, TotalSegments: total, Limit: 4, ExclusiveStartKey: start });
            seen.push(...(page.Items ?? []));
            start = page.LastEvaluatedKey;
          } while (start);
        }
        expect(seen).toHaveLength(model.size);
        expect(new Set(seen.map((i) => JSON.stringify([(i as Item).PK, (i as Item).SK]))).size).toBe(model.size);
      }),
      { numRuns: 100 },
    );
  });
});
