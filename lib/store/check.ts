import { parseModel, type ParseResult } from "@/lib/model";

const cache = new WeakMap<object, ParseResult>();

/**
 * lib/model's checks on a document being edited, once per version of it: documents are
 * immutable, so the store's edit and the editor's inline messages share one result.
 */
export function checkDocument(value: object): ParseResult {
  let result = cache.get(value);
  if (!result) {
    result = parseModel(value);
    cache.set(value, result);
  }
  return result;
}
