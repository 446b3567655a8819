import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { designModel } from "../design";
import { SAFETY_MARGIN } from "../design/sharding";
import { parseModelText } from "../model";
import { capacityOf } from "./capacity";
import { keyHeat } from "./heat";
import { SHARD_PLANNING_MARGIN } from "./shards";

// The design engine decides write sharding with its own, simpler load estimate
// (lib/design/load.ts, docs/design-rules.md §11); capacity reports on the design it gets.
// The two must agree on the rules they share and never disagree silently.
const files = JSON.parse(readFileSync(join(__dirname, "..", "..", "public", "examples", "index.json"), "utf8")).examples.map((e: { file: string }) => e.file) as string[];

describe("capacity and the design engine", () => {
  it("plan sharding at the same 80% of a partition", () => {
    expect(SHARD_PLANNING_MARGIN).toBe(SAFETY_MARGIN);
  });

  for (const file of files) {
    it(`${file}: reuses the design's shards and mapping, and finds the keys the design sharded worth sharding`, () => {
      const parsed = parseModelText(readFileSync(join(__dirname, "..", "..", "public", "examples", file), "utf8"));
      if (!parsed.ok) throw new Error(`${file} does not parse`);
      const design = designModel(parsed.model);
      const c = capacityOf(parsed.model, design);
      for (const p of design.accessPatterns) {
        const mine = c.patterns.find((x) => x.id === p.id);
        expect(mine?.operation).toBe(p.operation);
        expect(mine?.index).toBe(p.index);
        expect(mine?.shards).toBe(Math.max(1, p.shards));
      }
      for (const e of design.entities) {
        for (const k of e.keys) {
          if ((k.shards ?? 1) <= 1) continue;
          const heat = keyHeat(c).find((h) => h.index === k.index && h.entities.includes(e.entity));
          expect(heat?.shards).toBe(k.shards);
          // Sharded by the design: its busiest value, unsharded, is past the margin here too.
          expect(heat?.logical.writeUnitsPerSecond ?? 0).toBeGreaterThan(1000 * SHARD_PLANNING_MARGIN);
        }
      }
    });
  }
});
