import { describe, expect, it } from "vitest";
import { parseModel } from "./parse";
import { edited, errorAt, errorsOf } from "./testing/edit";
import { paymentsModel } from "./testing/payments";

const payment = {
  tenantId: "t1", paymentId: "p1", idempotencyKey: "k1", amount: "12.5", status: "PENDING",
  createdAt: "2026-01-01T00:00:00.000Z", version: "1",
};
const withSample = (item: Record<string, unknown>, entity = "Payment") => edited(paymentsModel(), { samples: [{ entity, item }] });

describe("samples", () => {
  it("accept items in the dump encodings, with extra attributes", () => {
    const model = edited(paymentsModel(), {
      "entities[1].attributes[7]": { name: "tags", type: "stringSet", optional: true },
      "entities[1].attributes[8]": { name: "scores", type: "numberSet", optional: true },
      "entities[1].attributes[9]": { name: "blob", type: "binary", optional: true },
      "entities[1].attributes[10]": { name: "meta", type: "map", optional: true },
      "entities[1].attributes[11]": { name: "lines", type: "list", optional: true },
      "entities[1].attributes[12]": { name: "paid", type: "boolean", optional: true },
      samples: [
        { entity: "Payment", item: { ...payment, tags: ["a", "b", "｡", "😀"], scores: ["-10", "-2.5", "0", "3", "12.25"], blob: "AAE=", meta: { a: 1 }, lines: [1, "x"], paid: true, importedFrom: "NoSQL Workbench" } },
        { entity: "Tenant", item: { tenantId: "t1", name: "Acme", plan: "pro", balance: "0" }, note: "kept" },
      ],
    });
    const result = parseModel(model);
    expect(result.problems).toEqual([{ path: "samples[1].note", message: 'unknown field "note" kept', severity: "info" }]);
  });

  it.each([
    ["the entity exists", { entity: "Payments" }, "samples[0].entity", "not an entity"],
    ["key attributes are present", { item: { ...payment, paymentId: undefined } }, "samples[0].item", 'missing key attribute "paymentId" of Payment'],
    ["numbers are decimal text", { item: { ...payment, amount: 12.5 } }, "samples[0].item.amount", 'expected a number as decimal text in a string (like "12.5"), found 12.5'],
    ["numbers are canonical", { item: { ...payment, amount: "12.50" } }, "samples[0].item.amount", 'found "12.50" (write "12.5")'],
    ["numbers have no exponent", { item: { ...payment, amount: "1e3" } }, "samples[0].item.amount", 'write "1000"'],
    ["numbers have at most 38 digits", { item: { ...payment, amount: "1".repeat(39) } }, "samples[0].item.amount", "at most 38 significant digits"],
    ["strings are strings", { item: { ...payment, status: 1 } }, "samples[0].item.status", "expected a string, found 1"],
    ["datetimes have the exact form", { item: { ...payment, createdAt: "2026-01-01T00:00:00Z" } }, "samples[0].item.createdAt", "expected a datetime"],
    ["key values are not empty", { item: { ...payment, paymentId: "" } }, "samples[0].item.paymentId", "cannot be empty"],
    ["item is an object", { item: [payment] }, "samples[0].item", "expected an object of attribute values, found an array"],
  ])("%s", (_title, change, path, phrase) => {
    const sample = { entity: "Payment", item: payment, ...change };
    const item = JSON.parse(JSON.stringify(sample.item)) as Record<string, unknown>;
    errorAt(edited(paymentsModel(), { samples: [{ ...sample, item }] }), path, phrase);
  });

  it.each([
    ["sets are sorted by UTF-8 bytes", "tags", "stringSet", ["😀", "｡"], "samples[0].item.tags[1]", "sorted by UTF-8 bytes"],
    ["sets have no duplicates", "tags", "stringSet", ["a", "a"], "samples[0].item.tags[1]", "listed twice"],
    ["sets are not empty", "tags", "stringSet", [], "samples[0].item.tags", "non-empty set"],
    ["number sets sort numerically", "scores", "numberSet", ["10", "9"], "samples[0].item.scores[1]", "sorted numerically"],
    ["number set members are decimal text", "scores", "numberSet", [1], "samples[0].item.scores[0]", "decimal text"],
    ["binary is base64", "blob", "binary", "AAE", "samples[0].item.blob", "base64"],
    ["maps are objects", "meta", "map", [], "samples[0].item.meta", "expected a map"],
    ["lists are arrays", "lines", "list", {}, "samples[0].item.lines", "expected a list"],
    ["booleans are booleans", "paid", "boolean", "true", "samples[0].item.paid", "expected true or false"],
  ])("%s", (_title, name, type, value, path, phrase) => {
    const model = edited(paymentsModel(), {
      "entities[1].attributes[7]": { name, type, optional: true },
      samples: [{ entity: "Payment", item: { ...payment, [name]: value } }],
    });
    errorAt(model, path, phrase);
  });

  it("warn, but accept, a missing non-optional attribute and values outside the model's range", () => {
    const item: Record<string, unknown> = { ...payment, status: "UNKNOWN", version: "500" };
    delete item["amount"];
    const result = parseModel(withSample(item));
    expect(result.ok).toBe(true);
    expect(result.problems.map((p) => [p.path, p.severity])).toEqual([
      ["samples[0].item", "warning"], ["samples[0].item.status", "warning"], ["samples[0].item.version", "warning"],
    ]);
  });

  it("accept an item with only its key (absent attributes are warnings, not errors)", () => {
    expect(errorsOf(withSample({ tenantId: "t1" }, "Tenant"))).toEqual([]);
  });
});
