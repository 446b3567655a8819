import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";

/** Text each format's preview must show for the Multi-tenant payments example. */
const FORMATS: Array<[label: string, characteristic: RegExp, file: RegExp]> = [
  ["TypeScript", /export async function recentPayments\(/, /^data-access\.ts$/],
  ["CloudFormation", /Type: "AWS::DynamoDB::GlobalTable"/, /^template\.yaml$/],
  ["Terraform", /resource "aws_dynamodb_table" "table"/, /^main\.tf$/],
  ["CDK", /export class PaymentsTableStack extends cdk\.Stack/, /\.ts$/],
  ["IAM policy", /"dynamodb:Query"/, /^policy\.json$/],
  ["NoSQL Workbench", /"TableFacets"/, /\.nosql-workbench\.json$/],
  ["ElectroDB", /new Entity\(/, /^entities\.ts$/],
  ["Markdown", /# Multi-tenant payments: key design/, /^design\.md$/],
];

async function openExport(page: Page) {
  await page.goto("/");
  await page.getByRole("button", { name: "Open example Multi-tenant payments" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Multi-tenant payments");
  await page.getByRole("tab", { name: "Export" }).click();
}

test("every export format shows its text in the preview, and Download saves it", async ({ page }) => {
  await openExport(page);
  const format = page.getByRole("combobox", { name: "Export format" });
  const preview = page.getByRole("region", { name: "Export preview" });
  for (const [label, characteristic, file] of FORMATS) {
    await format.selectOption({ label });
    if (label === "CDK") await page.getByRole("combobox", { name: "Export file" }).selectOption({ label: "lib/table-stack.ts" });
    await expect(preview).toContainText(characteristic);
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download", exact: true }).click();
    const saved = await download;
    expect(saved.suggestedFilename()).toMatch(file);
    const text = readFileSync((await saved.path()) ?? "", "utf8");
    expect(text).toMatch(characteristic);
    // The highlighted preview's text is exactly the file.
    expect(await preview.textContent()).toBe(text);
  }
});

test("options: IAM tenant isolation and CloudFormation as JSON", async ({ page }) => {
  await openExport(page);
  const preview = page.getByRole("region", { name: "Export preview" });
  await page.getByRole("combobox", { name: "Export format" }).selectOption({ label: "IAM policy" });
  await expect(preview).not.toContainText("dynamodb:LeadingKeys");
  await page.getByRole("checkbox", { name: /Tenant isolation/ }).check();
  await expect(preview).toContainText("dynamodb:LeadingKeys");
  await page.getByRole("combobox", { name: "Export format" }).selectOption({ label: "CloudFormation" });
  await page.getByRole("combobox", { name: "Template syntax" }).selectOption({ label: "JSON" });
  await expect(preview).toContainText('"AWSTemplateFormatVersion": "2010-09-09"');
  await page.getByRole("button", { name: "Copy", exact: true }).click();
  await expect(page.getByRole("tabpanel").getByRole("status")).toHaveText(/^(Copied |The browser refused the clipboard)/);
});

test("Download all (zip) saves every format in one archive that a real unzip reads", async ({ page }) => {
  await openExport(page);
  const preview = page.getByRole("region", { name: "Export preview" });
  await page.getByRole("combobox", { name: "Export format" }).selectOption({ label: "Terraform" });
  await expect(preview).toContainText('resource "aws_dynamodb_table" "table"');
  const terraform = await preview.textContent();
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download all (zip)" }).click();
  const saved = await download;
  expect(saved.suggestedFilename()).toBe("payments-export.zip");
  const path = (await saved.path()) ?? "";
  expect(execFileSync("unzip", ["-t", path], { encoding: "utf8" })).toMatch(/No errors detected/);
  const names = execFileSync("unzip", ["-Z1", path], { encoding: "utf8" }).trim().split("\n");
  for (const f of ["typescript/data-access.ts", "typescript/stream-consumer.ts", "cloudformation/template.yaml", "terraform/main.tf", "cdk/lib/table-stack.ts", "iam/policy.json", "electrodb/entities.ts", "markdown/design.md"]) {
    expect(names).toContain(f);
  }
  expect(execFileSync("unzip", ["-p", path, "terraform/main.tf"], { encoding: "utf8" })).toBe(terraform);
});

test("the preview is syntax-highlighted, in light and dark colours", async ({ page }) => {
  await openExport(page);
  const preview = page.getByRole("region", { name: "Export preview" });
  const format = page.getByRole("combobox", { name: "Export format" });
  const expectations: Array<[string, string[]]> = [
    ["TypeScript", ["keyword", "string", "comment", "punctuation"]],
    ["CloudFormation", ["key", "string", "comment"]],
    ["Terraform", ["keyword", "key", "string", "comment"]],
    ["IAM policy", ["key", "string"]],
    ["Markdown", ["heading", "code", "punctuation"]],
  ];
  for (const [label, kinds] of expectations) {
    await format.selectOption({ label });
    for (const kind of kinds) expect(await preview.locator(`.tok-${kind}`).count(), `${label} ${kind}`).toBeGreaterThan(0);
  }
  await format.selectOption({ label: "TypeScript" });
  const keyword = preview.locator(".tok-keyword").first();
  const color = () => keyword.evaluate((el) => getComputedStyle(el).color);
  await page.emulateMedia({ colorScheme: "light" });
  const light = await color();
  await page.emulateMedia({ colorScheme: "dark" });
  const dark = await color();
  expect(dark).not.toBe(light);
  // An explicit theme on <html> wins over the system preference, both ways.
  await page.evaluate(() => document.documentElement.setAttribute("data-theme", "light"));
  expect(await color()).toBe(light);
  await page.emulateMedia({ colorScheme: "light" });
  await page.evaluate(() => document.documentElement.setAttribute("data-theme", "dark"));
  expect(await color()).toBe(dark);
});
