import { designModel, designToJson, type DesignJson } from "@/lib/design";
import { parseArgs, UsageError } from "./args";
import { formatProblem } from "./problems";
import { readModelFile } from "./read-model";
import { textTable } from "./text-table";
import type { Io } from "./io";

export const DESIGN_USAGE = "tablewright design MODEL [--json] [--strict]";

/**
 * `design MODEL`: the proposed (or pinned) key design and the operation for every access
 * pattern. Exit 0 even when a pattern is not served (it says so); with --strict, exit 1 then.
 */
export async function design(argv: string[], io: Io): Promise<number> {
  const args = parseArgs(argv, [], ["json", "strict"]);
  if (args.positionals.length !== 1) throw new UsageError(`expected one model file: ${DESIGN_USAGE}`);
  const file = args.positionals[0] as string;
  const parsed = await readModelFile(file);
  if (!parsed.ok) {
    for (const p of parsed.problems.filter((p) => p.severity === "error")) io.err(formatProblem(file, p));
    return 1;
  }
  const json = designToJson(designModel(parsed.model));
  if (args.flags.has("json")) io.out(JSON.stringify(json, null, 2));
  else io.out(humanDesign(json));
  const unserved = json.accessPatterns.filter((p) => !p.served);
  if (args.flags.has("strict") && unserved.length > 0) {
    for (const p of unserved) io.err(`${file}: accessPatterns ${p.id}: not served: ${p.explanation}`);
    return 1;
  }
  return 0;
}

function humanDesign(json: DesignJson): string {
  const t = json.table;
  const keyColumns = [t.partitionKey, t.sortKey, ...t.indexes.flatMap((i) => [i.partitionKey, i.sortKey])].filter((c): c is string => !!c);
  const entityRows = Object.entries(json.entities).map(([entity, templates]) => [
    entity,
    ...keyColumns.map((c) => (Object.hasOwn(templates, c) ? (templates[c] ?? "") : "")),
  ]);
  const patternRows = json.accessPatterns.map((p) => [
    p.id,
    p.served && p.operation ? p.operation : "NOT SERVED",
    p.index ?? "table",
    [p.keyCondition, p.condition].filter(Boolean).join(" | "),
    p.scanIndexForward === false ? "desc" : p.scanIndexForward ? "asc" : "",
    String(p.shards ?? 1),
  ]);
  const indexes = t.indexes.map((i) => `  ${i.name} (${i.type}): ${i.partitionKey}${i.sortKey ? ` / ${i.sortKey}` : ""}, projection ${typeof i.projection === "string" ? i.projection : JSON.stringify(i.projection)}`);
  const findings = json.findings.map((f) => `  ${f.severity.padEnd(7)} ${f.code}${f.accessPattern ? ` [${f.accessPattern}]` : ""}${f.entity ? ` (${f.entity})` : ""}: ${f.message}`);
  const unserved = json.accessPatterns.filter((p) => !p.served).length;
  return [
    `Table ${t.name}: partition key ${t.partitionKey}${t.sortKey ? `, sort key ${t.sortKey}` : ""}`,
    ...(indexes.length ? ["Indexes:", ...indexes] : ["No secondary indexes."]),
    "",
    "Entity keys:",
    textTable(["entity", ...keyColumns], entityRows),
    "",
    "Access patterns:",
    textTable(["pattern", "operation", "index", "key condition", "order", "shards"], patternRows),
    "",
    ...json.accessPatterns.map((p) => `  ${p.id}: ${p.explanation}`),
    "",
    findings.length ? "Findings:" : "No findings.",
    ...findings,
    "",
    unserved === 0 ? `All ${json.accessPatterns.length} access patterns are served.` : `${unserved} of ${json.accessPatterns.length} access patterns are NOT served.`,
  ].join("\n");
}
