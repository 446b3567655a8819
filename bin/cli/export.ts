import { mkdir, stat, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { allExportFiles, EXPORT_FORMATS, exportModel, exportZip, isExportFormat, type Encryption, type ExportOptions, type ExportResult } from "@/lib/export";
import { parseArgs, UsageError } from "./args";
import type { Io } from "./io";
import { formatProblem } from "./problems";
import { readModelFile } from "./read-model";

export const EXPORT_USAGE = `tablewright export MODEL --format ${EXPORT_FORMATS.join("|")}|all [--out PATH] [--json] [--tenant-isolation] [--encryption awsOwned|awsManaged|customerManaged]`;

const ENCRYPTIONS: readonly Encryption[] = ["awsOwned", "awsManaged", "customerManaged"];

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/**
 * `export MODEL --format F [--out PATH]`: code or infrastructure from the model's design.
 * Without --out the text goes to stdout (a multi-file export prints each file after a
 * `==> path <==` line); formats that make several files take a folder as PATH.
 * `--format all` is every format, each in a folder named by the format; with an --out
 * PATH ending in `.zip` it writes them as one zip archive (the Export tab's download).
 */
export async function exportCommand(argv: string[], io: Io): Promise<number> {
  const args = parseArgs(argv, ["format", "out", "encryption"], ["json", "tenant-isolation"]);
  if (args.positionals.length !== 1) throw new UsageError(`expected one model file: ${EXPORT_USAGE}`);
  const format = args.flags.get("format");
  if (typeof format !== "string") throw new UsageError(`--format is required; one of ${EXPORT_FORMATS.join(", ")}`);
  if (format !== "all" && !isExportFormat(format)) throw new UsageError(`unknown format '${format}'; the formats are ${EXPORT_FORMATS.join(", ")}, or all`);
  const encryption = args.flags.get("encryption");
  if (encryption !== undefined && !ENCRYPTIONS.includes(encryption as Encryption)) throw new UsageError(`--encryption is one of ${ENCRYPTIONS.join(", ")}`);
  if (args.flags.has("json") && format !== "cloudformation" && format !== "all") throw new UsageError("--json applies to --format cloudformation (or all) only");
  if (args.flags.has("tenant-isolation") && format !== "iam" && format !== "all") throw new UsageError("--tenant-isolation applies to --format iam (or all) only");
  const file = args.positionals[0] as string;
  const parsed = await readModelFile(file);
  if (!parsed.ok) {
    for (const p of parsed.problems.filter((x) => x.severity === "error")) io.err(formatProblem(file, p));
    return 1;
  }
  const options: ExportOptions = {
    ...(args.flags.has("json") ? { cloudFormationJson: true } : {}),
    ...(args.flags.has("tenant-isolation") ? { tenantIsolation: true } : {}),
    ...(encryption ? { encryption: encryption as Encryption } : {}),
  };
  const out = args.flags.get("out");
  if (format === "all" && typeof out === "string" && out.toLowerCase().endsWith(".zip")) {
    for (const note of allExportFiles(parsed.model, options).notes) io.err(`tablewright export: note: ${note}`);
    await mkdir(dirname(out), { recursive: true });
    await writeFile(out, exportZip(parsed.model, options));
    io.out(`wrote ${out}`);
    return 0;
  }
  const result: Pick<ExportResult, "files" | "notes"> = format === "all" ? allExportFiles(parsed.model, options) : exportModel(parsed.model, format, options);
  for (const note of result.notes) io.err(`tablewright export: note: ${note}`);
  if (typeof out !== "string") {
    const several = result.files.length > 1;
    for (const f of result.files) {
      if (several) io.out(`==> ${f.path} <==`);
      io.out(f.content.replace(/\n$/, ""));
    }
    return 0;
  }
  const folder = result.files.length > 1 || (await isFolder(out));
  for (const f of result.files) {
    const target = folder ? join(out, ...f.path.split("/")) : out;
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, f.content);
    io.out(`wrote ${target}`);
  }
  return 0;
}
