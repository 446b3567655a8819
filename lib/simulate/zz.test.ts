import fc from "fast-check";
import { appendFileSync, writeFileSync } from "node:fs";
import { it } from "vitest";
import { arbValidModel } from "../model/arbitrary";
import { generateItems } from "./generate";
import { sampleProblems, violations } from "./testing/invariants";
it("hunt", () => {
  writeFileSync("/tmp/zz-log.txt", "");
  for (let s = 0; s < 6; s++) {
    const cases = fc.sample(fc.tuple(arbValidModel(), fc.integer({ min: 0, max: 300 }), fc.integer(), fc.boolean()), { numRuns: 250, seed: 500 + s });
    cases.forEach(([model, items, seed, skewed], k) => {
      writeFileSync("/tmp/zz-case.json", JSON.stringify({ s, k, model, items, seed, skewed }));
      const t = performance.now();
      const gen = [...generateItems(model, { items, seed, distribution: skewed ? "skewed" : "uniform" })];
      const dt = performance.now() - t;
      const v = violations(model, gen);
      const t2 = performance.now();
      const p = sampleProblems(model, gen);
      const dt2 = performance.now() - t2;
      if (dt > 300 || dt2 > 1000 || v.length || p.length) appendFileSync("/tmp/zz-log.txt", JSON.stringify({ s, k, dt, dt2, v: v.slice(0, 3), p: p.slice(0, 3) }) + "\n");
    });
  }
}, 1_200_000);
