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
