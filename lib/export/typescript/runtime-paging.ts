/**
 * Emitted into the generated TypeScript module: paging with a cursor and the shard merge (requests.ts, mergeShardResults).
 * It mirrors lib/design exactly: keys the generated code writes must be the keys the
 * design reads, and typescript.test.ts checks the equivalence on sample items and
 * bindings. Change both sides together.
 *
 * Kept as text (no backticks, no dollar-brace) because the exporter emits it, never runs it.
 */
export const RUNTIME_PAGING = String.raw`// ---------------------------------------------------------------------------
// Paging: one request per shard, each followed page by page until the page is
// full; shard results merged in the index's sort-key order. The cursor records
// where each shard stopped, so the next page continues every shard exactly.
// ---------------------------------------------------------------------------

type ShardState = "start" | "done" | Record<string, unknown>;

function toJsonValue(v: unknown): unknown {
  if (v instanceof Uint8Array) return { $b: encodeBinary(v) };
  if (Array.isArray(v)) return v.map(toJsonValue);
  if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toJsonValue(x)]));
  return v;
}

function fromJsonValue(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(fromJsonValue);
  if (v && typeof v === "object") {
    const o = v as Record<string, unknown>;
    if (typeof o["$b"] === "string" && Object.keys(o).length === 1) {
      const hex = o["$b"];
      return new Uint8Array((hex.match(/../g) ?? []).map((h) => parseInt(h, 16)));
    }
    return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, fromJsonValue(x)]));
  }
  return v;
}

function encodeCursor(states: ShardState[]): string {
  let binary = "";
  for (const b of utf8(JSON.stringify(toJsonValue(states)))) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function decodeCursor(cursor: string, shards: number): ShardState[] {
  const binary = atob(cursor.replace(/-/g, "+").replace(/_/g, "/"));
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  const states = fromJsonValue(JSON.parse(new TextDecoder().decode(bytes)));
  if (!Array.isArray(states) || states.length !== shards) throw new Error("this cursor belongs to another access pattern");
  return states as ShardState[];
}

interface ReadSpec {
  kind: "query" | "scan";
  /** Key attributes of the index read (table keys included): an ExclusiveStartKey's shape. */
  keyNames: readonly string[];
  /** Sort key and partition key of the index, to merge shards; null when unsharded. */
  merge: { sortKey?: string; partitionKey: string; forward: boolean } | null;
  /** The pattern's own limit. */
  limit?: number;
}

async function readPage(db: Db, requests: Array<QueryCommandInput | ScanCommandInput>, spec: ReadSpec, options: PageOptions): Promise<Page<PhysicalItem>> {
  const want = options.limit ?? spec.limit ?? Infinity;
  if (!(want >= 1)) throw new RangeError("limit must be at least 1");
  const starts: ShardState[] = options.cursor ? decodeCursor(options.cursor, requests.length) : requests.map(() => "start");
  const shards: Array<{ items: PhysicalItem[]; last?: Record<string, unknown> }> = [];
  for (const [i, request] of requests.entries()) {
    const start = starts[i] ?? "start";
    const got: PhysicalItem[] = [];
    let next: Record<string, unknown> | undefined = start === "start" || start === "done" ? undefined : start;
    if (start !== "done") {
      do {
        const input = { ...request, ...(next ? { ExclusiveStartKey: next } : {}), ...(Number.isFinite(want) ? { Limit: want - got.length } : {}) };
        const out = spec.kind === "query" ? await db.client.send(new QueryCommand(input)) : await db.client.send(new ScanCommand(input));
        got.push(...(out.Items ?? []));
        next = out.LastEvaluatedKey;
      } while (next && got.length < want);
    }
    shards.push({ items: got, ...(next ? { last: next } : {}) });
  }
  const tagged = shards.flatMap((s, shard) => s.items.map((item, i) => ({ item, shard, i })));
  const m = spec.merge;
  if (m && shards.length > 1) {
    const dir = m.forward ? 1 : -1;
    tagged.sort((a, b) => dir * ((m.sortKey ? compareKeyValues(a.item[m.sortKey], b.item[m.sortKey]) : 0) || compareKeyValues(a.item[m.partitionKey], b.item[m.partitionKey])) || a.shard - b.shard || a.i - b.i);
  }
  const taken = tagged.slice(0, Number.isFinite(want) ? want : tagged.length);
  const states: ShardState[] = shards.map((s, shard) => {
    if (starts[shard] === "done") return "done";
    const mine = taken.filter((t) => t.shard === shard).length;
    if (mine === s.items.length) return s.last ?? "done";
    if (mine === 0) return starts[shard] ?? "start";
    const lastTaken = s.items[mine - 1] ?? {};
    return Object.fromEntries(spec.keyNames.map((k) => [k, lastTaken[k]]));
  });
  const more = states.some((s) => s !== "done");
  return { items: taken.map((t) => t.item), ...(more ? { cursor: encodeCursor(states) } : {}) };
}
`;
