import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test, type Page } from "@playwright/test";

const here = dirname(fileURLToPath(import.meta.url));

async function importFixture(page: Page, name: string) {
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "Import model" }).click();
  await (await chooser).setFiles(join(here, "fixtures", name));
}

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const LIGHT = "rgb(247, 247, 245)";
const DARK = "rgb(19, 20, 22)";

test.describe("Theme", () => {
  test.use({ colorScheme: "dark" });

  test("follows the system, can be switched, and a stored choice applies before the page is painted", async ({ page }) => {
    // Record the theme at the moment <body> starts, before anything can be painted.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.body) {
          (window as unknown as { themeAtBody: string | null }).themeAtBody = document.documentElement.getAttribute("data-theme");
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto("/");
    const theme = page.getByRole("combobox", { name: "Theme" });
    await expect(theme).toHaveValue("system");
    expect(await background(page)).toBe(DARK);

    await theme.selectOption("Light");
    await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
    expect(await background(page)).toBe(LIGHT);

    await page.reload();
    expect(await page.evaluate(() => (window as unknown as { themeAtBody: string | null }).themeAtBody)).toBe("light");
    await expect(page.getByRole("combobox", { name: "Theme" })).toHaveValue("light");
    expect(await background(page)).toBe(LIGHT);

    await page.getByRole("combobox", { name: "Theme" }).selectOption("System");
    await expect(page.locator("html")).not.toHaveAttribute("data-theme", /./);
    expect(await background(page)).toBe(DARK);
    await page.reload();
    expect(await page.evaluate(() => (window as unknown as { themeAtBody: string | null }).themeAtBody)).toBeNull();
    // The theme is a preference of the browser, never part of the document.
    expect(await page.evaluate(() => localStorage.getItem("tablewright.document") ?? "")).not.toContain("theme");
  });

  test("Dark overrides a light system", async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: "light" });
    const page = await context.newPage();
    await page.goto(test.info().project.use.baseURL!);
    expect(await background(page)).toBe(LIGHT);
    await page.getByRole("combobox", { name: "Theme" }).selectOption("Dark");
    expect(await background(page)).toBe(DARK);
    await context.close();
  });
});

test("? and the Keyboard shortcuts button open the help sheet; Escape closes it; typing ? in a field does not", async ({ page }) => {
  await page.goto("/");
  await importFixture(page, "library-model.json");
  const sheet = page.getByRole("dialog", { name: "Keyboard shortcuts" });

  await page.locator("body").press("?");
  await expect(sheet).toBeVisible();
  const rows = sheet.getByRole("table", { name: "Shortcuts" }).locator("tbody tr");
  await expect(rows.filter({ hasText: "Undo" })).toContainText("Ctrl+Z");
  await expect(rows.filter({ hasText: "Redo" })).toContainText("Shift+Ctrl+Z");
  await expect(rows.filter({ hasText: "Redo" })).toContainText("Ctrl+Y");
  await expect(rows.filter({ hasText: "tab" }).first()).toContainText("←");
  await expect(rows.filter({ hasText: "Close a dialog" })).toContainText("Esc");
  await page.keyboard.press("Escape");
  await expect(sheet).toHaveCount(0);

  await page.getByRole("button", { name: "Keyboard shortcuts" }).click();
  await expect(sheet).toBeVisible();
  await sheet.getByRole("button", { name: "Close Keyboard shortcuts" }).click();
  await expect(sheet).toHaveCount(0);

  // Inside a text field, ? is just a character and Ctrl+Z is the field's own undo, not the document's.
  const title = page.getByRole("heading", { level: 1 });
  await page.getByRole("button", { name: "Compare" }).click();
  const note = page.getByRole("textbox", { name: "Note on getMember" });
  await note.pressSequentially("why?");
  await expect(note).toHaveValue("why?");
  await expect(sheet).toHaveCount(0);
  await note.press("Control+z");
  await page.waitForTimeout(200);
  await expect(title).toHaveText("Lending library");
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog", { name: "Review changes" })).toHaveCount(0);

  // Outside a field, Ctrl+Z undoes a committed change of the document.
  const stored = () => page.evaluate(() => localStorage.getItem("tablewright.document") ?? "");
  const before = await stored();
  await page.locator("body").press("Control+z");
  await expect.poll(stored).not.toBe(before);
});
