/**
 * The model as a file: pretty JSON with 2-space indentation and a trailing newline.
 * Unknown fields are written back as they were, and nothing is added (no defaults).
 * Key order is kept, except that JavaScript objects put integer-like keys ("7", "10")
 * first; JSON.stringify writes own keys only, so "__proto__" keys are written as data.
 */
import type { Model } from "./types";

export function serializeModel(model: Model): string {
  return `${JSON.stringify(model, null, 2)}\n`;
}
