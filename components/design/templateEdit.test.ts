import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseModelText } from "@/lib/model";
import { designModel, toPinnedDesign } from "@/lib/design";
import { editTemplate } from "./templateEdit";

const base = (() => {
  const parsed = parseModelText(readFileSync(join(__dirname, "..", "..", "e2e", "fixtures", "library-model.json"), "utf8"));
  if (!parsed.ok) throw new Error("fixture must be valid");
  return parsed.model;
})();
const pinned = { ...base, design: toPinnedDesign(designModel(base)) };

describe("editTemplate", () => {
  it("changes exactly one template of a pinned design", () => {
    const result = editTemplate(pinned, { entity: "Loan", index: null, part: "sortKey" }, "LOAN#{loanId}#X");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const loan = result.model.design?.entities.find((e) => e.entity === "Loan");
    expect(loan?.keys.find((k) => k.index === null)?.sortKey).toBe("LOAN#{loanId}#X");
    const member = result.model.design?.entities.find((e) => e.entity === "Member");
    expect(member).toEqual(pinned.design.entities.find((e) => e.entity === "Member"));
  });

  it("refuses a template naming an unknown attribute, with the problem", () => {
    const result = editTemplate(pinned, { entity: "Loan", index: null, part: "sortKey" }, "LOAN#{nope}");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.some((p) => p.message.includes("nope"))).toBe(true);
  });

  it("refuses edits when the design is not pinned", () => {
    expect(editTemplate(base, { entity: "Loan", index: null, part: "sortKey" }, "LOAN#{loanId}").ok).toBe(false);
  });
});
