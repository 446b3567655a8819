"use client";
import { createColumnHelper } from "@tanstack/react-table";
import { DataTable } from "@/components/grid/DataTable";
import type { AccessPattern } from "@/lib/model";
import { describeWhere, entityNames } from "./describe";

const column = createColumnHelper<AccessPattern>();

const columns = [
  column.accessor("id", { header: "Id", cell: (c) => <code>{c.getValue()}</code> }),
  column.accessor("name", { header: "Name" }),
  column.accessor("kind", { header: "Kind" }),
  column.accessor((p) => entityNames(p.entity), { id: "entity", header: "Entity" }),
  column.accessor((p) => describeWhere(p.where), { id: "where", header: "Where", cell: (c) => <code>{c.getValue()}</code> }),
  column.accessor((p) => (p.order ? `${p.order.by} ${p.order.dir ?? "asc"}` : ""), { id: "order", header: "Order" }),
  column.accessor((p) => details(p), { id: "details", header: "Details" }),
  column.accessor((p) => p.rps ?? 1, { id: "rps", header: "Peak rps" }),
];

function details(p: AccessPattern): string {
  const parts: string[] = [];
  if (p.limit !== undefined) parts.push(`limit ${p.limit}`);
  if (p.consistency) parts.push(`${p.consistency} read`);
  if (p.set?.length) parts.push(`set ${p.set.join(", ")}`);
  if (p.add?.length) parts.push(`add ${p.add.join(", ")}`);
  if (p.condition) parts.push(`condition ${p.condition}`);
  return parts.join("; ");
}

/** The model's access patterns, read-only: a shared model (the editor is edit/PatternTable.tsx). */
export function AccessPatternTable({ patterns }: { patterns: AccessPattern[] }) {
  if (patterns.length === 0) return <p className="muted">No access patterns yet.</p>;
  return <DataTable label="Access patterns" data={patterns} columns={columns} />;
}
