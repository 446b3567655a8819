import { describe, expect, it } from "vitest";
import { MAX_DEPTH, parseJson } from "./json";
import { parseModelText, serializeModel } from "./index";
import { paymentsModel } from "./testing/payments";

const only = (text: string) => {
  const result = parseModelText(text);
  expect(result.ok).toBe(false);
  return result.problems;
};

describe("syntax errors", () => {
  it("give line and column in multi-line input", () => {
    const text = '{\n  "format": "tablewright.model/1",\n  "name": "x" "entities": []\n}';
    expect(only(text)).toEqual([{
      path: "", severity: "error", line: 3, column: 15,
      message: "Invalid JSON at line 3, column 15: expected ',' or '}' after a property value, found '\"'",
    }]);
  });
  it("count CRLF and CR as one line break each", () => {
    expect(only('{\r\n"a":\r\n\r1,,}')[0]).toMatchObject({ line: 4, column: 3 });
  });
  it("report the empty string", () => {
    expect(only("")).toEqual([{ path: "", severity: "error", line: 1, column: 1, message: "Invalid JSON at line 1, column 1: expected a JSON value, found the end of the input" }]);
  });
  it.each([
    ["[1,]", "expected a JSON value, found ']'"],
    ['{"a":1,}', "expected a property name in double quotes, found '}'"],
    ["{'a':1}", "expected a property name in double quotes, found '''"],
    ['{"a" 1}', "expected ':' after a property name"],
    ['{"a":1} x', "unexpected 'x' after the JSON value"],
    ['"abc', "unterminated string"],
    ['"a\\x"', "invalid escape '\\x'"],
    ['"a\\u12G4"', "invalid \\u escape"],
    ['"a\nb"', "character U+000A is not allowed inside a string"],
    ["01", "invalid number"],
    ["1.", "invalid number"],
    ["-", "invalid number"],
    ["+1", "expected a JSON value, found '+'"],
    ["NaN", "expected a JSON value, found 'N'"],
    ["tru", "expected a JSON value, found 't'"],
  ])("%j: %s", (text, message) => {
    expect(only(text)[0]?.message).toContain(message);
  });
  it("do not overflow the stack on deep nesting", () => {
    const text = "[".repeat(100_000);
    expect(only(text)[0]?.message).toContain(`nesting deeper than ${MAX_DEPTH} levels`);
    expect(only('{"a":'.repeat(MAX_DEPTH + 1))[0]?.message).toContain("nesting deeper");
  });
  it(`accept nesting of exactly ${MAX_DEPTH} levels`, () => {
    expect(parseJson("[".repeat(MAX_DEPTH) + "]".repeat(MAX_DEPTH)).value).toBeDefined();
  });
});

describe("byte-order mark", () => {
  it("is skipped", () => {
    const result = parseModelText(`\uFEFF${serializeModel(paymentsModel())}`);
    expect(result.ok).toBe(true);
  });
  it("is not counted in columns", () => {
    expect(only("\uFEFF{x}")[0]).toMatchObject({ line: 1, column: 2 });
  });
});

describe("duplicate keys", () => {
  it("are an error naming the object's path and the key", () => {
    const text = serializeModel(paymentsModel()).replace('"name": "Tenant",', '"name": "Tenant", "name": "Tenant",');
    const problems = only(text);
    expect(problems).toContainEqual(expect.objectContaining({ path: "entities[0]", message: 'duplicate key "name"', severity: "error", line: 6, column: 25 }));
  });
  it("are reported at the root too", () => {
    expect(only('{"a": 1, "a": 2}')).toContainEqual(expect.objectContaining({ path: "", message: 'duplicate key "a"', column: 10 }));
  });
});

describe("numbers", () => {
  it("keeps exact values", () => {
    expect(parseJson("[1.5, -0.25, 1e21, 5e-324, 9007199254740991, 1.50]").value).toEqual([1.5, -0.25, 1e21, 5e-324, 9007199254740991, 1.5]);
    expect(parseJson("[1.5, 1e21, 0.1, 123.456e5]").problems).toEqual([]);
  });
  it("reports integers beyond 2^53 that would change", () => {
    const problems = parseJson('{"min": 9007199254740993}').problems;
    expect(problems[0]?.message).toContain("number 9007199254740993 cannot be represented exactly (it would be read and saved as 9007199254740992)");
  });
  it("reports too many digits and out-of-range numbers", () => {
    expect(parseJson("[1.00000000000000000001]").problems[0]?.message).toContain("saved as 1");
    expect(parseJson("[1e400]").problems[0]?.message).toContain("number 1e400 is out of range");
    expect(parseJson("[1e-400]").problems[0]?.message).toContain("cannot be represented exactly");
  });
  it("turns them into model errors at their path", () => {
    const text = serializeModel(paymentsModel()).replace('"min": 0', '"min": 12345678901234567890');
    expect(only(text)).toContainEqual(expect.objectContaining({ path: "entities[0].attributes[3].min", severity: "error" }));
  });
});

describe("objects", () => {
  it("keep __proto__ as an own key and never touch prototypes", () => {
    const value = parseJson('{"__proto__": {"polluted": true}, "a": {"__proto__": null}}').value as Record<string, unknown>;
    expect(Object.hasOwn(value, "__proto__")).toBe(true);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect(Object.keys(value)).toEqual(["__proto__", "a"]);
  });
  it("decode escapes and surrogate pairs", () => {
    expect(parseJson('"\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\ud83d\\ude00"').value).toBe('"\\/\b\f\n\r\té😀');
  });
  it("handles large inputs", () => {
    const big = JSON.stringify({ items: Array.from({ length: 50_000 }, (_, i) => ({ id: i, name: `item ${i}`, tags: ["a", "b"] })) });
    const out = parseJson(big);
    expect(out.problems).toEqual([]);
    expect(out.value).toEqual(JSON.parse(big));
  });
});

describe("positions of model problems", () => {
  it("point at the field's key", () => {
    const text = serializeModel(paymentsModel()).replace('"kind": "put"', '"kind": "insert"');
    const problem = only(text).find((p) => p.path === "accessPatterns[4].kind");
    const lines = text.split("\n");
    expect(problem?.line).toBeDefined();
    expect(lines[(problem?.line ?? 1) - 1]?.slice((problem?.column ?? 1) - 1)).toMatch(/^"kind": "insert"/);
  });
  it("point at the parent of a missing field", () => {
    const text = '{\n  "format": "tablewright.model/1",\n  "entities": [],\n  "accessPatterns": []\n}';
    expect(only(text)).toContainEqual(expect.objectContaining({ path: "name", line: 1, column: 1 }));
  });
});
