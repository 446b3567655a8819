/**
 * Turns SDK results into plain, comparable data: numbers (NumberValue) as "N:<text>",
 * binary as "B:<hex>", sets as sorted tagged arrays, object keys sorted. Both sides of a
 * conformance check are read with wrapNumbers, so 38-digit numbers compare exactly.
 */
export type Plain = null | boolean | string | number | Plain[] | { [k: string]: Plain };

function hex(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("hex");
}

export function normalize(v: unknown): Plain {
  if (v === null || v === undefined) return null;
  if (typeof v === "boolean" || typeof v === "string") return v;
  if (typeof v === "number") return v;
  if (typeof v === "bigint") return `N:${v}`;
  if (v instanceof Uint8Array) return `B:${hex(v)}`;
  if (v instanceof Set) {
    const members = [...v].map((m) => JSON.stringify(normalize(m))).sort();
    return { $set: members };
  }
  if (Array.isArray(v)) return v.map(normalize);
  if (typeof v === "object") {
    const ctor = (v as { constructor?: { name?: string } }).constructor?.name;
    if (ctor === "NumberValue") return `N:${String(v)}`;
    if (v instanceof Date) return `D:${v.toISOString()}`;
    const keys = Object.keys(v);
    // A wire-format set ({ NS: [...] } in an error's Item) is unordered too.
    if (keys.length === 1 && ["SS", "NS", "BS"].includes(keys[0]!) && Array.isArray((v as Record<string, unknown>)[keys[0]!])) {
      const members = ((v as Record<string, unknown[]>)[keys[0]!]!).map((m) => JSON.stringify(normalize(m))).sort();
      return { [keys[0]!]: members };
    }
    const out: { [k: string]: Plain } = {};
    for (const k of keys.sort()) {
      if (k === "$metadata") continue;
      const x = (v as Record<string, unknown>)[k];
      if (x !== undefined) out[k] = normalize(x);
    }
    return out;
  }
  return String(v);
}

/** Items compared as a multiset (Scan order and BatchGet order differ between engines). */
export function asSet(items: unknown[] | undefined): string[] {
  return (items ?? []).map((i) => JSON.stringify(normalize(i))).sort();
}
