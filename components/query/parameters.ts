import type { AttributeType } from "@/lib/model";
import { parametersOf } from "@/lib/run/verify/bindings";
import type { AccessPattern } from "@/lib/model";

/** One input of the parameter form: a run-time value of the pattern, or one end of a BETWEEN. */
export interface ParameterField {
  attribute: string;
  /** For between: which end; the binding holds [low, high]. */
  end?: 0 | 1;
  label: string;
  type: AttributeType;
}

export function parameterFields(pattern: AccessPattern, typeOf: (attribute: string) => AttributeType | undefined): ParameterField[] {
  const params = parametersOf(pattern);
  const fields: ParameterField[] = params.eq.map((attribute) => ({ attribute, label: attribute, type: typeOf(attribute) ?? "string" }));
  const range = params.range;
  if (range) {
    const type = typeOf(range.attribute) ?? "string";
    if (range.operator === "between") {
      fields.push({ attribute: range.attribute, end: 0, label: `${range.attribute} from`, type });
      fields.push({ attribute: range.attribute, end: 1, label: `${range.attribute} to`, type });
    } else {
      fields.push({ attribute: range.attribute, label: `${range.attribute} (${range.operator})`, type });
    }
  }
  return fields;
}

/** A value as the user edits it: numbers as decimal text, binary as base64. */
export function valueText(value: unknown): string {
  if (value instanceof Uint8Array) return btoa(String.fromCharCode(...value));
  return value === undefined || value === null ? "" : String(value);
}

/** The text of a field back to a typed value, or a message saying what was expected. */
export function parseValue(text: string, type: AttributeType): { ok: true; value: unknown } | { ok: false; message: string } {
  switch (type) {
    case "number": {
      const n = Number(text);
      return text.trim() !== "" && Number.isFinite(n) ? { ok: true, value: n } : { ok: false, message: `expected a number, found "${text}"` };
    }
    case "boolean":
      return text === "true" || text === "false" ? { ok: true, value: text === "true" } : { ok: false, message: `expected true or false, found "${text}"` };
    case "binary":
      try {
        return { ok: true, value: Uint8Array.from(atob(text), (c) => c.charCodeAt(0)) };
      } catch {
        return { ok: false, message: `expected base64, found "${text}"` };
      }
    default:
      return text === "" ? { ok: false, message: "expected a value" } : { ok: true, value: text };
  }
}

/** Field texts → the binding buildReadRequests takes, or the first problem. */
export function bindingOf(fields: ParameterField[], texts: string[]): { ok: true; binding: Record<string, unknown> } | { ok: false; message: string } {
  const binding: Record<string, unknown> = {};
  for (const [i, field] of fields.entries()) {
    const parsed = parseValue(texts[i] ?? "", field.type);
    if (!parsed.ok) return { ok: false, message: `${field.label}: ${parsed.message}` };
    if (field.end === undefined) {
      Object.defineProperty(binding, field.attribute, { value: parsed.value, enumerable: true, writable: true, configurable: true });
    } else {
      const pair = (Object.hasOwn(binding, field.attribute) ? binding[field.attribute] : [undefined, undefined]) as unknown[];
      pair[field.end] = parsed.value;
      Object.defineProperty(binding, field.attribute, { value: pair, enumerable: true, writable: true, configurable: true });
    }
  }
  return { ok: true, binding };
}

/** A binding (from the sample data) → the texts of its fields, to prefill the form. */
export function textsOf(fields: ParameterField[], binding: Record<string, unknown>): string[] {
  return fields.map((f) => {
    const value = Object.hasOwn(binding, f.attribute) ? binding[f.attribute] : undefined;
    return valueText(f.end === undefined ? value : Array.isArray(value) ? value[f.end] : undefined);
  });
}
