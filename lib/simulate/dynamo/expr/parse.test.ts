import { describe, expect, it } from "vitest";
import { parseCondition, parseProjection, parseUpdate } from "./parse";

describe("expression parser", () => {
  it("applies DynamoDB's precedence: NOT over AND over OR", () => {
    const { ast } = parseCondition("ConditionExpression", "a = :a OR b = :b AND NOT c = :c");
    expect(ast.k).toBe("or");
    expect(ast.k === "or" && ast.b.k).toBe("and");
  });

  it("collects the placeholders it uses and resolves nested paths", () => {
    const p = parseCondition("FilterExpression", "#m.a[2].#b BETWEEN :lo AND :hi");
    expect([...p.names]).toEqual(["#m", "#b"]);
    expect([...p.values]).toEqual([":lo", ":hi"]);
    expect(parseProjection("a, b.c[0]").ast).toHaveLength(2);
  });

  it("reports syntax errors and reserved words like DynamoDB", () => {
    expect(() => parseCondition("KeyConditionExpression", "PK = :g AND")).toThrow('Invalid KeyConditionExpression: Syntax error; token: "<EOF>", near: "AND"');
    expect(() => parseCondition("FilterExpression", "n == :v")).toThrow('Syntax error; token: "=", near: "== :v"');
    expect(() => parseCondition("FilterExpression", "attribute_exists(_a)")).toThrow('token: "_", near: "(_a"');
    expect(() => parseCondition("FilterExpression", "Other = :v")).toThrow("reserved keyword: Other");
    expect(() => parseCondition("FilterExpression", "foo(a)")).toThrow("Invalid function name; function: foo");
  });

  it("parses every update clause once", () => {
    const { ast } = parseUpdate("set a = b + :v, c = list_append(if_not_exists(c, :e), :l) remove d, e[1] add f :n delete g :s");
    expect([ast.set.length, ast.remove.length, ast.add.length, ast.delete.length]).toEqual([2, 2, 1, 1]);
    expect(() => parseUpdate("SET a = :v SET b = :v")).toThrow('The "SET" section can only be used once');
    expect(() => parseUpdate("")).toThrow("The expression can not be empty;");
  });
});
