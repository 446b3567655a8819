/** One write scenario's entry in the `writes` section of `verify --json` (spec/cli.md). */

export const WRITE_SCENARIOS = ["duplicate-create", "unique-race", "unique-release", "version-race", "overdraw-race"] as const;
export type WriteScenario = (typeof WRITE_SCENARIOS)[number];

/** The invariant each scenario checks, in words (the CLI and the Run tab show it). */
export const SCENARIO_INVARIANTS: Record<WriteScenario, string> = {
  "duplicate-create": "the same create delivered twice leaves exactly one item; the second attempt is told it exists",
  "unique-race": "of creates racing for one unique value exactly one is written; the others leave nothing behind",
  "unique-release": "a delete, or a change, frees the unique value: it can be taken again, and no uniqueness item is left behind",
  "version-race": "of concurrent updates read at one version exactly one wins; the version advances by one; no update is lost",
  "overdraw-race": "concurrent debits never take the number below 0; it ends at the start plus the changes that succeeded",
};

export interface WriteReport {
  id: string;
  scenario: WriteScenario;
  /** unique-race and unique-release: the unique attribute; overdraw-race: the number. */
  attribute?: string;
  attempts: number;
  succeeded: number;
  invariantHeld: boolean;
  problems: string[];
  /** Why the scenario could not run (then attempts is 0). */
  skipped?: string;
}

/** At most this many writes in flight (bounded concurrency). */
export const MAX_IN_FLIGHT = 8;

export function newReport(id: string, scenario: WriteScenario, attribute?: string): WriteReport {
  return { id, scenario, ...(attribute !== undefined ? { attribute } : {}), attempts: 0, succeeded: 0, invariantHeld: false, problems: [] };
}
