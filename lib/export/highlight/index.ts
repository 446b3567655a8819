/** Syntax highlighting for the Export preview: one small tokenizer per language the exports produce. */
import { tokenizeHcl } from "./hcl";
import { tokenizeJson } from "./json";
import { tokenizeMarkdown } from "./markdown";
import type { Token } from "./types";
import { tokenizeTypeScript } from "./typescript";
import { tokenizeYaml } from "./yaml";

export type { Token, TokenKind } from "./types";
export { tokenizeHcl, tokenizeJson, tokenizeMarkdown, tokenizeTypeScript, tokenizeYaml };

export type Language = "typescript" | "json" | "yaml" | "hcl" | "markdown" | "plain";

/** The language of an export file, by its name. */
export function languageOf(path: string): Language {
  const name = path.toLowerCase();
  if (name.endsWith(".ts") || name.endsWith(".tsx")) return "typescript";
  if (name.endsWith(".json")) return "json";
  if (name.endsWith(".yaml") || name.endsWith(".yml")) return "yaml";
  if (name.endsWith(".tf")) return "hcl";
  if (name.endsWith(".md")) return "markdown";
  return "plain";
}

export function highlight(language: Language, text: string): Token[] {
  switch (language) {
    case "typescript": return tokenizeTypeScript(text);
    case "json": return tokenizeJson(text);
    case "yaml": return tokenizeYaml(text);
    case "hcl": return tokenizeHcl(text);
    case "markdown": return tokenizeMarkdown(text);
    case "plain": return text === "" ? [] : [{ kind: "text", text }];
  }
}
