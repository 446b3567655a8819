import { expect, test, type Page } from "@playwright/test";

const TABS = ["Model", "Design", "Query", "Partitions", "Cost", "Export", "Run"];
const SIZES = [
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
];

/** How far the page is wider than the window (0 when nothing overflows sideways). */
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

for (const size of SIZES) {
  test(`at ${size.width}×${size.height} no tab overflows the page sideways and the toolbar stays usable`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.setViewportSize(size);
    await page.goto("/");
    expect(await overflow(page)).toBe(0);
    // The largest example: the most patterns, entities and indexes.
    await page.getByRole("button", { name: "Open example Multi-tenant payments" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Multi-tenant payments");

    for (const name of TABS) {
      await page.getByRole("tab", { name }).click();
      await expect(page.getByRole("tab", { name })).toHaveAttribute("aria-selected", "true");
      await page.waitForLoadState("networkidle");
      expect(await overflow(page), `${name} tab`).toBe(0);
    }

    // Every toolbar control is inside the window and takes clicks.
    const toolbar = page.getByRole("navigation", { name: "Model actions" });
    const controls = toolbar.locator("button, select");
    const count = await controls.count();
    expect(count).toBeGreaterThanOrEqual(10);
    for (let i = 0; i < count; i++) {
      const box = await controls.nth(i).boundingBox();
      expect(box, `control ${i}`).not.toBeNull();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(size.width);
      expect(box!.y + box!.height).toBeLessThanOrEqual(size.height / 3);
    }
    await toolbar.getByRole("button", { name: "Keyboard shortcuts" }).click();
    await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeVisible();
    await page.keyboard.press("Escape");
    await toolbar.getByRole("button", { name: "Share" }).click();
    const share = page.getByRole("textbox", { name: "Share link" });
    await expect(share).toBeInViewport();
    expect(await overflow(page)).toBe(0);
  });
}
