import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test, type Page } from "@playwright/test";

const here = dirname(fileURLToPath(import.meta.url));
const fixture = (name: string) => join(here, "fixtures", name);

async function choose(page: Page, button: string, file: string) {
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: button }).click();
  await (await chooser).setFiles(fixture(file));
}

const section = (page: Page, name: string) => page.getByRole("dialog", { name: "Review changes" }).getByRole("region", { name });

test("Compare shows the diff of two versions: the session's first version against the open one", async ({ page }) => {
  await page.goto("/");
  await choose(page, "Import model", "library-model.json");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Lending library");
  await choose(page, "Import model", "library-model-v2.json");
  await expect(page.getByText("from library-model-v2.json")).toBeVisible();

  await page.getByRole("button", { name: "Compare" }).click();
  const dialog = page.getByRole("dialog", { name: "Review changes" });
  await expect(dialog.getByRole("combobox", { name: "Base version" })).toHaveValue("session");
  await expect(section(page, "Entities and access patterns")).toContainText("Added openLoans");
  await expect(section(page, "Entities and access patterns")).toContainText("rps: — → 200");
  await expect(section(page, "Keys and indexes").getByRole("group", { name: "Indexes" })).toContainText("Added GSI2");
  await expect(section(page, "Keys and indexes").getByRole("group", { name: "Key templates" })).toContainText("Loan on GSI2");
  await expect(section(page, "Access pattern → operation")).toContainText("Added openLoans");
  const cost = dialog.getByRole("table", { name: "Monthly cost before and after" });
  await expect(cost.getByRole("row", { name: /On-demand/ })).toContainText("+$");

  // A reviewer's note: committed to the document, shown in the diff, one undo step.
  await dialog.getByRole("textbox", { name: "Note on memberLoans" }).fill("Why GSI1 and not the table?");
  await dialog.getByRole("textbox", { name: "Note on memberLoans" }).press("Enter");
  await expect(section(page, "Entities and access patterns")).toContainText("Changed memberLoans");
  await expect(section(page, "Entities and access patterns")).toContainText("notes: — → Why GSI1 and not the table?");
  await dialog.getByRole("button", { name: "Close Review changes" }).click();
  await expect(dialog).toHaveCount(0);

  await page.reload();
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(page.getByRole("textbox", { name: "Note on memberLoans" })).toHaveValue("Why GSI1 and not the table?");
  // Closing the dialog while still typing keeps the note.
  await page.getByRole("textbox", { name: "Note on getMember" }).fill("Typed, then closed");
  await page.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(page.getByRole("textbox", { name: "Note on getMember" })).toHaveValue("Typed, then closed");
});

test("two files compare against each other, and a bad file is reported without changing the review", async ({ page }) => {
  await page.goto("/");
  await choose(page, "Import model", "library-model-v2.json");
  await page.getByRole("button", { name: "Compare" }).click();
  const dialog = page.getByRole("dialog", { name: "Review changes" });
  await expect(dialog).toContainText("Choose a base version");
  await choose(page, "Choose base file", "library-model.json");
  await expect(dialog.getByRole("combobox", { name: "Base version" })).toHaveValue("file");
  await expect(section(page, "Access pattern → operation")).toContainText("Added openLoans");

  // The same file on both sides: no changes.
  await choose(page, "Choose changed file", "library-model.json");
  await expect(dialog.getByRole("status")).toHaveText("The two versions are the same.");
  await expect(dialog.getByRole("textbox", { name: /^Note on / })).toHaveCount(0);

  await choose(page, "Choose base file", "bad-model.json");
  await expect(dialog.getByRole("alert")).toContainText("Could not read bad-model.json");
  await expect(dialog.getByRole("status")).toHaveText("The two versions are the same.");

  await dialog.getByRole("button", { name: "Use the open model" }).click();
  await expect(section(page, "Entities and access patterns")).toContainText("Added openLoans");
});
