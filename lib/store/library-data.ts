/**
 * The local library's data, as pure functions: entries, the blank model, the persisted
 * shape and its migrations, and how a change of the open document maps onto the library.
 * The zustand store (library.ts) is a thin shell over these.
 */
import { MODEL_FORMAT, parseModel, type Model, type Problem } from "@/lib/model";

export const LIBRARY_VERSION = 1;

export interface LibraryEntry {
  id: string;
  name: string;
  model: Model;
  /** ISO-8601 time of the last save. */
  savedAt: string;
}

export interface StoredLibrary {
  entries: LibraryEntry[];
  /** The entry the open document belongs to: edits of the document are saved to it. */
  openId: string | null;
}

/** The smallest valid model (one entity, its key, no access patterns yet). */
export function blankModel(name = "Untitled model"): Model {
  return {
    format: MODEL_FORMAT,
    name,
    entities: [{ name: "Item", key: ["itemId"], attributes: [{ name: "itemId", type: "string", gen: "ulid" }] }],
    accessPatterns: [],
  };
}

/** A name not yet used in the library: `base`, else `base (2)`, `base (3)`… */
export function uniqueName(entries: readonly LibraryEntry[], base: string): string {
  const names = new Set(entries.map((e) => e.name));
  if (!names.has(base)) return base;
  for (let n = 2; ; n++) if (!names.has(`${base} (${n})`)) return `${base} (${n})`;
}

/** An entry name is what the list shows: 1..120 characters, not only spaces. */
export function checkEntryName(name: string): string | null {
  const trimmed = name.trim();
  if (trimmed === "") return "a name needs at least one character that is not a space";
  if (trimmed.length > 120) return `a name has at most 120 characters; this one has ${trimmed.length}`;
  return null;
}

/**
 * Version 0 (never released; kept so the path is tested) stored the entries as a bare
 * array. Later versions are returned unchanged.
 */
export function migrateLibrary(stored: unknown, fromVersion: number): unknown {
  if (fromVersion === 0 && Array.isArray(stored)) return { entries: stored, openId: null };
  return stored;
}

export interface RestoredLibrary {
  library: StoredLibrary;
  /** Entries that no longer validate: kept aside by the store (never dropped), reported. */
  rejected: unknown[];
  problems: Problem[];
}

/** Validate what storage returned, entry by entry, like an imported file. */
export function restoreLibrary(stored: unknown): RestoredLibrary {
  const empty: StoredLibrary = { entries: [], openId: null };
  if (stored === undefined || stored === null) return { library: empty, rejected: [], problems: [] };
  if (!isRecord(stored) || !Array.isArray(stored.entries)) {
    return { library: empty, rejected: [stored], problems: [{ path: "", severity: "error", message: "expected a stored library: an object with an entries list" }] };
  }
  const entries: LibraryEntry[] = [];
  const rejected: unknown[] = [];
  const problems: Problem[] = [];
  stored.entries.forEach((raw: unknown, i: number) => {
    const at = `entries[${i}]`;
    if (!isRecord(raw) || typeof raw.id !== "string" || typeof raw.name !== "string" || typeof raw.savedAt !== "string") {
      rejected.push(raw);
      problems.push({ path: at, severity: "error", message: "expected an entry with a string id, name and savedAt" });
      return;
    }
    const parsed = parseModel(raw.model);
    if (!parsed.ok) {
      rejected.push(raw);
      for (const p of parsed.problems.filter((x) => x.severity === "error")) problems.push({ ...p, path: `${at}.model${p.path ? `.${p.path}` : ""}` });
      return;
    }
    entries.push({ id: raw.id, name: raw.name, model: parsed.model, savedAt: raw.savedAt });
  });
  const openId = typeof stored.openId === "string" && entries.some((e) => e.id === stored.openId) ? stored.openId : null;
  return { library: { entries, openId }, rejected, problems };
}

interface Doc {
  model: Model | null;
  source: string | null;
}

export type SyncAction =
  | { kind: "none" }
  /** The document now shows an entry's saved model (opened, or undo/redo back to it). */
  | { kind: "link"; id: string }
  /** The open entry was edited (same source): save the new model into it. */
  | { kind: "save"; id: string; model: Model }
  /** Something else was opened (a file, an example): the document no longer belongs to an entry. */
  | { kind: "detach" };

/**
 * What a change of the document means for the library. Opening goes through
 * `open(model, source)`, which changes the source; an edit goes through `replace`,
 * which keeps it. An undo or redo that lands on an entry's saved model (the same
 * object, since the library saved exactly that object) relinks that entry rather than
 * writing one entry's model over another.
 */
export function syncAction(entries: readonly LibraryEntry[], openId: string | null, prev: Doc, next: Doc): SyncAction {
  if (prev.model === next.model && prev.source === next.source) return { kind: "none" };
  const same = next.model ? entries.find((e) => e.model === next.model) : undefined;
  if (same) return same.id === openId ? { kind: "none" } : { kind: "link", id: same.id };
  if (openId !== null && next.model && prev.source === next.source && entries.some((e) => e.id === openId)) {
    return { kind: "save", id: openId, model: next.model };
  }
  return openId === null ? { kind: "none" } : { kind: "detach" };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
