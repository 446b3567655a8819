/** What a conformance check compares of an outcome (no vitest: scripts reuse it). */
import { asSet, type Plain } from "./normalize";

/** `raw` keeps Local's SDK result (e.g. a LastEvaluatedKey to send back). */
export type Outcome = { ok: true; value: Plain; raw?: unknown } | { ok: false; error: Plain };

export interface CompareOptions {
  /** Compare error messages too (default true). */
  messages?: boolean;
  /** Scan-like: compare Items as sets, and LastEvaluatedKey / capacity only when both read everything. */
  unordered?: boolean;
}

/** What is compared of an outcome, given the options. */
export function comparable(o: Outcome, options: CompareOptions = {}, op?: string): Plain {
  if (!o.ok) {
    const e = o.error as { [k: string]: Plain };
    return options.messages === false ? { error: e.name ?? null } : { error: e };
  }
  // Table descriptions carry creation times: compare only that both succeeded.
  if (op === "createTable" || op === "deleteTable") return "ok";
  const v = { ...(o.value as { [k: string]: Plain }) };
  // Multi-table responses list tables in no documented order.
  if (Array.isArray(v.ConsumedCapacity)) v.ConsumedCapacity = [...v.ConsumedCapacity].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
  if (!options.unordered) return v;
  const out: { [k: string]: Plain } = { ...v };
  if (Array.isArray(v.Items)) out.Items = asSet(v.Items);
  if (v.Responses && typeof v.Responses === "object") {
    out.Responses = Object.fromEntries(Object.entries(v.Responses).map(([t, items]) => [t, asSet(items as Plain[])]));
  }
  if (v.LastEvaluatedKey) {
    out.LastEvaluatedKey = "present";
    delete out.ConsumedCapacity;
  }
  return out;
}

