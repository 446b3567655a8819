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
  await expect(page.getByRole("status")).toBeVisible();
});
