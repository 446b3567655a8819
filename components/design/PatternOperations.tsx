"use client";
import { createColumnHelper } from "@tanstack/react-table";
import { DataTable } from "@/components/grid/DataTable";
import Link from "next/link";
import type { DesignJson } from "@/lib/design";
import { techniqueSlug, topicBySlug } from "@/lib/teach";

type Row = DesignJson["accessPatterns"][number];
const column = createColumnHelper<Row>();

const columns = [
  column.accessor("id", { header: "Access pattern", cell: (c) => <code>{c.getValue()}</code> }),
  column.accessor((r) => r.operation ?? "", {
    id: "operation",
    header: "Operation",
    cell: (c) =>
      c.row.original.served ? (
        c.getValue()
      ) : (
        <span className="not-served">Not served</span>
      ),
  }),
  column.accessor((r) => r.index ?? "table", { id: "index", header: "Index" }),
  column.accessor((r) => keyText(r), { id: "key", header: "Key condition / expression", cell: (c) => c.getValue() && <code>{c.getValue()}</code> }),
  column.accessor((r) => order(r), { id: "order", header: "Order" }),
  column.accessor((r) => r.shards ?? 1, { id: "shards", header: "Shards" }),
  column.accessor("explanation", {
    header: "Why",
    cell: (c) => (
      <>
        {c.getValue()}
        <TechniqueLinks techniques={c.row.original.techniques} />
      </>
    ),
  }),
];

/** Each technique the explanation relies on, linked to its explanation under /learn. */
function TechniqueLinks({ techniques }: { techniques: Row["techniques"] }) {
  if (techniques.length === 0) return null;
  return (
    <span className="techniques">
      {techniques.map((t) => (
        <Link key={t} href={`/learn/${techniqueSlug(t)}`} className="learn-link">
          {topicBySlug(techniqueSlug(t))?.title ?? t}
        </Link>
      ))}
    </span>
  );
}

function keyText(r: Row): string {
  const parts = [r.keyCondition, r.condition ? `condition: ${r.condition}` : null, r.updateExpression ? `update: ${r.updateExpression}` : null];
  return parts.filter(Boolean).join("  ·  ");
}

function order(r: Row): string {
  if (r.scanIndexForward === undefined || r.scanIndexForward === null) return "";
  return r.scanIndexForward ? "ascending" : "descending";
}

/** Each access pattern and the exact operation that serves it, or "Not served" and why. */
export function PatternOperations({ json }: { json: DesignJson }) {
  return <DataTable label="Access pattern operations" data={json.accessPatterns} columns={columns} rowClassName={(r) => (r.served ? undefined : "unserved")} />;
}
