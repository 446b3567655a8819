/**
 * Reviewers' notes on access patterns (model-format.md: optional `notes`). The edited
 * model is validated like any other before it can replace the document; an empty note
 * removes the field, so clearing a note leaves the file as it was before.
 */
import { parseModel, type Model, type Problem } from "../model";

export type NoteResult = { ok: true; model: Model } | { ok: false; problems: Problem[] };

export function withPatternNote(model: Model, patternId: string, note: string): NoteResult {
  const index = model.accessPatterns.findIndex((p) => p.id === patternId);
  if (index < 0) {
    return { ok: false, problems: [{ path: "accessPatterns", severity: "error", message: `expected an access pattern with id "${patternId}"` }] };
  }
  const text = note.trim();
  const accessPatterns = model.accessPatterns.map((p, i) => {
    if (i !== index) return p;
    const { notes: _old, ...rest } = p;
    return text === "" ? rest : { ...rest, notes: text };
  });
  const parsed = parseModel({ ...model, accessPatterns });
  if (!parsed.ok) return { ok: false, problems: parsed.problems.filter((p) => p.severity === "error") };
  return { ok: true, model: parsed.model };
}
