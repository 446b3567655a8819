/**
 * The brute-force check shared by the property and example tests: render items with
 * itemKeys (plus uniqueness items), run every served read's exact requests through the
 * DynamoDB evaluator, merge shards, and compare with the oracle. Returns the first
 * mismatch as text, or undefined.
 */
import { buildReadRequests, itemKeys, mergeShardResults, uniquenessItems } from "..";
import type { Model } from "../../model";
import type { Design, Item } from "../types";
import { evaluate } from "./dynamo";
import { bindingFor, type EntityItems } from "./items";
import { identity, oracle } from "./oracle";

export function physicalTable(d: Design, items: EntityItems[]): { table: Item[]; back: Map<Item, EntityItems> } {
  const back = new Map<Item, EntityItems>();
  const table: Item[] = [];
  for (const x of items) {
    const keys = itemKeys(d, x.entity, x.item);
    for (const k of Object.keys(keys)) if (Object.hasOwn(x.item, k)) throw new Error(`physical name ${k} equals an attribute of ${x.entity}`);
    const it: Item = { ...Object.fromEntries(Object.entries(x.item)), ...keys };
    table.push(it);
    back.set(it, x);
    for (const u of uniquenessItems(d, x.entity, x.item)) table.push(u);
  }
  return { table, back };
}

export function checkReads(model: Model, d: Design, items: EntityItems[], bindings: number, seed: number): string | undefined {
  const { table, back } = physicalTable(d, items);
  for (let i = 0; i < model.accessPatterns.length; i++) {
    const p = model.accessPatterns[i];
    const pd = d.accessPatterns[i];
    if (!p || !pd?.served || (p.kind !== "get" && p.kind !== "query" && p.kind !== "scan")) continue;
    for (let b = 0; b < bindings; b++) {
      const binding = bindingFor(model, i, items, seed * 7 + b);
      const requests = buildReadRequests(d, p.id, binding);
      const context = () => `${p.id} binding ${JSON.stringify(binding)} requests ${JSON.stringify(requests)}`;
      let ties = false;
      const pages = requests.map((r) => {
        const e = evaluate(d, r, table);
        ties ||= e.sameKeyTies;
        return e.items;
      });
      if (p.order && ties) return `${context()}: equal index keys among ordered results`;
      const got: string[] = [];
      for (const it of mergeShardResults(d, p.id, pages)) {
        const x = back.get(it);
        if (!x) return `${context()}: returned a non-entity item ${JSON.stringify(it)}`;
        got.push(identity(model, x));
      }
      const want = oracle(model, p, items, binding).map((x) => identity(model, x));
      const same = (a: string[], b: string[]) => JSON.stringify(a) === JSON.stringify(b);
      if (p.order && p.kind === "query") {
        const expected = p.limit ? want.slice(0, p.limit) : want;
        if (!same(got, expected)) return `${context()}: got ${JSON.stringify(got)}, want ${JSON.stringify(expected)}`;
      } else if (p.limit) {
        if (new Set(got).size !== got.length || got.length !== Math.min(p.limit, want.length) || got.some((g) => !want.includes(g))) {
          return `${context()}: got ${JSON.stringify(got)}, want ${p.limit} of ${JSON.stringify(want)}`;
        }
      } else if (!same([...got].sort(), [...want].sort())) return `${context()}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`;
    }
  }
  return undefined;
}
