import { expect, test } from "@playwright/test";

// Really starts DynamoDB Local (Java 17) through the server route: no mock anywhere.
test("the Run tab verifies an example on DynamoDB Local, beside the simulator", async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto("/");
  await page.getByRole("button", { name: "Open example Multi-tenant payments" }).click();
  await page.getByRole("tab", { name: "Run" }).click();
  await page.getByRole("spinbutton", { name: "Items" }).fill("500");
  await page.getByRole("button", { name: "Run verify" }).click();
  await expect(page.getByRole("progressbar", { name: "Load progress" })).toBeVisible({ timeout: 60_000 });
  const results = page.getByRole("region", { name: "Verify results" });
  await expect(results).toBeVisible({ timeout: 150_000 });
  await expect(results.getByRole("heading")).toHaveText(/Verified: every pattern holds on DynamoDB \(http:\/\/127\.0\.0\.1:\d+\)/);
  const rows = results.getByRole("table", { name: "Read patterns verified" }).locator("tbody tr");
  expect(await rows.count()).toBeGreaterThan(5);
  for (const text of await rows.allTextContents()) {
    expect(text).toContain("pass");
    expect(text.trim().endsWith("yes")).toBe(true);
  }
  // The write scenarios, beside the reads: each with its invariant, held on both targets.
  const writes = results.getByRole("table", { name: "Write scenarios" });
  for (const [pattern, scenario, invariant] of [
    ["createPayment", "duplicate-create", "the second attempt is told it exists"],
    ["createPayment", "unique-race", "exactly one is written"],
    ["settlePayment", "version-race", "the version advances by one"],
    ["debitBalance", "overdraw-race", "never take the number below 0"],
  ]) {
    const row = writes.getByRole("row").filter({ hasText: pattern as string }).filter({ hasText: scenario as string });
    await expect(row).toHaveCount(1);
    await expect(row.getByRole("cell").nth(2)).toContainText(invariant as string);
    await expect(row.getByRole("cell").nth(3)).toHaveText(/^held \(\d+ of \d+ written\)$/);
    await expect(row.getByRole("cell").nth(4)).toHaveText(/^held \(\d+ of \d+ written\)$/);
  }
});

test("the Run route refuses a remote endpoint and a bad body, with the JSON path", async ({ request }) => {
  const refused = await request.post("/api/run", {
    data: { model: { format: "tablewright.model/1", name: "x", entities: [{ name: "A", key: ["id"], attributes: [{ name: "id", type: "string" }] }], accessPatterns: [] }, endpoint: "https://dynamodb.us-east-1.amazonaws.com" },
  });
  expect(refused.status()).toBe(200);
  expect(await refused.text()).toContain("not on this machine");

  const bad = await request.post("/api/run", { data: { model: { format: "tablewright.model/1", name: "" } } });
  expect(bad.status()).toBe(422);
  const body = await bad.json();
  expect(body.problems.map((p: { path: string }) => p.path)).toContain("model.name");
});
