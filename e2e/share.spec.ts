import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test, type Page } from "@playwright/test";

const here = dirname(fileURLToPath(import.meta.url));

async function importFixture(page: Page, name: string) {
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "Import model" }).click();
  await (await chooser).setFiles(join(here, "fixtures", name));
}

test("Undo and Redo step through committed edits, with the keyboard too", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("button", { name: "Undo" })).toBeDisabled();
  await importFixture(page, "library-model.json");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Lending library");
  await page.getByRole("button", { name: "Examples" }).click();
  await page.getByRole("button", { name: "Open example Chat and messaging" }).click();
  const title = page.getByRole("heading", { level: 1 });
  await expect(title).not.toHaveText("Lending library");
  const chat = await title.textContent();

  await page.getByRole("button", { name: "Undo" }).click();
  await expect(title).toHaveText("Lending library");
  await page.getByRole("button", { name: "Redo" }).click();
  await expect(title).toHaveText(chat!);
  await page.locator("body").press("Control+z");
  await expect(title).toHaveText("Lending library");
  await page.locator("body").press("Control+Shift+z");
  await expect(title).toHaveText(chat!);
});

test("Share gives a link that opens the model read-only, and it can be copied to the workspace", async ({ page, context }) => {
  await page.goto("/");
  await importFixture(page, "library-model.json");
  await page.getByRole("button", { name: "Share" }).click();
  const link = await page.getByRole("textbox", { name: "Share link" }).inputValue();
  expect(link).toMatch(/#model=1\.[A-Za-z0-9_-]+$/);

  // A second visitor with an empty workspace: a fresh page in a fresh context.
  const visitor = await context.browser()!.newContext();
  const other = await visitor.newPage();
  await other.goto(link.replace(/^https?:\/\/[^/]+/, test.info().project.use.baseURL!));
  await expect(other.getByRole("heading", { level: 1 })).toHaveText("Lending library");
  await expect(other.getByRole("region", { name: "Shared model" })).toBeVisible();
  await other.getByRole("tab", { name: "Design" }).click();
  await expect(other.getByRole("button", { name: "Pin design" })).toHaveCount(0);

  await other.getByRole("button", { name: "Copy to my workspace" }).click();
  await expect(other.getByRole("region", { name: "Shared model" })).toHaveCount(0);
  expect(new URL(other.url()).hash).toBe("");
  await other.reload();
  await expect(other.getByRole("heading", { level: 1 })).toHaveText("Lending library");
  await visitor.close();
});

test("a damaged share link is reported and the workspace stays as it was", async ({ page }) => {
  await page.goto("/");
  await importFixture(page, "library-model.json");
  await page.goto("/#model=1.bm90LWRlZmxhdGU");
  await expect(page.locator("section[role=alert]")).toContainText("Could not open the share link");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Lending library");
});
