import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test, type Page } from "@playwright/test";
import { parseModel } from "../lib/model";

const here = dirname(fileURLToPath(import.meta.url));
const fixturePath = join(here, "fixtures", "library-model.json");
const library = JSON.parse(readFileSync(fixturePath, "utf8")) as { entities: unknown[]; accessPatterns: Array<Record<string, unknown>> };

async function openLibrary(page: Page) {
  await page.goto("/");
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "Import model" }).click();
  await (await chooser).setFiles(fixturePath);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Lending library");
}

/** The message the CLI prints (lib/model's) for the library model with one change, at `path`. */
function cliMessage(change: (m: typeof library) => void, path: string): string {
  const copy = structuredClone(library);
  change(copy);
  const parsed = parseModel(copy);
  const problem = parsed.problems.find((p) => p.path === path && p.severity === "error");
  if (!problem) throw new Error(`expected a problem at ${path}`);
  return problem.message;
}

const live = (page: Page) => page.getByRole("region", { name: "Live design" });
const liveItem = (page: Page, id: string) => live(page).locator(`li[data-pattern="${id}"]`);
const operations = (page: Page) => page.getByRole("table", { name: "Access pattern operations" });
const patternRows = (page: Page) => page.getByRole("table", { name: "Access patterns" }).locator(":scope > tbody > tr");

test("an edit updates the live design and the Design tab, and says Saved", async ({ page }) => {
  await openLibrary(page);
  await expect(liveItem(page, "memberLoans")).toContainText("A member's loans, newest first");
  await expect(liveItem(page, "memberLoans")).toContainText(/Query GSI1.*BETWEEN/);

  await page.getByRole("combobox", { name: "Operator of condition 2 of access pattern memberLoans" }).selectOption("beginsWith");
  await expect(liveItem(page, "memberLoans")).toContainText(/Query GSI1.*begins_with\(GSI1SK/);
  // A strongly consistent read cannot use a GSI: the design moves it to a local index.
  await page.getByRole("combobox", { name: "Consistency of access pattern memberLoans" }).selectOption("strong");
  await expect(liveItem(page, "memberLoans")).toContainText("Query LSI1");
  await expect(page.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();

  await page.getByRole("textbox", { name: "Name of access pattern memberLoans" }).fill("Loans of a member after a date");
  await expect(liveItem(page, "memberLoans")).toContainText("Loans of a member after a date");

  await page.getByRole("tab", { name: "Design" }).click();
  await expect(operations(page).getByRole("row", { name: /memberLoans/ })).toContainText("LSI1");
  await expect(operations(page).getByRole("row", { name: /memberLoans/ })).toContainText("begins_with(LSI1SK");
});

test("renaming an entity or an attribute takes its references along", async ({ page }) => {
  await openLibrary(page);
  const names = page.getByRole("textbox", { name: "Entity name" });
  await expect(names).toHaveCount(2);
  await names.first().fill("Patron");
  await names.first().blur();
  await expect(page.getByRole("combobox", { name: "Ref of attribute memberId of Loan" })).toHaveValue("Patron");
  await expect(page.getByRole("textbox", { name: "Entity of access pattern getMember" })).toHaveValue("Patron");
  await expect(page.getByRole("region", { name: "Unfinished edit" })).toHaveCount(0);
  await expect(live(page).getByText("Not served")).toHaveCount(0);

  await page.getByRole("textbox", { name: "Name of attribute borrowedAt of Loan" }).fill("takenAt");
  await expect(page.getByRole("combobox", { name: "Attribute of condition 2 of access pattern memberLoans" })).toHaveValue("takenAt");
  await expect(page.getByRole("combobox", { name: "Order by of access pattern memberLoans" })).toHaveValue("takenAt");
  await expect(liveItem(page, "memberLoans")).toContainText("Query GSI1");

  await page.getByRole("tab", { name: "Design" }).click();
  await expect(page.getByRole("table", { name: "Key templates" }).getByRole("row", { name: /Patron/ })).toBeVisible();
  await expect(page.getByRole("table", { name: "Key templates" }).getByRole("row", { name: /Loan/ })).toContainText("{takenAt}");
});

test("an invalid edit shows the CLI's message at the field and keeps the last valid design", async ({ page }) => {
  await openLibrary(page);
  const limit = page.getByRole("textbox", { name: "Limit of access pattern memberLoans" });
  await limit.fill("0");
  const expected = cliMessage((m) => (m.accessPatterns[1]!.limit = 0), "accessPatterns[1].limit");
  await expect(limit).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("alert").filter({ hasText: expected }).first()).toBeVisible();
  await expect(page.getByRole("region", { name: "Unfinished edit" })).toContainText("accessPatterns[1].limit");
  // The live design and the other tabs keep the last valid model (limit 20).
  await expect(liveItem(page, "memberLoans")).toContainText("Query GSI1");
  await page.getByRole("tab", { name: "Export" }).click();
  await expect(page.getByRole("region", { name: "Export preview" })).not.toContainText('"limit": 0');

  await page.getByRole("tab", { name: "Model" }).click();
  await expect(limit).toHaveValue("0");
  await limit.fill("25");
  await expect(limit).not.toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("region", { name: "Unfinished edit" })).toHaveCount(0);
});

test("delete, Undo and Redo, one step per edit", async ({ page }) => {
  await openLibrary(page);
  await expect(patternRows(page)).toHaveCount(2);
  await page.getByRole("button", { name: "Delete access pattern getMember" }).click();
  await expect(patternRows(page)).toHaveCount(1);
  await expect(liveItem(page, "getMember")).toHaveCount(0);
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(patternRows(page)).toHaveCount(2);
  await expect(liveItem(page, "getMember")).toContainText("GetItem");
  await page.getByRole("button", { name: "Redo" }).click();
  await expect(patternRows(page)).toHaveCount(1);

  // Removing an entity takes its patterns and the refs to it; Undo brings all of it back.
  await page.getByRole("button", { name: "Remove entity Member" }).click();
  await expect(page.getByRole("textbox", { name: "Entity name" })).toHaveCount(1);
  await expect(page.getByRole("combobox", { name: "Ref of attribute memberId of Loan" })).toHaveValue("");
  await expect(page.getByRole("region", { name: "Unfinished edit" })).toHaveCount(0);
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByRole("textbox", { name: "Entity name" })).toHaveCount(2);
  await expect(page.getByRole("combobox", { name: "Ref of attribute memberId of Loan" })).toHaveValue("Member");

  // Typing a whole word in one field is one undo step.
  await page.getByRole("button", { name: "Undo" }).click();
  const name = page.getByRole("textbox", { name: "Name of access pattern getMember" });
  await name.fill("");
  await name.pressSequentially("Find a member");
  await name.blur();
  await expect(liveItem(page, "getMember")).toContainText("Find a member");
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(name).toHaveValue("Get a member");
});

test("a reload keeps every edit, including an unfinished invalid draft", async ({ page }) => {
  await openLibrary(page);
  await page.getByRole("textbox", { name: "Peak rps of access pattern getMember" }).fill("75");
  const loan = page.getByRole("textbox", { name: "Entity name" }).nth(1);
  await loan.fill("loan");
  const expected = cliMessage((m) => ((m.entities[1] as { name: string }).name = "loan"), "entities[1].name");
  await expect(page.getByRole("alert").filter({ hasText: expected }).first()).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();

  await page.reload();
  await expect(page.getByRole("textbox", { name: "Entity name" }).nth(1)).toHaveValue("loan");
  await expect(page.getByRole("alert").filter({ hasText: expected }).first()).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Peak rps of access pattern getMember" })).toHaveValue("75");
  // The last valid model still drives the design: it has the rps edit, not the bad name.
  await expect(liveItem(page, "memberLoans")).toContainText("Query GSI1");

  await page.getByRole("textbox", { name: "Entity name" }).nth(1).fill("Lending");
  await expect(page.getByRole("region", { name: "Unfinished edit" })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole("textbox", { name: "Entity name" }).nth(1)).toHaveValue("Lending");
  await expect(page.getByRole("textbox", { name: "Entity of access pattern memberLoans" })).toHaveValue("Lending");
});

test("add an entity, an attribute and an access pattern, then use them", async ({ page }) => {
  await openLibrary(page);
  await page.getByRole("button", { name: "Add entity" }).click();
  const names = page.getByRole("textbox", { name: "Entity name" });
  await expect(names).toHaveCount(3);
  await expect(names.nth(2)).toHaveValue("Entity");
  await names.nth(2).fill("Book");
  await expect(page.getByRole("textbox", { name: "Name of attribute entityId of Book" })).toBeVisible();
  await page.getByRole("button", { name: "Add attribute to Book" }).click();
  await page.getByRole("textbox", { name: "Name of attribute attribute of Book" }).fill("title");
  await expect(page.getByRole("region", { name: "Unfinished edit" })).toHaveCount(0);

  await page.getByRole("button", { name: "Add access pattern" }).click();
  await expect(patternRows(page)).toHaveCount(3);
  await page.getByRole("textbox", { name: "Entity of access pattern AP1" }).fill("Book");
  // Get by the whole key: the new pattern's condition is on Member's key; point it at Book's.
  await page.getByRole("combobox", { name: "Attribute of condition 1 of access pattern AP1" }).selectOption("entityId");
  await page.getByRole("textbox", { name: "Name of access pattern AP1" }).fill("Get a book");
  await expect(page.getByRole("region", { name: "Unfinished edit" })).toHaveCount(0);
  await expect(liveItem(page, "AP1")).toContainText("Get a book");
  await expect(liveItem(page, "AP1")).toContainText("GetItem");
  await page.getByRole("button", { name: "Move access pattern AP1 up" }).click();
  await expect(page.getByRole("textbox", { name: "Id of access pattern AP1" })).toBeVisible();
  await expect(live(page).locator("li").nth(1)).toHaveAttribute("data-pattern", "AP1");
});

test("a shared model opens read-only, without editing controls", async ({ page, browser }) => {
  await openLibrary(page);
  await page.getByRole("button", { name: "Share" }).click();
  const link = await page.getByRole("textbox", { name: "Share link" }).inputValue();
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  await expect(other.getByRole("button", { name: "Copy to my workspace" })).toBeVisible();
  await expect(other.getByRole("table", { name: "Access patterns" })).toBeVisible();
  await expect(other.getByRole("button", { name: "Add entity" })).toHaveCount(0);
  await expect(other.getByRole("button", { name: "Add access pattern" })).toHaveCount(0);
  await expect(other.getByRole("textbox", { name: "Entity name" })).toHaveCount(0);
  await expect(other.getByRole("textbox", { name: /of access pattern/ })).toHaveCount(0);
  await expect(other.getByRole("button", { name: /^Delete access pattern/ })).toHaveCount(0);
  await fresh.close();
});

test("a full storage says Not saved with the reason, keeps the edit, and saves once there is room", async ({ page }) => {
  await openLibrary(page);
  const status = page.getByRole("status").filter({ hasText: /Saved|Not saved/ });
  await expect(status).toHaveText("Saved");
  // Fill this origin's real localStorage quota, down to single characters.
  await page.evaluate(() => {
    let n = 0;
    for (const size of [512 * 1024, 1024, 16, 1]) {
      const chunk = "x".repeat(size);
      try {
        for (;;) localStorage.setItem(`filler${n++}`, chunk);
      } catch {
        // full at this size; go on with smaller pieces
      }
    }
  });
  const notes = page.getByRole("textbox", { name: "Notes of access pattern getMember" });
  await notes.fill("A note long enough that the stored document no longer fits in the full storage.".repeat(3));
  await expect(status).toHaveText("Not saved: the browser's storage for this site is full");
  await expect(liveItem(page, "getMember")).toContainText("GetItem");

  await page.evaluate(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith("filler")) localStorage.removeItem(key);
  });
  await notes.press("End");
  await notes.press("!");
  await expect(status).toHaveText("Saved");
  await page.reload();
  await expect(page.getByRole("textbox", { name: "Notes of access pattern getMember" })).toHaveValue(/full storage\.!$/);
});
