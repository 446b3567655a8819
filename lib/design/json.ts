/**
 * designToJson: the `design --json` shape of cli.md (table, entities, accessPatterns,
 * findings) plus this engine's extra fields (entityIndexes with sparse conditions, shards
 * and reversed parts; uniqueness items; decisions; techniques per pattern).
 */
import type { PhysicalKeyType } from "../model";
import type { Design, DesignJson } from "./types";

export function designToJson(design: Design): DesignJson {
  const t = design.table;
  const keyTypes: Record<string, PhysicalKeyType> = {};
  const define = <T>(obj: Record<string, T>, k: string, v: T) => Object.defineProperty(obj, k, { value: v, enumerable: true, writable: true, configurable: true });
  for (const k of [t.partitionKey, t.sortKey, ...t.indexes.flatMap((i) => [i.partitionKey, i.sortKey])]) if (k) define(keyTypes, k.name, k.type);
  const entities: Record<string, Record<string, string>> = {};
  for (const e of design.entities) {
    const keys: Record<string, string> = {};
    for (const k of e.keys) {
      const schema = k.index === null ? { partitionKey: t.partitionKey, sortKey: t.sortKey } : t.indexes.find((i) => i.name === k.index);
      if (!schema) continue;
      define(keys, schema.partitionKey.name, k.partitionKey);
      if (schema.sortKey && k.sortKey !== undefined) define(keys, schema.sortKey.name, k.sortKey);
    }
    define(entities, e.entity, keys);
  }
  return {
    table: {
      name: t.name, partitionKey: t.partitionKey.name, sortKey: t.sortKey?.name ?? null,
      indexes: t.indexes.map((i) => ({ name: i.name, type: i.type, partitionKey: i.partitionKey.name, sortKey: i.sortKey?.name ?? null, projection: i.projection })),
      keyTypes, typeAttribute: t.typeAttribute, ownerAttribute: t.ownerAttribute,
    },
    entities,
    entityIndexes: design.entities.flatMap((e) => e.keys.map((k) => ({ ...k }))),
    uniqueness: design.uniqueness.map((u) => ({ ...u })),
    accessPatterns: design.accessPatterns.map(({ pattern: _pattern, plan: _plan, scan: _scan, ...rest }) => rest),
    findings: design.findings.map((f) => ({ ...f })),
    decisions: design.decisions.map((d) => ({ ...d })),
    pinned: design.pinned,
  };
}
