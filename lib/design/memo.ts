/**
 * designModel for a model being edited: renaming an access pattern (typing in its name)
 * must not re-run the whole engine. A pattern's `name` reaches a design in two places
 * only: its label (AccessPatternDesign.name, and the pattern object itself) and the
 * POOR_FIT aggregation finding (findings/fit.ts: whether the name reads like an
 * aggregation, and the name quoted in the message). So the engine runs on the model with
 * every name replaced by a stand-in that keeps that one bit, keyed by the rest of the model
 * (its JSON text, which also survives a trip to a Web Worker), and a cheap relabel step
 * puts the real names back. The result deep-equals designModel(model) (memo.test.ts).
 * The cache is the caller's object and holds one entry: bounded, and deterministic.
 */
import type { AccessPattern, Model } from "../model";
import { designModel } from "./design";
import { aggregationMessage, readsLikeAggregation } from "./findings/fit";
import type { Design, Finding } from "./types";

/** Stand-in names: one that reads like an aggregation, one that does not. */
const AGGREGATE_NAME = "count of";
const PLAIN_NAME = "";

export interface DesignMemo {
  /** The name-free model text of the last design, and that design (of the name-free model). */
  key: string | null;
  core: Design | null;
}

export function createDesignMemo(): DesignMemo {
  return { key: null, core: null };
}

/** designModel(model), reusing `memo`'s design when only access-pattern names changed since. */
export function designModelMemo(model: Model, memo: DesignMemo): Design {
  const nameless = withoutNames(model);
  const key = JSON.stringify(nameless);
  if (memo.key !== key || !memo.core) {
    memo.core = designModel(nameless);
    memo.key = key;
  }
  return relabel(memo.core, model);
}

/**
 * The text the memo keys a design by: two models with the same key have designs that
 * differ only in access-pattern names (labels and the POOR_FIT aggregation message).
 */
export function designKey(model: Model): string {
  return JSON.stringify(withoutNames(model));
}

function withoutNames(model: Model): Model {
  const accessPatterns = model.accessPatterns.map((p): AccessPattern => ({ ...p, name: readsLikeAggregation(p.name) ? AGGREGATE_NAME : PLAIN_NAME }));
  return { ...model, accessPatterns };
}

/** The design of the name-free model, with `model`'s names (and objects) in it. */
function relabel(core: Design, model: Model): Design {
  const byId = new Map(model.accessPatterns.map((p) => [p.id, p]));
  const accessPatterns = core.accessPatterns.map((d, i) => {
    const pattern = model.accessPatterns[i] ?? byId.get(d.id);
    return pattern ? { ...d, name: pattern.name, pattern } : d;
  });
  const findings = core.findings.map((f): Finding => {
    if (f.code !== "POOR_FIT" || f.accessPattern === undefined) return f;
    const pattern = byId.get(f.accessPattern);
    if (!pattern || f.message !== aggregationMessage(pattern.id, AGGREGATE_NAME)) return f;
    return { ...f, message: aggregationMessage(pattern.id, pattern.name) };
  });
  return { ...core, model, accessPatterns, findings };
}
