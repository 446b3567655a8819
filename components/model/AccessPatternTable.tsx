"use client";
import { createColumnHelper, flexRender, getCoreRowModel, useReactTable } from "@tanstack/react-table";
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

/** The model's access patterns, read-only for now (editing is the workbench issue's). */
export function AccessPatternTable({ patterns }: { patterns: AccessPattern[] }) {
  const table = useReactTable({ data: patterns, columns, getCoreRowModel: getCoreRowModel() });
  if (patterns.length === 0) return <p className="muted">No access patterns yet.</p>;
  return (
    <div className="scroll-x">
      <table aria-label="Access patterns" className="grid">
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => (
                <th key={header.id} scope="col">
                  {flexRender(header.column.columnDef.header, header.getContext())}
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id}>
              {row.getVisibleCells().map((cell) => (
                <td key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
