/**
 * Undo history as plain data: the documents before (past) and after (future) the current
 * one. Each committed edit is one step; documents are immutable, so a step costs only the
 * parts that changed.
 */
export interface History<T> {
  past: T[];
  future: T[];
}

/** Steps kept; older ones fall off. */
export const HISTORY_LIMIT = 100;

export const emptyHistory = <T>(): History<T> => ({ past: [], future: [] });

/** A new edit: the document it replaces becomes undoable, and the redo branch is dropped. */
export function record<T>(history: History<T>, previous: T): History<T> {
  return { past: [...history.past, previous].slice(-HISTORY_LIMIT), future: [] };
}

export function undo<T>(history: History<T>, current: T): { history: History<T>; value: T } | null {
  const value = history.past.at(-1);
  if (value === undefined) return null;
  return { value, history: { past: history.past.slice(0, -1), future: [current, ...history.future] } };
}

export function redo<T>(history: History<T>, current: T): { history: History<T>; value: T } | null {
  const [value, ...rest] = history.future;
  if (value === undefined) return null;
  return { value, history: { past: [...history.past, current].slice(-HISTORY_LIMIT), future: rest } };
}
