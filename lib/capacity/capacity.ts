/**
 * capacityOf: a model and its design in, units per request and load per table and index
 * out (docs/capacity.md). Pure and deterministic: the same model, design and options give
 * the same numbers; measured sizes come from the seeded sample-data generator.
 */
import type { Model } from "../model";
import type { Design } from "../design";
import { targetLoads } from "./load";
import { measuredProfiles, DEFAULT_MEASURED_ITEMS } from "./measure";
import { declaredProfile, type EntityProfile } from "./profile";
import { patternCapacity } from "./requests";
import type { Capacity, CapacityOptions } from "./types";

export function resolveOptions(options: CapacityOptions = {}): Capacity["options"] {
  const scale = options.scale ?? 1;
  if (!(scale >= 0) || !Number.isFinite(scale)) throw new RangeError(`scale must be a finite number >= 0, got ${String(scale)}`);
  return {
    scale, sizes: options.sizes ?? "declared", distribution: options.distribution ?? "uniform",
    transactionIndexFactor: options.transactionIndexFactor ?? 1,
  };
}

export function capacityOf(model: Model, design: Design, options: CapacityOptions = {}): Capacity {
  const resolved = resolveOptions(options);
  const measured = resolved.sizes === "measured" ? measuredProfiles(model, design, options.sampleItems ?? DEFAULT_MEASURED_ITEMS, options.seed ?? 1) : new Map<string, EntityProfile>();
  // An entity the sample does not cover (or a design that cannot key it) keeps its declared profile.
  const profiles = model.entities.map((e) => measured.get(e.name) ?? declaredProfile(model, design, e));
  const byName = new Map(profiles.map((p) => [p.entity, p]));
  const ctx = { model, design, profiles: byName, scale: resolved.scale, transactionIndexFactor: resolved.transactionIndexFactor };
  const patterns = design.accessPatterns.map((p) => patternCapacity(ctx, p));
  return {
    model, design, options: resolved, profiles, patterns,
    loads: targetLoads(model, design, profiles, patterns),
    hasLsi: design.table.indexes.some((i) => i.type === "local"),
  };
}
