/**
 * Descriptor (random-ops.ts) → DocumentClient request for a world (random-world.ts).
 * Placeholders are numbered per request; H values take a fresh counter at build time.
 */
import { NumberValue } from "@aws-sdk/lib-dynamodb";
import type { Action, Attrs, Cond, Desc, SkCond } from "./random-ops";
import { A_VALUES, G_VALUES, hValue, lValue, pkValue, skValue, type World } from "./random-world";
import type { InputOf, OpName } from "./harness";

/** Counter behind the unique H and L values (see random-world.ts). */
let hCounter = 0;

class Expr {
  readonly values: Record<string, unknown> = {};
  private n = 0;
  constructor(readonly prefix: string) {}
  v(value: unknown): string {
    const name = `:${this.prefix}${this.n++}`;
    this.values[name] = value;
    return name;
  }
}

export function item(w: World, pk: number, sk: number, a: Attrs): Record<string, unknown> {
  const out: Record<string, unknown> = { PK: pkValue(w, pk), SK: skValue(w, sk) };
  if (a.g !== undefined) out.G = G_VALUES[a.g];
  if (a.h !== undefined) out.H = hValue(w, ++hCounter, a.h);
  if (a.l !== undefined) out.L = lValue(w, ++hCounter, a.l);
  if (a.a !== undefined) out.a = A_VALUES[a.a];
  if (a.c !== undefined) out.c = a.c % 2 ? a.c - 3 : NumberValue.from(`${a.c}.5`);
  if (a.d !== undefined) out.d = new Set(a.d.map((x) => x * 3 - 4));
  if (a.m !== undefined) out.m = { x: a.m, y: [a.m, "s", { z: a.m % 2 === 0 }] };
  if (a.big !== undefined) out.big = "b".repeat(a.big);
  return out;
}

/** `subject` is what exists/notExists test: PK for write conditions, a for filters. */
export function condition(c: Cond, e: Expr, subject: string): string {
  switch (c.k) {
    case "exists":
      return `attribute_exists(${subject})`;
    case "notExists":
      return `attribute_not_exists(${subject})`;
    case "aEq":
      return `a = ${e.v(A_VALUES[c.v])}`;
    case "cGt":
      return `c > ${e.v(c.v - 3)}`;
    case "dHas":
      return `contains(d, ${e.v((c.v % 6) * 3 - 4)})`;
    case "aBegins":
      return `begins_with(a, ${e.v(["x", "é", "😀", "y"][c.v % 4])})`;
    case "gIn":
      return `G IN (${e.v(G_VALUES[c.v % 5])}, ${e.v(G_VALUES[(c.v + 2) % 5])})`;
    case "sizeM":
      return `size(m) >= ${e.v(c.v % 4)}`;
    case "and":
    case "or":
      return `(${condition(c.x, e, subject)}) ${c.k.toUpperCase()} (${condition(c.y, e, subject)})`;
    case "not":
      return `NOT (${condition(c.x, e, subject)})`;
  }
}

export function updateExpression(w: World, actions: readonly Action[], e: Expr): string {
  const set: string[] = [];
  const remove: string[] = [];
  const add: string[] = [];
  const del: string[] = [];
  for (const a of actions) {
    switch (a.k) {
      case "setA": set.push(`a = ${e.v(A_VALUES[a.v])}`); break;
      case "incC": set.push(`c = c + ${e.v(a.v - 2)}`); break;
      case "initC": set.push(`c = if_not_exists(c, ${e.v(100)}) - ${e.v(NumberValue.from(`${a.v}.25`))}`); break;
      case "setG": set.push(`G = ${e.v(G_VALUES[a.v % 5])}`); break;
      case "setL": set.push(`L = ${e.v(lValue(w, ++hCounter, a.v))}`); break;
      case "setH": set.push(`H = ${e.v(hValue(w, ++hCounter, a.v))}`); break;
      case "setMx": set.push(`m.x = ${e.v(a.v)}`); break;
      case "append": set.push(`l = list_append(if_not_exists(l, ${e.v([])}), ${e.v([a.v, String(a.v)])})`); break;
      case "addC": add.push(`c ${e.v(a.v)}`); break;
      case "addD": add.push(`d ${e.v(new Set(a.v.map((x) => x * 3 - 4)))}`); break;
      case "delD": del.push(`d ${e.v(new Set(a.v.map((x) => x * 3 - 4)))}`); break;
      case "remove": remove.push(a.attr); break;
    }
  }
  const clauses: [string, string[]][] = [["SET", set], ["REMOVE", remove], ["ADD", add], ["DELETE", del]];
  return clauses.filter(([, parts]) => parts.length).map(([word, parts]) => `${word} ${parts.join(", ")}`).join(" ");
}

const RETURN_VALUES = ["NONE", "ALL_OLD", "UPDATED_OLD", "ALL_NEW", "UPDATED_NEW"] as const;

function values(e: Expr): { ExpressionAttributeValues?: Record<string, unknown> } {
  return Object.keys(e.values).length ? { ExpressionAttributeValues: e.values } : {};
}

function sortCondition(w: World, target: string, c: SkCond, e: Expr): string {
  const [name, value] =
    target === "GSI1" ? ["H", (i: number) => hValue(w, i * 37, i % 4)]
    : target === "LSI1" ? ["L", (i: number) => lValue(w, i * 37, i % 5)]
    : ["SK", (i: number) => skValue(w, i)];
  if (c.op === "between") return `${name} BETWEEN ${e.v(value(c.v))} AND ${e.v(value(c.w))}`;
  if (c.op === "begins_with") return `begins_with(${name}, ${e.v(value(c.v))})`;
  return `${name} ${c.op} ${e.v(value(c.v))}`;
}

export type Request = { [K in OpName]: { op: K; input: InputOf<K>; pages?: number; unordered?: boolean } }[OpName];

export function build(w: World, d: Desc): Request {
  const TableName = w.name;
  const e = new Expr("v");
  const ReturnConsumedCapacity = d.cap === "NONE" ? undefined : d.cap;
  const key = (pk: number, sk: number) => ({ PK: pkValue(w, pk), SK: skValue(w, sk) });
  switch (d.k) {
    case "put": {
      const ConditionExpression = d.cond && condition(d.cond, e, "PK");
      return { op: "put", input: { TableName, Item: item(w, d.pk, d.sk, d.attrs), ConditionExpression, ...values(e), ReturnValues: d.rv ? "ALL_OLD" : undefined, ReturnValuesOnConditionCheckFailure: d.rvf ? "ALL_OLD" : undefined, ReturnConsumedCapacity } };
    }
    case "update": {
      const UpdateExpression = updateExpression(w, d.actions, e);
      const ConditionExpression = d.cond && condition(d.cond, e, "PK");
      return { op: "update", input: { TableName, Key: key(d.pk, d.sk), UpdateExpression, ConditionExpression, ...values(e), ReturnValues: RETURN_VALUES[d.rv], ReturnConsumedCapacity } };
    }
    case "delete": {
      const ConditionExpression = d.cond && condition(d.cond, e, "PK");
      return { op: "delete", input: { TableName, Key: key(d.pk, d.sk), ConditionExpression, ...values(e), ReturnValues: d.rv ? "ALL_OLD" : undefined, ReturnConsumedCapacity } };
    }
    case "get":
      return { op: "get", input: { TableName, Key: key(d.pk, d.sk), ConsistentRead: d.consistent, ProjectionExpression: d.proj ? "a, m.x, PK, d" : undefined, ReturnConsumedCapacity } };
    case "query": {
      const index = d.target === "table" ? undefined : d.target;
      const gsi = d.target === "GSI1" || d.target === "GSI2";
      const pkName = gsi ? "G" : "PK";
      const keyCond = `${pkName} = ${e.v(gsi ? G_VALUES[d.pk % 5] : pkValue(w, d.pk))}` + (d.sk && d.target !== "GSI2" ? ` AND ${sortCondition(w, d.target, d.sk, e)}` : "");
      const FilterExpression = d.filter && condition(d.filter, e, "a");
      const proj = d.target === "GSI2" ? "PK, G" : gsi ? "a, PK" : "a, m.x, PK";
      return {
        op: "query", pages: d.target === "GSI2" ? 1 : d.pages, unordered: d.target === "GSI2",
        input: {
          TableName, IndexName: index, KeyConditionExpression: keyCond, FilterExpression, ...values(e),
          Limit: d.target === "GSI2" ? undefined : d.limit, ScanIndexForward: d.forward, ConsistentRead: gsi ? false : d.consistent,
          Select: d.select === "count" ? "COUNT" : undefined, ProjectionExpression: d.select === "proj" ? proj : undefined, ReturnConsumedCapacity,
        },
      };
    }
    case "scan": {
      const FilterExpression = d.filter && condition(d.filter, e, "a");
      return {
        op: "scan", unordered: true,
        input: { TableName, IndexName: d.target === "table" ? undefined : d.target, FilterExpression, ...values(e), Select: d.select === "count" ? "COUNT" : undefined, ProjectionExpression: d.select === "proj" ? "a, PK" : undefined, ReturnConsumedCapacity },
      };
    }
    case "batchWrite":
      return {
        op: "batchWrite",
        input: { ReturnConsumedCapacity, RequestItems: { [TableName]: d.entries.map((x) => (x.del ? { DeleteRequest: { Key: key(x.pk, x.sk) } } : { PutRequest: { Item: item(w, x.pk, x.sk, x.attrs) } })) } },
      };
    case "batchGet":
      return { op: "batchGet", unordered: true, input: { ReturnConsumedCapacity, RequestItems: { [TableName]: { Keys: d.keys.map((x) => key(x.pk, x.sk)), ConsistentRead: d.consistent, ProjectionExpression: d.proj ? "a, PK, c" : undefined } } } };
    case "transact":
      return {
        op: "transactWrite",
        input: {
          ReturnConsumedCapacity,
          TransactItems: d.entries.map((x, i) => {
            const t = new Expr(`t${i}_`);
            const ConditionExpression = x.cond && condition(x.cond, t, "PK");
            switch (x.kind) {
              case "put": return { Put: { TableName, Item: item(w, x.pk, x.sk, x.attrs), ConditionExpression, ...values(t), ReturnValuesOnConditionCheckFailure: "ALL_OLD" } };
              case "update": {
                const UpdateExpression = updateExpression(w, x.actions, t);
                return { Update: { TableName, Key: key(x.pk, x.sk), UpdateExpression, ConditionExpression, ...values(t) } };
              }
              case "delete": return { Delete: { TableName, Key: key(x.pk, x.sk), ConditionExpression, ...values(t) } };
              case "check": return { ConditionCheck: { TableName, Key: key(x.pk, x.sk), ConditionExpression: ConditionExpression ?? "attribute_exists(PK)", ...values(t) } };
            }
          }),
        },
      };
  }
}
