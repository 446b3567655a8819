import { expect, test, type Page } from "@playwright/test";

const tour = (page: Page) => page.getByRole("dialog", { name: /./ }).filter({ hasText: "Tour, step" });
const selectedTab = (page: Page) => page.locator('[role="tab"][aria-selected="true"]');

test("first visit offers the tour; it walks the tabs with Next and Back, and once finished is not offered again", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Take the tour" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Multi-tenant payments");
  await expect(tour(page)).toContainText("step 1 of 6");
  await expect(tour(page).getByRole("heading", { name: "The model" })).toBeFocused();
  await expect(selectedTab(page)).toHaveText("Model");
  await expect(tour(page).getByRole("button", { name: "Back" })).toBeDisabled();

  const expected = ["Design", "Query", "Partitions", "Cost", "Export"];
  for (const [i, tab] of expected.entries()) {
    await tour(page).getByRole("button", { name: "Next" }).click();
    await expect(tour(page)).toContainText(`step ${i + 2} of 6`);
    await expect(selectedTab(page)).toHaveText(tab);
  }
  await tour(page).getByRole("button", { name: "Back" }).click();
  await expect(selectedTab(page)).toHaveText("Cost");
  await tour(page).getByRole("button", { name: "Next" }).click();
  await tour(page).getByRole("button", { name: "Finish" }).click();
  await expect(tour(page)).toHaveCount(0);

  // Even with an empty workspace, a finished tour is not offered again.
  await page.evaluate(() => localStorage.removeItem("tablewright.document"));
  await page.reload();
  await expect(page.getByRole("heading", { name: "Examples" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Take the tour" })).toHaveCount(0);

  // The Tour button restarts it.
  await page.getByRole("button", { name: "Tour", exact: true }).click();
  await expect(tour(page)).toContainText("step 1 of 6");
  await expect(selectedTab(page)).toHaveText("Model");
});

test("skipping ends the tour for good; declining the offer too; the tour keeps an open model in the library", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Take the tour" }).click();
  await tour(page).getByRole("button", { name: "Next" }).click();
  await tour(page).getByRole("button", { name: "Skip tour" }).click();
  await expect(tour(page)).toHaveCount(0);
  await expect(selectedTab(page)).toHaveText("Design");
  await page.evaluate(() => localStorage.removeItem("tablewright.document"));
  await page.reload();
  await expect(page.getByRole("button", { name: "Take the tour" })).toHaveCount(0);

  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.getByRole("button", { name: "No thanks" }).click();
  await expect(page.getByRole("button", { name: "Take the tour" })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole("heading", { name: "Examples" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Take the tour" })).toHaveCount(0);

  // Restarting the tour over the user's own model keeps that model in the library.
  await page.getByRole("button", { name: "Open example Chat and messaging" }).click();
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText(/workbench/);
  const own = await page.getByRole("heading", { level: 1 }).textContent();
  await page.getByRole("button", { name: "Tour", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Multi-tenant payments");
  await page.keyboard.press("Escape");
  await expect(tour(page)).toHaveCount(0);
  await page.getByRole("button", { name: "Library", exact: true }).click();
  await expect(page.getByRole("dialog", { name: "Library" }).getByRole("button", { name: `Open ${own}` })).toBeVisible();
});
