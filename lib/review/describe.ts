/** A short text for a changed value in a review: absent fields read as "—". */
export function describeValue(value: unknown): string {
  if (value === undefined || value === null) return "—";
  if (typeof value === "string") return value;
  return JSON.stringify(value);
}
