import { expect, test, type Page } from "@playwright/test";

async function openExample(page: Page, title: string) {
  await page.goto("/");
  await page.getByRole("button", { name: `Open example ${title}` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
}

async function unnamedControls(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll("button, input, select, textarea, a[href], [role=tab]"))
      .filter((el) => (el.getAttribute("aria-label") ?? el.getAttribute("aria-labelledby") ?? (el.textContent ?? "").trim()).length === 0)
      .map((el) => el.outerHTML.slice(0, 80)),
  );
}

test("the Partitions tab shows the heat map, the hot keys against the limits and their numbers", async ({ page }) => {
  await openExample(page, "Multi-tenant payments");
  await page.getByRole("tab", { name: "Partitions" }).click();
  await expect(page.getByRole("img", { name: /^Partition heat map of Table: \d+ partitions \(estimate\)/ })).toBeVisible();
  await expect(page.locator(".heatmap .heat-cell").first()).toBeVisible();
  await expect(page.getByRole("figure", { name: /^Hottest keys against the per-partition limits/ })).toBeVisible();
  await expect(page.getByRole("table", { name: "Hot keys" }).getByRole("row", { name: /TENANT#\{tenantId\}/ }).first()).toBeVisible();
  await expect(page.getByRole("table", { name: "Load by table and index" }).getByRole("row", { name: /GSI1/ })).toBeVisible();
  // Another index's picture.
  await page.getByRole("combobox", { name: "Heat map of" }).selectOption("GSI1");
  await expect(page.getByRole("img", { name: /^Partition heat map of GSI1:/ })).toBeVisible();
  expect(await unnamedControls(page)).toEqual([]);
});

test("the IoT example shows a key over a limit and the shard advice for its live view", async ({ page }) => {
  await openExample(page, "IoT fleet telemetry");
  await page.getByRole("tab", { name: "Partitions" }).click();
  const hot = page.getByRole("table", { name: "Hot keys" });
  await expect(hot.getByRole("row", { name: /FLEET#\{fleetId\}/ }).filter({ hasText: "Over the limit" }).first()).toBeVisible();
  const advice = page.getByRole("list", { name: "Shard advice" });
  await expect(advice.getByRole("listitem").filter({ hasText: "DEVICE#STATUS#ONLINE" })).toContainText(/suffixes/);
  // At ten times the traffic the live view's shards run hot: the advice says to shard more.
  await page.getByRole("spinbutton", { name: "RPS scale" }).fill("10");
  await expect(advice.getByRole("listitem").filter({ hasText: "DEVICE#STATUS#ONLINE" })).toContainText("Shard it");
  await expect(page.getByRole("list", { name: "Findings" }).getByText("HOT_KEY").first()).toBeVisible();
});

test("the Cost tab shows both modes, and the rps scale and table class change the figures", async ({ page }) => {
  await openExample(page, "Multi-tenant payments");
  await page.getByRole("tab", { name: "Cost" }).click();
  const onDemand = page.getByLabel("On-demand monthly cost");
  const provisioned = page.getByLabel("Provisioned monthly cost");
  await expect(onDemand).toContainText("$");
  await expect(provisioned).toContainText("$");
  await expect(page.getByRole("figure", { name: /^Monthly cost against traffic/ })).toBeVisible();
  await expect(page.getByText(/Break-even: provisioned costs less whenever its capacity is more than 28\.9% used/)).toBeVisible();

  const before = await onDemand.textContent();
  await page.getByRole("spinbutton", { name: "RPS scale" }).fill("2");
  await expect(onDemand).not.toHaveText(before ?? "");

  const card = page.getByRole("region", { name: /^On-demand/ });
  const standard = (await card.getByText(/^\$/).nth(2).textContent()) ?? "";
  await expect(card).toContainText("Storage (Standard)");
  await page.getByRole("combobox", { name: "Table class" }).selectOption("standardInfrequentAccess");
  await expect(card).toContainText("Storage (Standard-IA)");
  const storageRow = page.getByRole("table", { name: "Storage by table class" }).getByRole("row", { name: /Standard-IA \(chosen\)/ });
  await expect(storageRow).toBeVisible();
  await expect(card.getByText(/^\$/).nth(2)).not.toHaveText(standard);

  await page.getByRole("spinbutton", { name: "Replicas" }).fill("3");
  await expect(page.getByText(/3 Regions each perform every write/)).toBeVisible();
  await page.getByRole("spinbutton", { name: "Target utilization" }).fill("20");
  await expect(page.getByText(/at a 20% target it never does/)).toBeVisible();
  expect(await unnamedControls(page)).toEqual([]);
});
