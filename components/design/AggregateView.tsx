"use client";
import { Fragment, useMemo, useState } from "react";
import { compareUtf8, type Model } from "@/lib/model";
import type { Design, DesignJson } from "@/lib/design";
import { sampleRows, type KeyValue, type SampleRow } from "./sampleRows";

interface KeyColumns {
  partitionKey: string;
  sortKey: string | null;
}

/**
 * The aggregate view NoSQL Workbench users know: sample items as the table (or one
 * index) stores them, grouped by partition, sorted by sort key, coloured by entity.
 */
export function AggregateView({ model, design, json }: { model: Model; design: Design; json: DesignJson }) {
  const [view, setView] = useState<string>("table");
  const rows = useMemo(() => sampleRows(model, design), [model, design]);
  const palette = useMemo(() => new Map(model.entities.map((e, i) => [e.name, i % 8])), [model]);

  const indexes = json.table.indexes;
  const selected: KeyColumns =
    view === "table"
      ? { partitionKey: json.table.partitionKey, sortKey: json.table.sortKey ?? null }
      : (() => {
          const index = indexes.find((i) => i.name === view);
          return { partitionKey: index?.partitionKey ?? json.table.partitionKey, sortKey: index?.sortKey ?? null };
        })();
  // The table view shows every index key column too, so overloading is visible at a glance.
  const keyColumns =
    view === "table"
      ? [selected.partitionKey, selected.sortKey, ...indexes.flatMap((i) => [i.partitionKey, i.sortKey])].filter((c): c is string => !!c)
      : [selected.partitionKey, selected.sortKey].filter((c): c is string => !!c);
  const visible = rows.filter((r) => has(r, selected.partitionKey) && (!selected.sortKey || has(r, selected.sortKey)));
  const groups = groupByPartition(visible, selected);

  return (
    <section aria-labelledby="aggregate-title">
      <h2 id="aggregate-title">Items as stored</h2>
      <label className="inline-label">
        View{" "}
        <select aria-label="Index view" value={view} onChange={(e) => setView(e.currentTarget.value)}>
          <option value="table">Table (aggregate)</option>
          {indexes.map((i) => (
            <option key={i.name} value={i.name}>
              {i.name} ({i.type === "local" ? "LSI" : "GSI"})
            </option>
          ))}
        </select>
      </label>
      <p className="muted">
        {visible.length} of {rows.length} sample items {view === "table" ? "in the table" : `carry ${view}'s keys`} · {groups.length} partitions
        {model.samples?.length ? " · from the model's samples" : " · generated with seed 1"}
      </p>
      <div className="scroll-x">
        <table aria-label={view === "table" ? "Table items" : `Items in ${view}`} className="grid items">
          <thead>
            <tr>
              {keyColumns.map((c) => (
                <th key={c} scope="col">{c}</th>
              ))}
              <th scope="col">Entity</th>
              <th scope="col">Attributes</th>
            </tr>
          </thead>
          <tbody>
            {groups.map(([partition, members]) => (
              <Fragment key={partition}>
                <tr className="partition-row">
                  <th scope="rowgroup" colSpan={keyColumns.length + 2}>
                    Partition <code>{partition}</code> · {members.length} {members.length === 1 ? "item" : "items"}
                  </th>
                </tr>
                {members.map((row, i) => (
                  <tr key={i} data-entity={palette.get(row.entity) ?? 0}>
                    {keyColumns.map((c) => (
                      <td key={c}>{Object.hasOwn(row.keys, c) && <code>{keyText(row.keys[c])}</code>}</td>
                    ))}
                    <td>{row.entity}</td>
                    <td className="attributes" title={summary(row.item)}>
                      {summary(row.item)}
                    </td>
                  </tr>
                ))}
              </Fragment>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function has(row: SampleRow, attribute: string): boolean {
  return Object.hasOwn(row.keys, attribute);
}

/** Key order as DynamoDB sorts: numbers numerically, binary by bytes, strings by UTF-8 bytes. */
function compareKey(a: KeyValue | undefined, b: KeyValue | undefined): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (a instanceof Uint8Array && b instanceof Uint8Array) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return (a[i] as number) - (b[i] as number);
    return a.length - b.length;
  }
  return compareUtf8(keyText(a), keyText(b));
}

function keyText(value: KeyValue | undefined): string {
  if (value === undefined) return "";
  if (value instanceof Uint8Array) return btoa(String.fromCharCode(...value));
  return String(value);
}

/** Partitions in key order (illustrative: DynamoDB hashes partition keys), items by sort key. */
function groupByPartition(rows: SampleRow[], keys: KeyColumns): Array<[string, SampleRow[]]> {
  const groups = new Map<string, SampleRow[]>();
  for (const row of rows) {
    const partition = keyText(row.keys[keys.partitionKey]);
    const list = groups.get(partition) ?? [];
    list.push(row);
    groups.set(partition, list);
  }
  const sortKey = keys.sortKey;
  for (const list of groups.values()) if (sortKey) list.sort((a, b) => compareKey(a.keys[sortKey], b.keys[sortKey]));
  return [...groups.entries()].sort(([a], [b]) => compareUtf8(a, b));
}

function summary(item: Record<string, unknown>): string {
  return Object.entries(item)
    .map(([k, v]) => `${k}: ${display(v)}`)
    .join(", ");
}

function display(value: unknown): string {
  if (value instanceof Uint8Array) return `<${value.length} bytes>`;
  if (value instanceof Set) return `{${[...value].join(", ")}}`;
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}
