/** Number formats shared by the Partitions and Cost tabs. */

export function usd(n: number): string {
  return n.toLocaleString("en-US", { style: "currency", currency: "USD", maximumFractionDigits: n >= 100 ? 0 : 2 });
}

export function compactUsd(n: number): string {
  return n.toLocaleString("en-US", { style: "currency", currency: "USD", notation: "compact", maximumFractionDigits: 1 });
}

export function units(n: number): string {
  if (n === 0) return "0";
  const a = Math.abs(n);
  if (a >= 100) return Math.round(n).toLocaleString("en-US");
  if (a >= 1) return (Math.round(n * 10) / 10).toLocaleString("en-US");
  return n.toPrecision(2);
}

export function bytes(n: number): string {
  const names = ["B", "KB", "MB", "GB", "TB", "PB"];
  let v = n, i = 0;
  while (v >= 1024 && i < names.length - 1) {
    v /= 1024;
    i++;
  }
  return `${units(v)} ${names[i]}`;
}

export function percent(share: number): string {
  const p = share * 100;
  return `${p >= 10 || p === 0 ? Math.round(p) : p.toPrecision(2)}%`;
}

export function indexName(index: string | null): string {
  return index ?? "Table";
}
