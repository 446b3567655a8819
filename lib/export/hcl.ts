/**
 * A small HCL writer for the Terraform export: attributes, nested blocks, strings escaped
 * the way HCL reads them (`\`, `"`, newlines, and template sequences `${` / `%{`, which
 * become `$${` / `%%{` so a name is never evaluated), text that is not NFC through
 * jsondecode (HCL would normalize it), and raw references.
 */

/** A Terraform expression written as is (a reference like `aws_sqs_queue.x.arn`). */
export class Raw {
  constructor(readonly text: string) {}
}

export type HclValue = string | number | boolean | Raw | HclValue[];
export interface HclBlock {
  type: string;
  labels?: string[];
  attributes?: Array<[string, HclValue]>;
  blocks?: HclBlock[];
  comment?: string;
}

export function hclString(text: string): string {
  const escaped = text
    .replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n").replace(/\r/g, "\\r").replace(/\t/g, "\\t")
    // A function, not the string "$${": in a replacement string `$$` means one `$`, which
    // would leave `${` unescaped and let a name interpolate (`${var.x}`).
    .replace(/\$\{/g, () => "$${").replace(/%\{/g, () => "%%{");
  return `"${escaped}"`;
}

/**
 * HCL normalizes every string literal to Unicode NFC (escapes included), so a name that is
 * not NFC (a combining mark after a letter that has a precomposed form) cannot be a
 * literal: it is written as `jsondecode("…")` of its JSON text with every non-ASCII code
 * unit escaped, which no normalization touches and Terraform evaluates to the exact name.
 */
export function hclText(text: string): string {
  if (text === text.normalize("NFC")) return hclString(text);
  const json = JSON.stringify(text).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  return `jsondecode(${hclString(json)})`;
}

function value(v: HclValue): string {
  if (v instanceof Raw) return v.text;
  if (Array.isArray(v)) return `[${v.map(value).join(", ")}]`;
  if (typeof v === "string") return hclText(v);
  return String(v);
}

export function renderBlock(b: HclBlock, indent = ""): string {
  const lines: string[] = [];
  if (b.comment) for (const line of b.comment.split("\n")) lines.push(`${indent}# ${line}`);
  lines.push(`${indent}${b.type}${(b.labels ?? []).map((l) => ` ${hclString(l)}`).join("")} {`);
  const attributes = b.attributes ?? [];
  const width = Math.max(0, ...attributes.map(([k]) => k.length));
  for (const [k, v] of attributes) lines.push(`${indent}  ${k.padEnd(width)} = ${value(v)}`);
  for (const child of b.blocks ?? []) {
    if (attributes.length || child !== b.blocks?.[0]) lines.push("");
    lines.push(renderBlock(child, `${indent}  `));
  }
  lines.push(`${indent}}`);
  return lines.join("\n");
}
