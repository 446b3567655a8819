/**
 * Names for what an import invents: entity names in the model's form (`^[A-Z][A-Za-z0-9]*$`),
 * attribute names that are valid and never collide with physical key names or with each
 * other, and the test for key segments that read as labels (`ORDER`, `c`, `comm`) rather
 * than values (`12345`, `2023-04-30T12:00:24`).
 */

/** A segment that names a kind of item rather than holding a value: letters, `_` and `-` only. */
export function isLabel(segment: string): boolean {
  return /^[A-Za-z_][A-Za-z_-]*$/.test(segment) && segment.length <= 32;
}

export function entityName(text: string): string {
  const words = text.split(/[^A-Za-z0-9]+/).filter(Boolean);
  let name = words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join("");
  if (!/^[A-Z]/.test(name)) name = `E${name}`;
  return name.length > 1 || /^[A-Z]$/.test(name) ? name.slice(0, 100) : "Item";
}

/** `customer_id` → `customerId`, `GSI1-SK` → `gsi1Sk`, `NORMAL` → `normal`, `agentID` → `agentID`. */
export function lowerCamel(text: string): string {
  const words = text.split(/[^A-Za-z0-9]+/).filter(Boolean);
  const joined = words.map((w, i) => {
    const word = w === w.toUpperCase() ? w.toLowerCase() : w;
    return i === 0 ? word.charAt(0).toLowerCase() + word.slice(1) : word.charAt(0).toUpperCase() + word.slice(1);
  }).join("");
  return joined || "value";
}

/** A valid attribute name (1..255 bytes, no control characters, no braces: templates name it). */
export function cleanAttributeName(text: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = text.replace(/[\u0000-\u001f\u007f{}]/g, "");
  let out = clean;
  while (new TextEncoder().encode(out).length > 255) out = out.slice(0, -1);
  return out === "" ? "value" : out;
}

/** Hands out attribute names unique within one entity and never a reserved (physical) name. */
export class AttributeNamer {
  private used: Set<string>;
  constructor(private readonly reserved: ReadonlySet<string>, taken: Iterable<string>) {
    this.used = new Set(taken);
  }
  take(wanted: string): string {
    const base = cleanAttributeName(wanted);
    let name = base;
    for (let i = 2; this.used.has(name) || this.reserved.has(name); i++) name = `${base}${i}`;
    this.used.add(name);
    return name;
  }
  has(name: string): boolean {
    return this.used.has(name);
  }
}

/** Entity names unique in the model. */
export class EntityNamer {
  private used = new Set<string>();
  take(wanted: string): string {
    const base = entityName(wanted);
    let name = base;
    for (let i = 2; this.used.has(name); i++) name = `${base}${i}`;
    this.used.add(name);
    return name;
  }
}
