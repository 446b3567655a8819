import type { Model } from "@/lib/model";
import { itemKeys, type Design } from "@/lib/design";

type KeyValue = ReturnType<typeof itemKeys>[string];
import { decodeItem, generateItems } from "@/lib/simulate";

export type { KeyValue };

export interface SampleRow {
  entity: string;
  /** Physical key attributes: PK, SK and every index key the item carries. */
  keys: Record<string, KeyValue>;
  item: Record<string, unknown>;
}

/** How many generated items the Design tab shows: enough for several collections, small enough to read. */
export const SAMPLE_ITEMS = 60;

/**
 * Items to show in the aggregate view: the model's own `samples` when it has them
 * (model-format.md: views show them where present), generated ones otherwise.
 */
export function sampleRows(model: Model, design: Design): SampleRow[] {
  const entities = new Map(model.entities.map((e) => [e.name, e]));
  const source =
    model.samples && model.samples.length > 0
      ? model.samples.flatMap((s) => {
          const entity = entities.get(s.entity);
          return entity ? [{ entity: s.entity, item: decodeItem(entity, s.item) }] : [];
        })
      : [...generateItems(model, { items: Math.max(SAMPLE_ITEMS, model.entities.length), seed: 1 })];
  return source.map(({ entity, item }) => ({ entity, item, keys: itemKeys(design, entity, item) }));
}
