/**
 * Key templates: text with `{attribute}` placeholders, `{{` and `}}` for literal braces
 * (`TENANT#{tenantId}`). A placeholder names an attribute; names containing a brace cannot
 * be placed in a template.
 */

export type KeyTemplatePart = { literal: string } | { attribute: string };

export type KeyTemplateResult =
  | { ok: true; parts: KeyTemplatePart[] }
  | { ok: false; message: string; offset: number };

export function parseKeyTemplate(template: string): KeyTemplateResult {
  const parts: KeyTemplatePart[] = [];
  let literal = "";
  const flush = () => {
    if (literal !== "") parts.push({ literal });
    literal = "";
  };
  let i = 0;
  while (i < template.length) {
    const ch = template[i];
    if (ch === "{" && template[i + 1] === "{") {
      literal += "{";
      i += 2;
    } else if (ch === "}" && template[i + 1] === "}") {
      literal += "}";
      i += 2;
    } else if (ch === "}") {
      return { ok: false, offset: i, message: `unmatched '}' at offset ${i}; write '}}' for a literal brace` };
    } else if (ch === "{") {
      let j = i + 1;
      while (j < template.length && template[j] !== "}" && template[j] !== "{") j++;
      if (j >= template.length) return { ok: false, offset: i, message: `unclosed '{' at offset ${i}; write '{{' for a literal brace` };
      if (template[j] === "{") return { ok: false, offset: j, message: `'{' inside a placeholder at offset ${j}` };
      const attribute = template.slice(i + 1, j);
      if (attribute === "") return { ok: false, offset: i, message: `empty placeholder '{}' at offset ${i}` };
      flush();
      parts.push({ attribute });
      i = j + 1;
    } else {
      literal += ch;
      i++;
    }
  }
  flush();
  return { ok: true, parts };
}

/** The template text of parts (the inverse of parseKeyTemplate). */
export function keyTemplateText(parts: ReadonlyArray<KeyTemplatePart>): string {
  return parts
    .map((p) => ("attribute" in p ? `{${p.attribute}}` : p.literal.replace(/\{/g, "{{").replace(/\}/g, "}}")))
    .join("");
}

/** The attribute names a template's placeholders refer to, in order. */
export function templateAttributes(parts: ReadonlyArray<KeyTemplatePart>): string[] {
  return parts.flatMap((p) => ("attribute" in p ? [p.attribute] : []));
}
