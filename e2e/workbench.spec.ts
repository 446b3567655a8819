import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test, type Page } from "@playwright/test";

const here = dirname(fileURLToPath(import.meta.url));
const fixture = (name: string) => join(here, "fixtures", name);
const manifest = JSON.parse(readFileSync(join(here, "..", "public", "examples", "index.json"), "utf8")) as {
  examples: Array<{ file: string; title: string; patterns: number }>;
};

async function importFile(page: Page, file: string) {
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "Import model" }).click();
  await (await chooser).setFiles(file);
}

async function openExample(page: Page, title: string) {
  await page.getByRole("button", { name: `Open example ${title}` }).click();
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText(/workbench/);
}

/** Our problem panels; Next's route announcer is an empty alert too. */
const problemPanels = (page: Page) => page.locator("section[role=alert]");

test.beforeEach(async ({ page }) => {
  await page.goto("/");
});

test("opens on the examples gallery", async ({ page }) => {
  await expect(page.getByRole("heading", { name: "Examples" })).toBeVisible();
  const open = page.getByRole("button", { name: /^Open example / });
  await expect(open).toHaveCount(manifest.examples.length);
  expect(manifest.examples.length).toBeGreaterThanOrEqual(6);
  await expect(page.getByRole("button", { name: "Import model" })).toBeEnabled();
  await expect(page.getByRole("button", { name: "Download model" })).toBeDisabled();
});

test("every example opens and shows its entities and access patterns", async ({ page }) => {
  for (const example of manifest.examples) {
    const model = JSON.parse(readFileSync(join(here, "..", "public", "examples", example.file), "utf8"));
    if (await page.getByRole("button", { name: "Examples" }).isEnabled()) {
      await page.getByRole("button", { name: "Examples" }).click();
    }
    await openExample(page, example.title);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(model.name);
    const rows = page.getByRole("table", { name: "Access patterns" }).locator("tbody tr");
    await expect(rows).toHaveCount(example.patterns);
    for (const entity of model.entities as Array<{ name: string }>) {
      await expect(page.getByRole("table", { name: `Attributes of ${entity.name}`, exact: true })).toBeVisible();
    }
  }
});

test("shows the seven workbench tabs and moves between them with the keyboard", async ({ page }) => {
  await openExample(page, manifest.examples[0]!.title);
  for (const name of ["Model", "Design", "Query", "Partitions", "Cost", "Export", "Run"]) {
    await expect(page.getByRole("tab", { name })).toBeVisible();
  }
  await expect(page.getByRole("tab", { name: "Model" })).toHaveAttribute("aria-selected", "true");
  await page.getByRole("tab", { name: "Model" }).focus();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("tab", { name: "Design" })).toHaveAttribute("aria-selected", "true");
  await expect(page.getByRole("tab", { name: "Design" })).toBeFocused();
  await page.keyboard.press("End");
  await expect(page.getByRole("tab", { name: "Run" })).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("tab", { name: "Model" })).toHaveAttribute("aria-selected", "true");
});

test("imports a good model file", async ({ page }) => {
  await importFile(page, fixture("library-model.json"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Lending library");
  await expect(page.getByText("from library-model.json")).toBeVisible();
  await expect(page.getByRole("table", { name: "Access patterns" }).locator("tbody tr")).toHaveCount(2);
  await expect(problemPanels(page)).toHaveCount(0);
});

test("a bad file shows every problem and leaves the open model alone", async ({ page }) => {
  await importFile(page, fixture("library-model.json"));
  await importFile(page, fixture("bad-model.json"));
  const alert = problemPanels(page);
  await expect(alert.getByRole("heading", { name: "Could not open bad-model.json" })).toBeVisible();
  await expect(alert).toContainText("entities[0].name");
  await expect(alert).toContainText("entities[0].attributes[0].type");
  await expect(alert).toContainText("accessPatterns[0].entity");
  // What was open stays open.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Lending library");
  await expect(page.getByRole("table", { name: "Access patterns" }).locator("tbody tr")).toHaveCount(2);
  await alert.getByRole("button", { name: "Dismiss problems" }).click();
  await expect(problemPanels(page)).toHaveCount(0);
});

test("invalid JSON is reported with its line and column", async ({ page }) => {
  await importFile(page, fixture("truncated-model.json"));
  const alert = problemPanels(page);
  await expect(alert).toContainText("Could not open truncated-model.json");
  await expect(alert).toContainText(/line 5, column 1/);
  await expect(page.getByRole("heading", { name: "Examples" })).toBeVisible();
});

test("the open model survives a reload", async ({ page }) => {
  await importFile(page, fixture("library-model.json"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Lending library");
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Lending library");
  await expect(page.getByRole("table", { name: "Access patterns" }).locator("tbody tr")).toHaveCount(2);
});

test("a corrupted saved document is reported and kept aside", async ({ page }) => {
  // Wait until the workspace has hydrated: its own first write must not land after ours.
  await expect(page.getByRole("heading", { name: "Examples" })).toBeVisible();
  await page.evaluate(() => {
    localStorage.setItem("tablewright.document", JSON.stringify({ state: { model: { format: "tablewright.model/1", name: "" , entities: [] }, source: "x" }, version: 1 }));
  });
  await page.reload();
  const alert = problemPanels(page);
  await expect(alert.getByRole("heading", { name: "Your saved model could not be restored" })).toBeVisible();
  const kept = await page.evaluate(() => localStorage.getItem("tablewright.document.recovered"));
  expect(JSON.parse(kept ?? "null")).toMatchObject({ model: { name: "" } });
});

test("downloads the open model in our format, unknown fields kept", async ({ page }) => {
  await importFile(page, fixture("library-model.json"));
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download model" }).click();
  const file = await (await download).path();
  const saved = JSON.parse(readFileSync(file, "utf8"));
  const original = JSON.parse(readFileSync(fixture("library-model.json"), "utf8"));
  expect(saved).toEqual(original);
  expect((await download).suggestedFilename()).toBe("lending-library.json");
});

test("every control has an accessible name", async ({ page }) => {
  await openExample(page, manifest.examples[0]!.title);
  const unnamed = await page.evaluate(() => {
    const controls = Array.from(document.querySelectorAll("button, input, select, textarea, a[href], [role=tab]"));
    return controls
      .filter((el) => {
        const label = el.getAttribute("aria-label") ?? el.getAttribute("aria-labelledby") ?? (el.textContent ?? "").trim();
        return label.length === 0;
      })
      .map((el) => el.outerHTML.slice(0, 80));
  });
  expect(unnamed).toEqual([]);
});
