"use client";
import { useId } from "react";
import type { Problem } from "@/lib/model";

interface Props {
  title: string;
  problems: Problem[];
  onDismiss: () => void;
  children?: React.ReactNode;
}

/** Lists every problem of a file with its JSON path, so each can be found and fixed. */
export function ProblemsPanel({ title, problems, onDismiss, children }: Props) {
  const titleId = useId();
  return (
    <section role="alert" aria-labelledby={titleId} className="problems">
      <h2 id={titleId}>{title}</h2>
      {children}
      <p>
        {problems.length === 1 ? "1 problem" : `${problems.length} problems`}. Nothing that was open has changed.
      </p>
      <ul aria-label="Problems">
        {problems.map((p, i) => (
          <li key={i}>
            <code className="problem-path">{p.path === "" ? "(document)" : p.path}</code>
            {p.line !== undefined && <span className="muted"> (line {p.line}, column {p.column ?? 1})</span>} <span>{p.message}</span>
          </li>
        ))}
      </ul>
      <button type="button" onClick={onDismiss}>
        Dismiss problems
      </button>
    </section>
  );
}
