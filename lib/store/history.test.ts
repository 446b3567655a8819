import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { emptyHistory, HISTORY_LIMIT, record, redo, undo, type History } from "./history";

describe("undo history", () => {
  it("undoes and redoes one step per committed edit", () => {
    let h = emptyHistory<string>();
    h = record(h, "a"); // a → b
    h = record(h, "b"); // b → c
    const u1 = undo(h, "c");
    expect(u1?.value).toBe("b");
    const u2 = undo(u1!.history, "b");
    expect(u2?.value).toBe("a");
    expect(undo(u2!.history, "a")).toBeNull();
    const r1 = redo(u2!.history, "a");
    expect(r1?.value).toBe("b");
    expect(redo(r1!.history, "b")?.value).toBe("c");
  });

  it("drops the redo branch on a new edit", () => {
    const h = record(record(emptyHistory<string>(), "a"), "b");
    const u = undo(h, "c")!;
    const edited = record(u.history, "b");
    expect(redo(edited, "x")).toBeNull();
  });

  it("keeps at most HISTORY_LIMIT steps", () => {
    let h = emptyHistory<number>();
    for (let i = 0; i < HISTORY_LIMIT + 20; i++) h = record(h, i);
    expect(h.past).toHaveLength(HISTORY_LIMIT);
    expect(h.past[0]).toBe(20);
  });

  it("undo then redo returns to the same document (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { minLength: 1, maxLength: 30 }), fc.nat(40), (edits, undos) => {
        let h: History<number> = emptyHistory();
        let current = -1;
        for (const e of edits) {
          h = record(h, current);
          current = e;
        }
        const start = current;
        let steps = 0;
        for (let i = 0; i < undos; i++) {
          const u = undo(h, current);
          if (!u) break;
          h = u.history;
          current = u.value;
          steps++;
        }
        for (let i = 0; i < steps; i++) {
          const r = redo(h, current)!;
          h = r.history;
          current = r.value;
        }
        expect(current).toBe(start);
      }),
    );
  });
});
