import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test, type Page } from "@playwright/test";

const here = dirname(fileURLToPath(import.meta.url));

async function openLibraryDesign(page: Page) {
  await page.goto("/");
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "Import model" }).click();
  await (await chooser).setFiles(join(here, "fixtures", "library-model.json"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Lending library");
  await page.getByRole("tab", { name: "Design" }).click();
}

const operations = (page: Page) => page.getByRole("table", { name: "Access pattern operations" });

test("the Design tab shows keys, operations, findings and the items as stored", async ({ page }) => {
  await openLibraryDesign(page);
  await expect(page.getByText("every access pattern is served")).toBeVisible();
  const templates = page.getByRole("table", { name: "Key templates" });
  await expect(templates.getByRole("row", { name: /Loan/ })).toContainText("LOAN#{loanId}");
  await expect(operations(page).locator("tbody tr")).toHaveCount(2);
  await expect(operations(page).getByRole("row", { name: /memberLoans/ })).toContainText("Query");
  await expect(operations(page).getByRole("row", { name: /getMember/ })).toContainText("GetItem");
  await expect(page.getByText("Not served")).toHaveCount(0);

  const items = page.getByRole("table", { name: "Table items" });
  await expect(items.getByRole("rowheader").first()).toContainText("Partition MEMBER#");
  await page.getByRole("combobox", { name: "Index view" }).selectOption("GSI1");
  const gsiItems = page.getByRole("table", { name: "Items in GSI1" });
  await expect(gsiItems).toBeVisible();
  // Only loans carry GSI1's keys: no Member row in the index view.
  await expect(gsiItems.getByRole("cell", { name: "Member", exact: true })).toHaveCount(0);
  await expect(gsiItems.getByRole("cell", { name: "Loan", exact: true }).first()).toBeVisible();
});

test("a pinned template edit re-maps the patterns live and survives a reload", async ({ page }) => {
  await openLibraryDesign(page);
  await page.getByRole("button", { name: "Pin design" }).click();
  const gsiSort = page.getByRole("textbox", { name: "GSI1SK template of Loan" });
  await expect(gsiSort).toHaveValue("LOAN#{borrowedAt}#{loanId}");

  // Without borrowedAt in the index sort key, "a member's loans in a date range" has no Query.
  await gsiSort.fill("LOAN#{loanId}");
  await gsiSort.press("Enter");
  await expect(operations(page).getByRole("row", { name: /memberLoans/ }).getByText("Not served", { exact: true })).toBeVisible();
  await expect(page.getByText("1 access pattern is not served")).toBeVisible();

  await page.reload();
  await page.getByRole("tab", { name: "Design" }).click();
  await expect(page.getByRole("textbox", { name: "GSI1SK template of Loan" })).toHaveValue("LOAN#{loanId}");
  await expect(operations(page).getByRole("row", { name: /memberLoans/ }).getByText("Not served", { exact: true })).toBeVisible();

  await page.getByRole("button", { name: "Unpin design" }).click();
  await expect(page.getByText("every access pattern is served")).toBeVisible();
});

test("an invalid template edit is refused with its problem and changes nothing", async ({ page }) => {
  await openLibraryDesign(page);
  await page.getByRole("button", { name: "Pin design" }).click();
  const gsiSort = page.getByRole("textbox", { name: "GSI1SK template of Loan" });
  await gsiSort.fill("LOAN#{nope}");
  await gsiSort.press("Enter");
  await expect(page.getByRole("alert").filter({ hasText: "nope" })).toBeVisible();
  await expect(gsiSort).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("every access pattern is served")).toBeVisible();
  await gsiSort.press("Escape");
  await expect(gsiSort).toHaveValue("LOAN#{borrowedAt}#{loanId}");
});

test("every example is fully served in the Design tab", async ({ page }) => {
  await page.goto("/");
  const titles = await page.getByRole("button", { name: /^Open example / }).evaluateAll((els) => els.map((e) => e.getAttribute("aria-label") ?? ""));
  for (const label of titles) {
    if (await page.getByRole("button", { name: "Examples" }).isEnabled()) await page.getByRole("button", { name: "Examples" }).click();
    await page.getByRole("button", { name: label }).click();
    await page.getByRole("tab", { name: "Design" }).click();
    await expect(page.getByText("every access pattern is served")).toBeVisible();
    await expect(page.getByText("Not served")).toHaveCount(0);
    await page.getByRole("tab", { name: "Model" }).click();
  }
});

test("the Design tab shows each write pattern's condition and update expressions", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Open example Multi-tenant payments" }).click();
  await page.getByRole("tab", { name: "Design" }).click();
  const writes = page.getByRole("table", { name: "Write operations" });
  const row = (id: string) => writes.getByRole("row").filter({ has: page.getByRole("cell", { name: id, exact: true }) });
  // Idempotent create with a uniqueness item: a transaction whose members are guarded.
  await expect(row("createPayment").getByRole("cell").nth(1)).toHaveText("TransactWriteItems");
  await expect(row("createPayment").getByRole("cell").nth(2)).toHaveText("attribute_not_exists(PK)");
  await expect(row("createPayment").getByRole("listitem")).toHaveText(["Put the item if attribute_not_exists(PK)", "Put uniqueness item (idempotencyKey) if attribute_not_exists(PK)"]);
  // Optimistic lock: the version condition and its increment.
  await expect(row("settlePayment").getByRole("cell").nth(2)).toHaveText("#version = :expected");
  await expect(row("settlePayment").getByRole("cell").nth(3)).toContainText("#version = #version + :one");
  // Atomic debit, never below zero.
  await expect(row("debitBalance").getByRole("cell").nth(2)).toHaveText("#balance >= :minus_balance");
  await expect(row("debitBalance").getByRole("cell").nth(3)).toHaveText("ADD #balance :balance");
  await expect(row("debitBalance").getByRole("cell").nth(5)).toHaveText(/^\d+ \(table \d+, indexes \d+\)$/);
});
