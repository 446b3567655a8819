/** One line of the bench table and one field of its JSON line. */
export interface BenchEntry {
  field: string;
  /** The figure: a ratio's object, or the figures of an absolute-time entry. */
  value: Record<string, number | string> | null;
  goal: string;
  met: boolean | null;
  detail: string;
  /** Timed repetitions behind each median (spec/bench.md: at least 3, after a warm-up). */
  repetitions?: number;
  /** Set when the entry could not run here (for example no Java); the bench still exits 0. */
  skipped?: string;
  /** Set when the two sides disagreed on results: the bench then exits non-zero. */
  mismatch?: string;
}
