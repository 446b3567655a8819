/** What the finding checks read, and how a finding is made. */
import { formatPath, type Model } from "../../model";
import type { Facts } from "../facts";
import type { Layout } from "../layout";
import type { GroupLoad } from "../load";
import type { ReadMapping } from "../reads";
import type { AccessPatternDesign, Finding, Severity } from "../types";
import type { FindingCode } from "./codes";

export interface FindingContext {
  model: Model;
  facts: Facts;
  layout: Layout;
  reads: ReadMapping[];
  patterns: AccessPatternDesign[];
  groups: GroupLoad[];
  /** Requirements that needed an index beyond DynamoDB's limits. */
  overflow: Map<string, "global" | "local">;
  pinned: boolean;
}

export function finding(code: FindingCode, severity: Severity, message: string, at: { accessPattern?: string; entity?: string; path?: string } = {}): Finding {
  return { code, severity, ...at, message };
}

const positions = new WeakMap<Model, Map<string, number>>();

/** `accessPatterns[3]` for a pattern id. */
export function patternPath(model: Model, id: string): string | undefined {
  let m = positions.get(model);
  if (!m) {
    m = new Map(model.accessPatterns.map((p, i) => [p.id, i]));
    positions.set(model, m);
  }
  const i = m.get(id);
  return i === undefined ? undefined : formatPath(["accessPatterns", i]);
}

export function entityPath(model: Model, name: string): string | undefined {
  const i = model.entities.findIndex((e) => e.name === name);
  return i < 0 ? undefined : formatPath(["entities", i]);
}
