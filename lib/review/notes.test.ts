import { describe, expect, it } from "vitest";
import { parseModelText, serializeModel } from "../model";
import { paymentsModel } from "../model/testing/payments";
import { withPatternNote } from "./notes";

describe("withPatternNote", () => {
  it("sets a note, keeps it through serialize and parse, and clears it", () => {
    const set = withPatternNote(paymentsModel(), "getTenant", "  Cache hot tenants?  ");
    if (!set.ok) throw new Error("expected ok");
    expect(set.model.accessPatterns[0]?.notes).toBe("Cache hot tenants?");
    const reparsed = parseModelText(serializeModel(set.model));
    expect(reparsed.ok && reparsed.model.accessPatterns[0]?.notes).toBe("Cache hot tenants?");
    const cleared = withPatternNote(set.model, "getTenant", "");
    expect(cleared.ok && "notes" in cleared.model.accessPatterns[0]!).toBe(false);
  });

  it("keeps model and entity notes", () => {
    const model = { ...paymentsModel(), notes: "model note", entities: paymentsModel().entities.map((e) => ({ ...e, notes: `about ${e.name}` })) };
    const set = withPatternNote(model, "getPayment", "x");
    expect(set.ok && set.model.notes).toBe("model note");
    expect(set.ok && set.model.entities.map((e) => e.notes)).toEqual(["about Tenant", "about Payment"]);
  });

  it("names the missing pattern", () => {
    const r = withPatternNote(paymentsModel(), "nope", "x");
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems[0]?.message).toContain('"nope"');
  });
});
