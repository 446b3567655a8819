import { describe, expect, it } from "vitest";
import { constantFromText, modeOf, operatorOf, valuesOf, withOperator, withValue } from "./conditions";
import { listFromText, numberFromText } from "./fields";

describe("condition editing", () => {
  it("reads run-time and constant conditions", () => {
    expect([modeOf("eq"), operatorOf("between")]).toEqual(["run time", "between"]);
    expect([modeOf({ eq: "A" }), operatorOf({ eq: "A" }), valuesOf({ eq: "A" })]).toEqual(["constant", "eq", ["A", ""]]);
    expect(valuesOf({ between: [1, 5] })).toEqual(["1", "5"]);
  });

  it("types a constant by its attribute, keeping unreadable text as typed", () => {
    expect(constantFromText("42", "number")).toBe(42);
    expect(constantFromText("4x", "number")).toBe("4x");
    expect(constantFromText("true", "boolean")).toBe(true);
    expect(constantFromText("007", "string")).toBe("007");
  });

  it("switches operator and mode, keeping the value where it still fits", () => {
    expect(withOperator("eq", "constant", "eq", "number")).toEqual({ eq: "" });
    expect(withOperator({ eq: 3 }, "constant", "gt", "number")).toEqual({ gt: 3 });
    expect(withOperator({ eq: 3 }, "constant", "between", "number")).toEqual({ between: [3, ""] });
    expect(withOperator({ eq: 3 }, "run time", "eq", "number")).toBe("eq");
    expect(withOperator("eq", "constant", "notExists", "string")).toBe("notExists");
    expect(withValue({ between: [1, 5] }, 1, "9", "number")).toEqual({ between: [1, 9] });
    expect(withValue({ beginsWith: "A" }, 0, "B#", "string")).toEqual({ beginsWith: "B#" });
  });

  it("reads numbers and lists from text fields", () => {
    expect([numberFromText(""), numberFromText(" 12 "), numberFromText("1e3"), numberFromText("12a")]).toEqual([undefined, 12, 1000, "12a"]);
    expect([listFromText(""), listFromText("a, b,,c ")]).toEqual([undefined, ["a", "b", "c"]]);
  });
});
