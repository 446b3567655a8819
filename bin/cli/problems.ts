import type { Problem } from "@/lib/model";

/**
 * One line per problem, naming the file, the position when known (editors jump to
 * `FILE:LINE:COLUMN`) and the JSON path: `FILE:3:14: entities[0].name: message`.
 */
export function formatProblem(file: string, problem: Problem): string {
  const position = problem.line !== undefined ? `:${problem.line}:${problem.column ?? 1}` : "";
  const path = problem.path === "" ? "" : ` ${problem.path}:`;
  return `${file}${position}:${path} ${problem.message}`;
}
