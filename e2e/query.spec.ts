import { expect, test } from "@playwright/test";

test("the Query tab runs a pattern on the sample data and shows request, items, pages and read units", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Open example Multi-tenant payments" }).click();
  await page.getByRole("tab", { name: "Query" }).click();
  const picker = page.getByRole("combobox", { name: "Access pattern" });
  await picker.selectOption("recentPayments");

  // Prefilled from the sample data.
  const tenant = page.getByRole("textbox", { name: "tenantId", exact: true });
  await expect(tenant).not.toHaveValue("");
  await expect(page.getByRole("textbox", { name: "createdAt from" })).toHaveValue(/^\d{4}-\d\d-\d\dT/);

  await page.getByRole("button", { name: "Run query" }).click();
  const request = page.getByRole("region", { name: "Request" });
  await expect(request).toContainText('"IndexName"');
  await expect(request).toContainText("BETWEEN");
  await expect(page.getByText("Consumed read units")).toBeVisible();
  const rows = page.getByRole("table", { name: "Query result" }).locator("tbody tr");
  await expect(rows.first()).toContainText("Payment");
  const count = await rows.count();
  expect(count).toBeGreaterThan(0);
  expect(count).toBeLessThanOrEqual(50); // the pattern's limit

  // Newest first: the createdAt values come back in descending order.
  const texts = await rows.locator("td.attributes").allTextContents();
  const created = texts.map((t) => /createdAt: ([^,]+)/.exec(t)?.[1] ?? "");
  expect([...created].sort().reverse()).toEqual(created);
});

test("a parameter that does not match anything returns no items and costs nothing extra", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Open example Multi-tenant payments" }).click();
  await page.getByRole("tab", { name: "Query" }).click();
  await page.getByRole("combobox", { name: "Access pattern" }).selectOption("getTenant");
  await page.getByRole("textbox", { name: "tenantId", exact: true }).fill("no-such-tenant");
  await page.getByRole("button", { name: "Run query" }).click();
  await expect(page.getByText("0 items", { exact: true })).toBeVisible();
  // GetItem of a missing item still costs the minimum: 0.5 read units, eventually consistent.
  await expect(page.getByText("Consumed read units")).toContainText("0.5");
});

test("a bad parameter value is reported, not sent", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Open example Multi-tenant payments" }).click();
  await page.getByRole("tab", { name: "Query" }).click();
  await page.getByRole("combobox", { name: "Access pattern" }).selectOption("recentPayments");
  await page.getByRole("textbox", { name: "tenantId", exact: true }).fill("");
  await page.getByRole("button", { name: "Run query" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "tenantId: expected a value" })).toBeVisible();
  await expect(page.getByText("Consumed read units")).toHaveCount(0);
});

test("every read pattern of an example runs", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Open example Game lobbies and leaderboards" }).click();
  await page.getByRole("tab", { name: "Query" }).click();
  const picker = page.getByRole("combobox", { name: "Access pattern" });
  const ids = await picker.locator("option").evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  expect(ids.length).toBeGreaterThan(3);
  for (const id of ids) {
    await picker.selectOption(id);
    await page.getByRole("button", { name: "Run query" }).click();
    await expect(page.getByRole("region", { name: `Run ${id}` }).getByText("Consumed read units")).toBeVisible();
    await expect(page.getByRole("region", { name: `Run ${id}` }).getByRole("alert")).toHaveCount(0);
  }
});
