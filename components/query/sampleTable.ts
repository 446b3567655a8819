import type { Model } from "@/lib/model";
import type { Design } from "@/lib/design";
import { decodeItem, generateItems } from "@/lib/simulate";
import { MemoryDynamo } from "@/lib/simulate/dynamo";
import { physicalItems } from "@/lib/run/items";
import { loadItems } from "@/lib/run/loader";
import { createTableInput } from "@/lib/run/table";
import { memoryTarget, type Target } from "@/lib/run/target";
import type { EntityItem } from "@/lib/run/verify/values";

/** Items the Query tab loads: enough for multi-page collections, quick to generate in a browser. */
export const QUERY_ITEMS = 2000;
export const QUERY_SEED = 1;

export interface SampleTable {
  target: Target;
  tableName: string;
  items: EntityItem[];
  fromSamples: boolean;
}

/**
 * The model's sample data in an in-memory DynamoDB laid out by the design: the model's
 * own `samples` when it has them, seeded generated items otherwise. The same loader and
 * physical items as `verify`, so a query here answers as it would there.
 */
export async function buildSampleTable(model: Model, design: Design): Promise<SampleTable> {
  const entities = new Map(model.entities.map((e) => [e.name, e]));
  const fromSamples = (model.samples?.length ?? 0) > 0;
  const items: EntityItem[] = fromSamples
    ? (model.samples ?? []).flatMap((s) => {
        const entity = entities.get(s.entity);
        return entity ? [{ entity: s.entity, item: decodeItem(entity, s.item) }] : [];
      })
    : [...generateItems(model, { items: Math.max(QUERY_ITEMS, model.entities.length), seed: QUERY_SEED })];
  const tableName = design.table.name;
  const target = memoryTarget(new MemoryDynamo());
  await target.createTable(createTableInput(model, design, tableName));
  await loadItems(target, tableName, items.flatMap((x) => physicalItems(design, x)));
  return { target, tableName, items, fromSamples };
}
