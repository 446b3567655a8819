import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "@playwright/test";

const here = dirname(fileURLToPath(import.meta.url));
const manifest = JSON.parse(readFileSync(join(here, "..", "public", "examples", "index.json"), "utf8")) as {
  examples: Array<{ title: string; tags: string[] }>;
};

test("a finding and a technique link to their explanations, and the way back keeps the model", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Open example Chat and messaging" }).click();
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText(/workbench/);
  const model = await page.getByRole("heading", { level: 1 }).textContent();
  await page.getByRole("tab", { name: "Design" }).click();

  await page.getByRole("list", { name: "Findings" }).getByRole("link", { name: "Learn about SCAN_NEEDED" }).first().click();
  await expect(page).toHaveURL(/\/learn\/scan-needed$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("A pattern served by a Scan");
  await expect(page.getByRole("heading", { name: "The DynamoDB behaviour behind it" })).toBeVisible();
  await expect(page.locator("cite").first()).toContainText("Scanning tables");
  await page.getByRole("link", { name: "Sparse index" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sparse index");

  await page.getByRole("link", { name: "Back to the workbench" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(model!);
  await page.getByRole("tab", { name: "Design" }).click();
  const operations = page.getByRole("table", { name: "Access pattern operations" });
  await operations.getByRole("link", { name: "GSI overloading" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("GSI overloading");
});

test("the topic index lists every topic, and an unknown topic is not found", async ({ page }) => {
  await page.goto("/learn");
  await expect(page.getByRole("link", { name: /UNSERVED/ })).toBeVisible();
  await expect(page.getByRole("link", { name: "Write sharding" })).toBeVisible();
  const response = await page.goto("/learn/no-such-topic");
  expect(response?.status()).toBe(404);
});

test("the gallery shows tags and filters the examples by one", async ({ page }) => {
  await page.goto("/");
  const filter = page.getByRole("group", { name: "Filter examples by tag" });
  const open = page.getByRole("button", { name: /^Open example / });
  await expect(open).toHaveCount(manifest.examples.length);
  await filter.getByRole("button", { name: "inverted index", exact: true }).click();
  const tagged = manifest.examples.filter((e) => e.tags.includes("inverted index"));
  expect(tagged.length).toBeGreaterThan(0);
  expect(tagged.length).toBeLessThan(manifest.examples.length);
  await expect(open).toHaveCount(tagged.length);
  for (const e of tagged) await expect(page.getByRole("list", { name: `Tags of ${e.title}` })).toContainText("inverted index");
  await filter.getByRole("button", { name: "All" }).click();
  await expect(open).toHaveCount(manifest.examples.length);
});
