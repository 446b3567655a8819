/**
 * The engine's working form of a finished Design (facts and parsed templates), rebuilt
 * from the design itself and cached per design object, for itemKeys and the request
 * builders. A design is immutable once made, so the cache never goes stale.
 */
import { buildFacts, type Facts } from "./facts";
import type { Layout } from "./layout";
import { layoutFromPinned, toPinnedDesign, type PinnedLayout } from "./pinned";
import type { Design } from "./types";

const cache = new WeakMap<Design, { facts: Facts; layout: Layout }>();

export function internalsOf(design: Design): { facts: Facts; layout: Layout } {
  let found = cache.get(design);
  if (!found) {
    const facts = buildFacts(design.model);
    const layout = layoutFromPinned(facts, design.model, toPinnedDesign(design) as PinnedLayout);
    layout.tableName = design.table.name;
    found = { facts, layout };
    cache.set(design, found);
  }
  return found;
}
