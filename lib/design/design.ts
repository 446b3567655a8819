/**
 * designModel: a model in, a design out (docs/design-rules.md). Proposes a layout, or reads
 * the pinned one, then maps every pattern onto it with one mapper, so a pinned copy of a
 * proposal maps exactly the same. Pure and deterministic: model order everywhere, no
 * clocks, no randomness.
 */
import { tableName, type Model } from "../model";
import { decisionsOf } from "./decisions";
import { buildFacts, type Facts } from "./facts";
import { collectFindings } from "./findings";
import type { Layout } from "./layout";
import { computeLoads } from "./load";
import { NameAllocator } from "./names";
import { readDesign, scanDesign, writeDesign } from "./patterns";
import { layoutFromPinned, keysOf } from "./pinned";
import { placeIndexes } from "./placement";
import { mapRead, type ReadMapping } from "./reads";
import { requirementOf, type Requirement } from "./requirements";
import { applySharding } from "./sharding";
import { chooseTableLayouts } from "./table-layout";
import type { AccessPatternDesign, Design, EntityDesign } from "./types";
import { uniquenessDesigns } from "./uniqueness";

function proposeLayout(facts: Facts, model: Model, reqs: Requirement[]): { layout: Layout; overflow: Map<string, "global" | "local"> } {
  const names = new NameAllocator(facts);
  const layout: Layout = {
    tableName: tableName(model),
    table: { name: null, kind: "table", pk: { name: names.allocate("PK"), type: "S" }, sk: { name: names.allocate("SK"), type: "S" }, projection: "ALL" },
    indexes: [], templates: new Map(), typeAttribute: names.allocate("_type"), ownerAttribute: names.allocate("_owner"),
  };
  chooseTableLayouts(facts, layout, reqs);
  const { overflow } = placeIndexes(facts, layout, reqs, names);
  const preliminary = reqs.map((r) => mapRead(facts, layout, r, false));
  applySharding(computeLoads(facts, layout, preliminary));
  return { layout, overflow };
}

/** Like designModel, but lets an internal error escape (tests use it to find bugs). */
export function designModelStrict(model: Model): Design {
  const facts = buildFacts(model);
  const reqs = model.accessPatterns.flatMap((p, i) => {
    const r = requirementOf(p, i);
    return r ? [r] : [];
  });
  const pinned = model.design !== undefined;
  const { layout, overflow } = pinned ? { layout: layoutFromPinned(facts, model, model.design as NonNullable<Model["design"]>), overflow: new Map<string, "global" | "local">() } : proposeLayout(facts, model, reqs);
  const reads = new Map<string, ReadMapping>(reqs.map((r) => [r.id, mapRead(facts, layout, r)]));
  const patterns: AccessPatternDesign[] = model.accessPatterns.map((p) => {
    const m = reads.get(p.id);
    if (m) return readDesign(facts, layout, m);
    return p.kind === "scan" ? scanDesign(facts, layout, p) : writeDesign(facts, layout, p);
  });
  const readList = [...reads.values()];
  const groups = computeLoads(facts, layout, readList);
  const entities: EntityDesign[] = facts.list.map((e) => {
    const m = layout.templates.get(e.name);
    const keys = [null, ...layout.indexes.map((i) => i.name)].flatMap((ix) => {
      const t = m?.get(ix);
      return t ? [{ entity: e.name, ...keysOf(t) }] : [];
    });
    return { entity: e.name, prefix: e.prefix, keys };
  });
  const findings = collectFindings({ model, facts, layout, reads: readList, patterns, groups, overflow, pinned });
  return {
    model, pinned,
    table: {
      name: layout.tableName, partitionKey: layout.table.pk, ...(layout.table.sk ? { sortKey: layout.table.sk } : {}),
      indexes: layout.indexes.map((i) => ({
        name: i.name ?? "", type: i.kind === "local" ? "local" : "global", partitionKey: i.pk, ...(i.sk ? { sortKey: i.sk } : {}), projection: i.projection,
      })),
      typeAttribute: layout.typeAttribute, ownerAttribute: layout.ownerAttribute,
    },
    entities, uniqueness: uniquenessDesigns(facts.list), accessPatterns: patterns, findings,
    decisions: decisionsOf(facts, layout, readList, groups, pinned),
  };
}

/** The design of a valid model: proposed, or mapped onto its pinned `design`. Never throws. */
export function designModel(model: Model): Design {
  try {
    return designModelStrict(model);
  } catch (e) {
    return failedDesign(model, e instanceof Error ? e.message : String(e));
  }
}

function failedDesign(model: Model, message: string): Design {
  return {
    model, pinned: model.design !== undefined,
    table: { name: tableName(model), partitionKey: { name: "PK", type: "S" }, sortKey: { name: "SK", type: "S" }, indexes: [], typeAttribute: "_type", ownerAttribute: "_owner" },
    entities: [], uniqueness: [],
    accessPatterns: model.accessPatterns.map((p) => ({
      id: p.id, name: p.name, kind: p.kind, entities: typeof p.entity === "string" ? [p.entity] : [...p.entity], served: false, operation: null,
      index: null, keyCondition: null, filter: null, scanIndexForward: null, consistentRead: false, limit: p.limit ?? null, shards: 1,
      mergeOrder: null, techniques: [], explanation: `Not served: the design engine failed (${message}); please report it.`, pattern: p,
    })),
    findings: [{ code: "UNSERVED", severity: "error", message: `The design engine failed on this model (please report it): ${message}` }],
    decisions: [],
  };
}
