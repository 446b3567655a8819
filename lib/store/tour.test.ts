import { beforeEach, describe, expect, it } from "vitest";
import { TABS } from "./session";
import { TOUR_KEY, TOUR_STEPS, tourDone, useTour } from "./tour";

const storage = new Map<string, string>();
beforeEach(() => {
  storage.clear();
  globalThis.localStorage = {
    getItem: (k: string) => storage.get(k) ?? null,
    setItem: (k: string, v: string) => void storage.set(k, v),
    removeItem: (k: string) => void storage.delete(k),
    clear: () => storage.clear(),
    key: () => null,
    length: 0,
  } as Storage;
  useTour.setState({ step: null });
});

describe("tour", () => {
  it("visits Model, Design, Query, Partitions, Cost and Export in order, each a real tab", () => {
    expect(TOUR_STEPS.map((s) => s.tab)).toEqual(["Model", "Design", "Query", "Partitions", "Cost", "Export"]);
    for (const s of TOUR_STEPS) {
      expect(TABS).toContain(s.tab);
      expect(s.text.length).toBeGreaterThan(60);
    }
  });

  it("steps forward and back, and finishing marks it done", () => {
    const t = useTour.getState();
    expect(tourDone()).toBe(false);
    t.begin();
    t.back();
    expect(useTour.getState().step).toBe(0);
    for (let i = 1; i < TOUR_STEPS.length; i++) t.next();
    expect(useTour.getState().step).toBe(TOUR_STEPS.length - 1);
    t.back();
    expect(useTour.getState().step).toBe(TOUR_STEPS.length - 2);
    t.next();
    t.next();
    expect(useTour.getState().step).toBeNull();
    expect(storage.get(TOUR_KEY)).toBe("finished");
    expect(tourDone()).toBe(true);
  });

  it("skipping marks it done too", () => {
    useTour.getState().begin();
    useTour.getState().skip();
    expect(useTour.getState().step).toBeNull();
    expect(storage.get(TOUR_KEY)).toBe("skipped");
  });
});
