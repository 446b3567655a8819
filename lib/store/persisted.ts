import { parseModel, type Model, type Problem } from "@/lib/model";

/**
 * The document as it is kept in the browser's storage, with a version so that a
 * later shape can be migrated instead of being thrown away.
 */
export const DOCUMENT_VERSION = 2;

export interface StoredDocument {
  model: Model | null;
  /** Where the model came from: a file name or an example title. */
  source: string | null;
  /**
   * Version 2: the model as the user is editing it when it does not pass validation yet
   * (model-shaped, not checked), so an unfinished edit survives a reload. `model` stays the
   * last valid one, which every other view shows.
   */
  draft: unknown;
}

export type Restored =
  | { ok: true; document: StoredDocument }
  | { ok: false; problems: Problem[]; raw: unknown };

/**
 * Bring a stored document of any earlier version to the current shape.
 * Version 0 (never released, kept so the path is tested) stored the model alone.
 */
export function migrateDocument(stored: unknown, fromVersion: number): unknown {
  let out = stored;
  if (fromVersion === 0 && isRecord(out) && !("model" in out)) out = { model: out, source: null };
  // Version 1 had no drafts: every stored model was valid.
  if (fromVersion <= 1 && isRecord(out) && !("draft" in out)) out = { ...out, draft: null };
  return out;
}

/**
 * Validate what storage gave back. Storage is a boundary like a file import: a
 * document that no longer parses is reported and kept aside, never silently dropped.
 */
export function restoreDocument(stored: unknown): Restored {
  // Nothing stored yet: a first visit.
  if (stored === undefined || stored === null) return { ok: true, document: { model: null, source: null, draft: null } };
  if (!isRecord(stored)) {
    return { ok: false, raw: stored, problems: [problem("", "expected a stored document object")] };
  }
  const source = typeof stored.source === "string" ? stored.source : null;
  // A draft is unvalidated by definition; it is kept as it is and checked where it is shown.
  const draft = isEditable(stored.draft) ? stored.draft : null;
  if (stored.model === null || stored.model === undefined) {
    return { ok: true, document: { model: null, source, draft: null } };
  }
  const parsed = parseModel(stored.model);
  if (!parsed.ok) return { ok: false, raw: stored, problems: parsed.problems };
  return { ok: true, document: { model: parsed.model, source, draft } };
}

/** A draft the editor can show and edit: model-shaped down to its lists, whatever their values. */
function isEditable(value: unknown): boolean {
  if (!isRecord(value) || !Array.isArray(value.entities) || !Array.isArray(value.accessPatterns)) return false;
  const entitiesOk = value.entities.every((e) => isRecord(e) && Array.isArray(e.attributes) && Array.isArray(e.key));
  return entitiesOk && value.accessPatterns.every(isRecord);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function problem(path: string, message: string): Problem {
  return { path, message, severity: "error" };
}
