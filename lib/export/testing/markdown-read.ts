/** Reading our Markdown back as a CommonMark reader would, for the export tests. */

/**
 * Markdown split as CommonMark reads it inline: a backslash escapes the next punctuation
 * character, a run of N backticks opens a code span closed by the next run of exactly N.
 * `prose` is everything outside code spans (escapes kept), `code` each span's text.
 */
export function readMarkdown(md: string): { prose: string; code: string[] } {
  let prose = "";
  const code: string[] = [];
  let i = 0;
  while (i < md.length) {
    const ch = md[i] as string;
    if (ch === "\\" && /[!-/:-@[-`{-~]/.test(md[i + 1] ?? "")) {
      prose += md.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (ch === "`") {
      const run = /^`+/.exec(md.slice(i))?.[0] ?? "`";
      const close = new RegExp(`(?<!\`)${run}(?!\`)`, "g");
      close.lastIndex = i + run.length;
      const m = close.exec(md);
      if (m) {
        code.push(md.slice(i + run.length, m.index).replace(/^ (.*) $/s, "$1").replace(/\\\|/g, "|"));
        i = m.index + run.length;
        continue;
      }
      prose += run;
      i += run.length;
      continue;
    }
    prose += ch;
    i++;
  }
  return { prose, code };
}

/** What a CommonMark reader shows for our escapes: backslash escapes and the three HTML entities. */
export function unescapeMarkdown(md: string): string {
  return md.replace(/\\([!-/:-@[-`{-~])/g, "$1").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}
