/**
 * The HTML that embeds a shared model in a page (a doc, a wiki): an iframe of /embed with
 * the share link's fragment. The model name goes into an attribute, so it is escaped.
 */
export function embedUrl(origin: string, fragment: string): string {
  return `${origin}/embed#${fragment.replace(/^#/, "")}`;
}

export function embedSnippet(origin: string, fragment: string, modelName: string): string {
  const title = escapeAttribute(`${modelName} (Tablewright)`);
  return `<iframe src="${escapeAttribute(embedUrl(origin, fragment))}" title="${title}" width="100%" height="520" style="border:1px solid #ccc;border-radius:6px" loading="lazy"></iframe>`;
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
