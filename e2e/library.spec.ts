import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test, type Page } from "@playwright/test";

const here = dirname(fileURLToPath(import.meta.url));

async function importFixture(page: Page, name: string) {
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "Import model" }).click();
  await (await chooser).setFiles(join(here, "fixtures", name));
}

const title = (page: Page) => page.getByRole("heading", { level: 1 });
const library = (page: Page) => page.getByRole("dialog", { name: "Library" });
const rows = (page: Page) => library(page).getByRole("table", { name: "Library entries" }).locator("tbody tr");

async function openLibrary(page: Page) {
  await page.getByRole("button", { name: "Library", exact: true }).click();
  await expect(library(page)).toBeVisible();
}

test("the library keeps models: new, open, duplicate, rename, delete with undo, and edits are saved to the open entry", async ({ page }) => {
  await page.goto("/");
  await importFixture(page, "library-model.json");
  await expect(title(page)).toHaveText("Lending library");

  await openLibrary(page);
  await expect(library(page)).toContainText("The library is empty");
  await library(page).getByRole("button", { name: "Save open model to library" }).click();
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText("open");

  // A new blank model: the open one is already in the library, so nothing is lost.
  await library(page).getByRole("button", { name: "New model" }).click();
  await expect(title(page)).toHaveText("Untitled model");
  await openLibrary(page);
  await expect(rows(page)).toHaveCount(2);
  await library(page).getByRole("button", { name: "Open Lending library" }).click();
  await expect(title(page)).toHaveText("Lending library");

  // An edit of the open document (a reviewer's note) is saved to its entry.
  await page.getByRole("button", { name: "Compare" }).click();
  await page.getByRole("textbox", { name: "Note on getMember" }).fill("Saved to the library");
  await page.getByRole("textbox", { name: "Note on getMember" }).press("Enter");
  await page.keyboard.press("Escape");

  await openLibrary(page);
  await library(page).getByRole("button", { name: "Duplicate Lending library" }).click();
  await expect(rows(page)).toHaveCount(3);
  await library(page).getByRole("button", { name: "Rename Lending library copy" }).click();
  const name = library(page).getByRole("textbox", { name: "New name for Lending library copy" });
  await name.fill("Not this");
  await name.press("Escape");
  await expect(library(page)).toBeVisible();
  await expect(library(page).getByRole("button", { name: "Open Lending library copy" })).toBeVisible();
  await library(page).getByRole("button", { name: "Rename Lending library copy" }).click();
  await name.fill("   ");
  await expect(library(page)).toContainText("a name needs at least one character");
  await name.fill("Lending v2");
  await name.press("Enter");
  await expect(library(page).getByRole("button", { name: "Open Lending v2" })).toBeVisible();

  await library(page).getByRole("button", { name: "Delete Lending v2" }).click();
  await expect(rows(page)).toHaveCount(2);
  await library(page).getByRole("button", { name: "Undo delete" }).click();
  await expect(rows(page)).toHaveCount(3);
  await expect(rows(page).nth(1)).toContainText("Lending v2");

  // Everything survives a reload; the copy carries the note made before it was duplicated.
  await page.reload();
  await expect(title(page)).toHaveText("Lending library");
  await openLibrary(page);
  await expect(rows(page)).toHaveCount(3);
  await library(page).getByRole("button", { name: "Open Lending v2" }).click();
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(page.getByRole("textbox", { name: "Note on getMember" })).toHaveValue("Saved to the library");
});

test("opening a library entry first saves an open model that is not in the library", async ({ page }) => {
  await page.goto("/");
  await openLibrary(page);
  await library(page).getByRole("button", { name: "New model" }).click();
  await expect(title(page)).toHaveText("Untitled model");

  await importFixture(page, "library-model.json");
  await expect(title(page)).toHaveText("Lending library");
  await openLibrary(page);
  await expect(rows(page)).toHaveCount(1);
  await library(page).getByRole("button", { name: "Open Untitled model" }).click();
  await expect(title(page)).toHaveText("Untitled model");
  await openLibrary(page);
  await expect(rows(page)).toHaveCount(2);
  await expect(library(page).getByRole("button", { name: "Open Lending library" })).toBeEnabled();

  // Undo goes back to the imported model, which is now its library entry.
  await page.keyboard.press("Escape");
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(title(page)).toHaveText("Lending library");
  await openLibrary(page);
  await expect(library(page).getByRole("button", { name: "Open Lending library" })).toBeDisabled();
});
