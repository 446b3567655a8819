import { describe, expect, it } from "vitest";
import { itemFromNative } from "./convert";
import { itemSize, utf8Length } from "./size";

const sizeOf = (v: unknown) => itemSize(itemFromNative({ v })) - 1; // minus the name "v"

describe("item size (measured on DynamoDB Local, guide/dynamodb-local-observed.md)", () => {
  it("matches the observed sizes", () => {
    expect(sizeOf("12345")).toBe(5);
    expect(sizeOf(new Uint8Array(3))).toBe(3);
    expect(sizeOf(true)).toBe(1);
    expect(sizeOf(null)).toBe(1);
    expect(sizeOf([])).toBe(3);
    expect(sizeOf({})).toBe(3);
    expect(sizeOf(["ab"])).toBe(6);
    expect(sizeOf({ k: "ab" })).toBe(7);
    expect(sizeOf(new Set(["ab", "cd"]))).toBe(4);
  });

  it("counts UTF-8 bytes, astral characters as 4", () => {
    expect(utf8Length("é😀a")).toBe(7);
    expect(utf8Length("\uFFFF")).toBe(3);
  });
});
