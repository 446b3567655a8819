import { parseModel, reparseModel, type ParseResult } from "@/lib/model";

const cache = new WeakMap<object, ParseResult>();

/**
 * lib/model's checks on a document being edited, once per version of it: documents are
 * immutable, so the store's edit and the editor's inline messages share one result.
 * With `base`, the document it was edited from, only what the edit can change is checked
 * again (reparseModel: a keystroke in one access pattern re-checks that pattern alone).
 */
export function checkDocument(value: object, base?: object | null): ParseResult {
  let result = cache.get(value);
  if (!result) {
    // The base is checked once (the first keystroke in a field); every later one reuses it.
    result = base && base !== value ? reparseModel(value, { input: base, result: checkDocument(base) }) : parseModel(value);
    cache.set(value, result);
  }
  return result;
}
