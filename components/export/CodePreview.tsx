"use client";
import { useMemo } from "react";
import { highlight, languageOf } from "@/lib/export/highlight";
import "./highlight.css";

/**
 * An export file with syntax highlighting. The spans only wrap the text: the element's
 * text content is exactly the file (the tokenizers are total), so what a reader selects
 * and copies is what Download saves.
 */
export function CodePreview({ path, content }: { path: string; content: string }) {
  const tokens = useMemo(() => highlight(languageOf(path), content), [path, content]);
  return (
    <pre className="request code-preview" style={{ maxHeight: "70vh" }} aria-label="Export preview" role="region" data-language={languageOf(path)}>
      <code>
        {tokens.map((t, i) => (t.kind === "text" ? t.text : <span key={i} className={`tok tok-${t.kind}`}>{t.text}</span>))}
      </code>
    </pre>
  );
}
