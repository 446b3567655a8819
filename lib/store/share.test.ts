import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseModelText, serializeModel, type Model } from "@/lib/model";
import { arbValidModel } from "@/lib/model/arbitrary";
import { decodeShareFragment, encodeShareFragment } from "./share";

const examples = join(__dirname, "..", "..", "public", "examples");
const load = (file: string): Model => {
  const parsed = parseModelText(readFileSync(join(examples, file), "utf8"));
  if (!parsed.ok) throw new Error(file);
  return parsed.model;
};

describe("share links", () => {
  it("round-trips every example through the URL fragment, unchanged", async () => {
    for (const file of readdirSync(examples).filter((f) => f !== "index.json")) {
      const model = load(file);
      const fragment = await encodeShareFragment(model);
      expect(fragment).toMatch(/^model=1\.[A-Za-z0-9_-]+$/);
      const decoded = await decodeShareFragment(`#${fragment}`);
      expect(decoded?.ok).toBe(true);
      if (decoded?.ok) expect(serializeModel(decoded.model)).toBe(serializeModel(model));
    }
  });

  it("compresses: a link is much shorter than the model's JSON", async () => {
    const model = load("multi-tenant-payments.json");
    expect((await encodeShareFragment(model)).length).toBeLessThan(serializeModel(model).length / 2);
  });

  it("round-trips random valid models (property)", async () => {
    await fc.assert(
      fc.asyncProperty(arbValidModel(), async (model) => {
        const decoded = await decodeShareFragment(await encodeShareFragment(model));
        expect(decoded?.ok).toBe(true);
        if (decoded?.ok) expect(serializeModel(decoded.model)).toBe(serializeModel(model));
      }),
      { numRuns: 40 },
    );
  });

  it("returns null when the fragment holds no model", async () => {
    expect(await decodeShareFragment("")).toBeNull();
    expect(await decodeShareFragment("#tab=Design")).toBeNull();
  });

  it("reports a damaged or foreign link instead of throwing", async () => {
    const good = await encodeShareFragment(load("chat-messaging.json"));
    for (const bad of [good.slice(0, good.length / 2), "model=1.!!!", "model=9.abc", "model=abc"]) {
      const decoded = await decodeShareFragment(bad);
      expect(decoded?.ok).toBe(false);
      if (decoded && !decoded.ok) expect(decoded.problems[0]?.message).toMatch(/share link/);
    }
  });

  it("reports an invalid model inside a well-formed link with its JSON paths", async () => {
    const model = { ...load("chat-messaging.json"), name: "" };
    const decoded = await decodeShareFragment(await encodeShareFragment(model));
    expect(decoded?.ok).toBe(false);
    if (decoded && !decoded.ok) expect(decoded.problems.map((p) => p.path)).toContain("name");
  });
});
