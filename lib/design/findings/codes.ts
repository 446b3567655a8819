/**
 * Finding codes (cli.md, `design --json`); docs/findings.md gives each one's meaning,
 * threshold, severity and what to do.
 */
export const FINDING_CODES = [
  "UNSERVED", "SCAN_NEEDED", "HOT_KEY", "SHARDED", "LOW_CARDINALITY_KEY", "LARGE_ITEM_COLLECTION",
  "GSI_KEY_UPDATE", "TOO_MANY_GSIS", "KEY_COLLISION", "GSI_THROTTLES_TABLE", "POOR_FIT", "KEY_TOO_LARGE",
] as const;

export type FindingCode = (typeof FINDING_CODES)[number];
