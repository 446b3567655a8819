/**
 * Problems: what parsing reports. Internally a problem keeps its path as segments so it
 * can be placed in document order and matched to a text position; the public Problem has
 * the path formatted.
 */
import { formatPath, type Path } from "./path";
import type { RuleId } from "./rules";

export type Severity = "error" | "warning" | "info";

export interface Problem {
  /** JSON path in the notation of path.ts; "" is the document root. */
  path: string;
  message: string;
  severity: Severity;
  /** 1-based, only when parsed from text. Columns count UTF-16 code units. */
  line?: number;
  column?: number;
  /** The format rule that produced it, when one did. */
  rule?: RuleId;
}

export interface RawProblem {
  segments: Path;
  message: string;
  severity: Severity;
  rule?: RuleId;
  line?: number;
  column?: number;
}

/** Collects problems from every check; order of calls is kept for ties. */
export class ProblemList {
  readonly items: RawProblem[] = [];

  error(segments: Path, message: string, rule?: RuleId): void {
    this.items.push(rule ? { segments, message, severity: "error", rule } : { segments, message, severity: "error" });
  }

  warning(segments: Path, message: string, rule?: RuleId): void {
    this.items.push(rule ? { segments, message, severity: "warning", rule } : { segments, message, severity: "warning" });
  }

  info(segments: Path, message: string): void {
    this.items.push({ segments, message, severity: "info" });
  }

  hasErrors(): boolean {
    return this.items.some((p) => p.severity === "error");
  }
}

/** At most this many problems are returned; the rest are summed up in one last problem. */
export const MAX_PROBLEMS = 1000;

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function toPublic(raw: RawProblem): Problem {
  const out: Problem = { path: formatPath(raw.segments), message: raw.message, severity: raw.severity };
  if (raw.line !== undefined) out.line = raw.line;
  if (raw.column !== undefined) out.column = raw.column;
  if (raw.rule !== undefined) out.rule = raw.rule;
  return out;
}

/** The last problem of a capped list: how many more there are, at their worst severity. */
export function summary(hidden: ReadonlyArray<RawProblem>): Problem {
  let severity: Severity = "info";
  for (const p of hidden) if (SEVERITY_RANK[p.severity] < SEVERITY_RANK[severity]) severity = p.severity;
  return { path: "", severity, message: `… ${hidden.length} more problems not shown` };
}
