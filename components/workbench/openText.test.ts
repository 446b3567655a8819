import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openText } from "./openText";

const fixtures = join(__dirname, "..", "..", "..", "shared", "fixtures", "nosql-workbench");
const read = (name: string) => readFileSync(join(fixtures, name), "utf8");

describe("opening a file in the workbench", () => {
  it("opens our format as it is", () => {
    const text = readFileSync(join(__dirname, "..", "..", "e2e", "fixtures", "library-model.json"), "utf8");
    const opened = openText(text, "library-model.json");
    expect(opened.ok && opened.source).toBe("library-model.json");
  });

  it("opens a NoSQL Workbench export through the importer", () => {
    const opened = openText(read("v3-chat-system.json"), "chat.json");
    expect(opened.ok).toBe(true);
    if (opened.ok) {
      expect(opened.source).toBe("chat.json, NoSQL Workbench");
      expect(opened.model.design).toBeDefined();
    }
  });

  it("opens the first table of a multi-table NoSQL Workbench file and says so", () => {
    const opened = openText(read("v2-bank-payments.json"), "bank.json");
    expect(opened.ok).toBe(true);
    if (opened.ok) expect(opened.source).toMatch(/^bank\.json, NoSQL Workbench \(table .+, the first of 2\)$/);
  });

  it("keeps our own problems for a bad model that is not a NoSQL Workbench file", () => {
    const opened = openText('{"format": "tablewright.model/1", "name": ""}', "bad.json");
    expect(opened.ok).toBe(false);
    if (!opened.ok) expect(opened.problems.map((p) => p.path)).toContain("name");
  });
});
