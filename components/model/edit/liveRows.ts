import type { Model } from "@/lib/model";
import type { Design } from "@/lib/design";

/** What the Live design shows of one access pattern: small, so it crosses from the worker cheaply. */
export interface LiveRow {
  id: string;
  name: string;
  served: boolean;
  operation: string;
  keyCondition: string | null;
}

export interface LiveSummary {
  rows: LiveRow[];
  indexes: string[];
}

export function liveSummary(design: Design): LiveSummary {
  return {
    indexes: design.table.indexes.map((i) => i.name),
    rows: design.accessPatterns.map((p) => ({
      id: p.id,
      name: p.name,
      served: p.served,
      operation: `${p.operation ?? ""}${p.index ? ` ${p.index}` : ""}${p.shards > 1 ? ` ×${p.shards} shards` : ""}`,
      keyCondition: p.keyCondition,
    })),
  };
}

/**
 * The summary of a model whose designKey equals the one `summary` was computed for: only
 * access-pattern names differ (lib/design/memo.ts), so the rows take `model`'s names. Rows
 * whose name did not change keep their object, so memoized lines do not re-render.
 */
export function relabelSummary(summary: LiveSummary, model: Model): LiveSummary {
  let changed = false;
  const rows = summary.rows.map((row, i) => {
    const pattern = model.accessPatterns[i];
    if (!pattern || pattern.id !== row.id || pattern.name === row.name) return row;
    changed = true;
    return { ...row, name: pattern.name };
  });
  return changed ? { ...summary, rows } : summary;
}
