/**
 * The vocabulary of lib/export: the formats, what an exporter returns (one or more text
 * files), and the options some formats take. Every exporter is a pure function
 * (model, design, options) → files, deterministic byte for byte.
 */

export const EXPORT_FORMATS = [
  "typescript", "cloudformation", "terraform", "cdk", "iam", "nosql-workbench", "electrodb", "markdown",
] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** What the UI shows for each format (spec/ui-contract.md, the "Export format" options). */
export const FORMAT_LABELS: Record<ExportFormat, string> = {
  typescript: "TypeScript",
  cloudformation: "CloudFormation",
  terraform: "Terraform",
  cdk: "CDK",
  iam: "IAM policy",
  "nosql-workbench": "NoSQL Workbench",
  electrodb: "ElectroDB",
  markdown: "Markdown",
};

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

/** One generated file; `path` is relative (a folder for multi-file formats, `/`-separated). */
export interface ExportFile {
  path: string;
  content: string;
  /** MIME type for downloads. */
  mediaType: string;
}

/** Encryption at rest is always on; this only chooses whose key (dynamodb-facts.md, Security). */
export type Encryption = "awsOwned" | "awsManaged" | "customerManaged";

export interface ExportOptions {
  /** CloudFormation: JSON instead of YAML. */
  cloudFormationJson?: boolean;
  /** IAM: restrict every request to the caller's tenant with dynamodb:LeadingKeys. */
  tenantIsolation?: boolean;
  /** IaC formats: the table's encryption key (default: AWS owned, DynamoDB's default). */
  encryption?: Encryption;
  /** NoSQL Workbench: sample items generated when the model keeps none (default 5 per entity). */
  sampleItemsPerEntity?: number;
}

export interface ExportResult {
  format: ExportFormat;
  files: ExportFile[];
  /** Things the output cannot express, said once (not served patterns, skipped options). */
  notes: string[];
}
