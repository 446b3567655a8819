/** Small text helpers shared by the design engine. */

export function utf8ByteLength(s: string): number {
  let bytes = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** "a, b and c". */
export function listWords(words: string[]): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} and ${words[words.length - 1] ?? ""}`;
}

/** "a, b, c and 7 others": long lists stay readable (and cheap) in explanations. */
export function listSome(words: string[], max = 3): string {
  if (words.length <= max + 1) return listWords(words);
  return `${words.slice(0, max).join(", ")} and ${words.length - max} others`;
}

/** A number for messages: 1,234 or 0.5. */
export function fmt(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (n !== 0 && Math.abs(n) < 0.01) return String(Number(n.toPrecision(1)));
  const rounded = Math.abs(n) >= 100 ? Math.round(n) : Math.round(n * 100) / 100;
  const [int = "", frac] = String(Math.abs(rounded)).split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${rounded < 0 ? "-" : ""}${grouped}${frac ? `.${frac}` : ""}`;
}
