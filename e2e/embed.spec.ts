import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test, type Page } from "@playwright/test";

const here = dirname(fileURLToPath(import.meta.url));

async function importFixture(page: Page, name: string) {
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "Import model" }).click();
  await (await chooser).setFiles(join(here, "fixtures", name));
}

const local = (url: string) => url.replace(/^https?:\/\/[^/]+/, test.info().project.use.baseURL!);

test("the share popover offers an embed snippet whose page shows the design read-only", async ({ page, browser }) => {
  await page.goto("/");
  await importFixture(page, "library-model-v2.json");
  await page.getByRole("button", { name: "Share" }).click();
  const link = await page.getByRole("textbox", { name: "Share link" }).inputValue();
  const snippet = await page.getByRole("textbox", { name: "Embed code" }).inputValue();
  const fragment = new URL(link).hash;
  expect(snippet).toContain(`/embed${fragment}"`);
  expect(snippet).toMatch(/^<iframe src="[^"]+" title="Lending library \(Tablewright\)"/);

  // A page that embeds it, in a fresh context with an empty workspace.
  const context = await browser.newContext();
  const host = await context.newPage();
  const src = local(/src="([^"]+)"/.exec(snippet)![1]!);
  await host.goto(`${test.info().project.use.baseURL}/learn`);
  await host.setContent(`<h1>Our wiki</h1>${snippet.replace(/src="[^"]+"/, `src="${src}"`)}`);
  const frame = host.frameLocator("iframe");
  await expect(frame.getByRole("heading", { level: 1 })).toHaveText("Lending library");
  const keys = frame.getByRole("table", { name: "Key templates" });
  await expect(keys.getByRole("row", { name: /^Loan/ })).toContainText("LOAN#{loanId}");
  await expect(keys.getByRole("columnheader", { name: "GSI2PK" })).toBeVisible();
  const ops = frame.getByRole("table", { name: "Access pattern operations" });
  await expect(ops.getByRole("row", { name: /openLoans/ })).toContainText("Query");
  await expect(ops.getByRole("row", { name: /openLoans/ })).toContainText("GSI2");
  await expect(frame.getByText(/0 findings/)).toBeVisible();
  await expect(frame.getByRole("button")).toHaveCount(0);
  await expect(frame.getByRole("textbox")).toHaveCount(0);
  const open = frame.getByRole("link", { name: "Open in Tablewright" });
  expect(await open.getAttribute("href")).toBe(`/${fragment}`);
  await context.close();
});

test("the embed reports a damaged or missing fragment", async ({ page }) => {
  await page.goto("/embed#model=1.bm90LWRlZmxhdGU");
  await expect(page.locator("section[role=alert]")).toContainText("Could not open this embedded model");
  await expect(page.locator("section[role=alert]")).toContainText("damaged");
  await page.goto("/embed#model=9.abc");
  await page.reload();
  await expect(page.locator("section[role=alert]")).toContainText("format version");
  await page.goto("/embed");
  await expect(page.locator("section[role=alert]")).toContainText("No model to show");
});

test("Open in Tablewright opens the full workbench with the same model, read-only", async ({ page }) => {
  await page.goto("/");
  await importFixture(page, "library-model.json");
  await page.getByRole("button", { name: "Share" }).click();
  const fragment = new URL(await page.getByRole("textbox", { name: "Share link" }).inputValue()).hash;
  await page.goto(`/embed${fragment}`);
  const href = await page.getByRole("link", { name: "Open in Tablewright" }).getAttribute("href");
  await page.goto(href!);
  await expect(page.getByRole("region", { name: "Shared model" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Lending library");
});
