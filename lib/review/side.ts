/**
 * One side of a review: a model with everything the review compares derived from it
 * (the design in `design --json` form, and the monthly cost of lib/capacity).
 */
import type { Model } from "../model";
import { designModel, designToJson, type DesignJson } from "../design";
import { capacityOf, monthlyCost } from "../capacity";

export interface ReviewCost {
  region: string;
  onDemandUsd: number;
  provisionedUsd: number;
}

export interface ReviewSide {
  model: Model;
  design: DesignJson;
  /** null when the cost cannot be computed (a Region without prices): the reason. */
  cost: ReviewCost | { error: string };
}

/** Derive a review side. Pure and deterministic: the same model gives the same side. */
export function reviewSide(model: Model): ReviewSide {
  const design = designModel(model);
  let cost: ReviewSide["cost"];
  try {
    const c = monthlyCost(capacityOf(model, design));
    cost = { region: c.region, onDemandUsd: c.onDemand.monthlyUsd, provisionedUsd: c.provisioned.monthlyUsd };
  } catch (error) {
    cost = { error: error instanceof Error ? error.message : String(error) };
  }
  return { model, design: designToJson(design), cost };
}
