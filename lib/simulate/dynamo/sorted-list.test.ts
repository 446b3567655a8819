import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SortedList } from "./sorted-list";

describe("SortedList", () => {
  it("splits and merges chunks on large inputs (10,000 inserts, half removed)", () => {
    const list = new SortedList<number>((a, b) => a - b);
    const values = Array.from({ length: 10_000 }, (_, i) => (i * 7919) % 10_007);
    for (const v of values) list.insert(v);
    for (const v of values.filter((_, i) => i % 2 === 0)) expect(list.remove(v)).toBe(true);
    const ref = values.filter((_, i) => i % 2 === 1).sort((a, b) => a - b);
    expect([...list.range(list.begin(), list.end())]).toEqual(ref);
    expect(list.at(list.seek((e) => e - 5000))).toBe(ref.find((x) => x >= 5000));
    expect(list.at(list.prev(list.end()))).toBe(ref[ref.length - 1]);
  });

  it("stays equal to a sorted array under random inserts and removes (chunks split and empty)", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 300 })), { maxLength: 3000 }), (ops) => {
        const list = new SortedList<number>((a, b) => a - b);
        const ref: number[] = [];
        for (const [add, x] of ops) {
          if (add || !ref.includes(x)) {
            list.insert(x);
            ref.push(x);
            ref.sort((a, b) => a - b);
          } else {
            expect(list.remove(x)).toBe(true);
            ref.splice(ref.indexOf(x), 1);
          }
        }
        expect([...list.range(list.begin(), list.end())]).toEqual(ref);
        expect([...list.range(list.begin(), list.end(), true)]).toEqual([...ref].reverse());
        expect(list.size).toBe(ref.length);
        const probe = 150;
        const at = list.seek((e) => e - probe);
        expect(list.at(at)).toBe(ref.find((x) => x >= probe));
      }),
      { numRuns: 60 },
    );
  });
});
