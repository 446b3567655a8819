/**
 * The table's templates, one per entity (guide §3, "Table layout per entity"). They hold
 * the whole key, so every put, update, delete and get addresses one item. The choices:
 * the leading key attributes in the partition key and the rest in the sort key (the item
 * joins its owner's item collection), or one later key attribute alone in the partition
 * key. The choice that serves the most requirements wins, and a multi-entity requirement
 * counts double when its partners can share the same partition key.
 */
import type { EntityFacts, Facts } from "./facts";
import { labelledKey } from "./ideal";
import { setTemplate, type Layout } from "./layout";
import { matchEntity } from "./match";
import type { Requirement } from "./requirements";
import { attr, joined, lit, textOf, type Tpl } from "./template";
import { attrOf } from "./facts";

interface Candidate {
  pkAttrs: string[];
  template: Tpl;
  pkText: string;
}

/** A closing delimiter after the last key part when a strict `<` can fall on it (match.ts). */
function closing(facts: Facts, e: EntityFacts, last: string | undefined, reqs: ReadonlyArray<Requirement>): boolean {
  if (last === undefined || attrOf(facts, e.name, last)?.type === "datetime") return false;
  return reqs.some((r) => r.entities.includes(e.name) && (r.range?.attr === last ? r.range.op === "lt" : r.fixed.some((c) => c.attr === last && c.op === "lt")));
}

export function tableCandidates(facts: Facts, e: EntityFacts, reqs: ReadonlyArray<Requirement>): Candidate[] {
  const splits: Array<[string[], string[]]> = [];
  for (let j = 1; j <= e.key.length; j++) splits.push([e.key.slice(0, j), e.key.slice(j)]);
  for (let i = 1; i < e.key.length; i++) splits.push([[e.key[i] ?? ""], e.key.filter((_, k) => k !== i)]);
  return splits.map(([pkAttrs, skAttrs]) => {
    const pk = labelledKey(facts, pkAttrs);
    const last = skAttrs[skAttrs.length - 1];
    const sk = joined([lit(e.prefix), ...skAttrs.map(attr)], skAttrs.length === 0 || closing(facts, e, last, reqs));
    const template: Tpl = { entity: e.name, index: null, pk, sk, when: [], shards: 1, reverse: new Set() };
    return { pkAttrs, template, pkText: textOf(pk) };
  });
}

export function chooseTableLayouts(facts: Facts, layout: Layout, reqs: ReadonlyArray<Requirement>): void {
  const byEntity = new Map<string, Requirement[]>();
  for (const r of reqs) for (const n of r.entities) byEntity.set(n, [...(byEntity.get(n) ?? []), r]);
  const candidates = new Map(facts.list.map((e) => [e.name, tableCandidates(facts, e, byEntity.get(e.name) ?? [])]));
  for (const e of facts.list) {
    const mine = candidates.get(e.name) ?? [];
    const own = byEntity.get(e.name) ?? [];
    let best: Candidate | undefined;
    let bestScore = -1;
    for (const c of mine) {
      let score = 0;
      for (const r of own) {
        if (r.entities.length === 1) {
          if (matchEntity(facts, layout.table, c.template, r).ok) score += 1;
        } else if (!r.order && r.fixed.length === 0 && sameSet(c.pkAttrs, r.eq)) {
          const partnersAgree = r.entities.every((p) => p === e.name || (candidates.get(p) ?? []).some((x) => x.pkText === c.pkText));
          if (partnersAgree) score += 2;
        }
      }
      if (score > bestScore) {
        best = c;
        bestScore = score;
      }
    }
    if (best) setTemplate(layout, best.template);
  }
}

function sameSet(a: ReadonlyArray<string>, b: ReadonlyArray<string>): boolean {
  const s = new Set(b);
  return a.length === s.size && a.every((x) => s.has(x));
}
