import { describe, expect, it } from "vitest";
import { breakEvenSentence } from "./cost";

describe("cost: the break-even sentence", () => {
  it("says provisioned already wins when the crossing is below the modelled traffic", () => {
    const s = breakEvenSentence(0.289, 0.00037, 0.7, 1);
    expect(s).toContain("from 0.00037× the model's rps upwards");
    expect(s).toContain("already cheaper at the traffic modelled here");
  });
  it("says on-demand wins when the crossing is above the modelled traffic", () => {
    expect(breakEvenSentence(0.289, 3, 0.7, 1)).toContain("on-demand is cheaper at the traffic modelled here");
  });
  it("says provisioned never wins when there is no crossing", () => {
    expect(breakEvenSentence(0.289, null, 0.2, 1)).toContain("never gets there");
  });
});
