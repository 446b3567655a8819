import { parseModel, type Model, type Problem } from "@/lib/model";

export interface TemplateTarget {
  entity: string;
  /** null: the table. */
  index: string | null;
  part: "partitionKey" | "sortKey";
}

/**
 * A pinned design with one key template changed, validated as a whole model: an edit
 * that breaks the design is refused with its problems and never reaches the document.
 */
export function editTemplate(model: Model, target: TemplateTarget, template: string): { ok: true; model: Model } | { ok: false; problems: Problem[] } {
  if (!model.design) return { ok: false, problems: [{ path: "design", severity: "error", message: "pin the design before editing its templates" }] };
  const entities = model.design.entities.map((e) =>
    e.entity !== target.entity
      ? e
      : {
          ...e,
          keys: e.keys.map((k) => ((k.index ?? null) === target.index ? { ...k, [target.part]: template } : k)),
        },
  );
  const parsed = parseModel({ ...model, design: { ...model.design, entities } });
  if (!parsed.ok) return { ok: false, problems: parsed.problems.filter((p) => p.severity === "error") };
  return { ok: true, model: parsed.model };
}
