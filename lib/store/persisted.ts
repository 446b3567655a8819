import { parseModel, type Model, type Problem } from "@/lib/model";

/**
 * The document as it is kept in the browser's storage, with a version so that a
 * later shape can be migrated instead of being thrown away.
 */
export const DOCUMENT_VERSION = 1;

export interface StoredDocument {
  model: Model | null;
  /** Where the model came from: a file name or an example title. */
  source: string | null;
}

export type Restored =
  | { ok: true; document: StoredDocument }
  | { ok: false; problems: Problem[]; raw: unknown };

/**
 * Bring a stored document of any earlier version to the current shape.
 * Version 0 (never released, kept so the path is tested) stored the model alone.
 */
export function migrateDocument(stored: unknown, fromVersion: number): unknown {
  if (fromVersion === 0 && isRecord(stored) && !("model" in stored)) {
    return { model: stored, source: null };
  }
  return stored;
}

/**
 * Validate what storage gave back. Storage is a boundary like a file import: a
 * document that no longer parses is reported and kept aside, never silently dropped.
 */
export function restoreDocument(stored: unknown): Restored {
  // Nothing stored yet: a first visit.
  if (stored === undefined || stored === null) return { ok: true, document: { model: null, source: null } };
  if (!isRecord(stored)) {
    return { ok: false, raw: stored, problems: [problem("", "expected a stored document object")] };
  }
  const source = typeof stored.source === "string" ? stored.source : null;
  if (stored.model === null || stored.model === undefined) {
    return { ok: true, document: { model: null, source } };
  }
  const parsed = parseModel(stored.model);
  if (!parsed.ok) return { ok: false, raw: stored, problems: parsed.problems };
  return { ok: true, document: { model: parsed.model, source } };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function problem(path: string, message: string): Problem {
  return { path, message, severity: "error" };
}
