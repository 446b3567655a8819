"use client";
import { flexRender, getCoreRowModel, useReactTable, type ColumnDef } from "@tanstack/react-table";
import { TableHead } from "./TableHead";

interface Props<Row> {
  label: string;
  data: Row[];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tanstack's column helpers produce ColumnDef<Row, any>
  columns: Array<ColumnDef<Row, any>>;
  rowClassName?: (row: Row) => string | undefined;
}

/** A read-only @tanstack/react-table grid with an accessible name: the workbench's tables share it. */
export function DataTable<Row>({ label, data, columns, rowClassName }: Props<Row>) {
  const table = useReactTable({ data, columns, getCoreRowModel: getCoreRowModel() });
  return (
    <div className="scroll-x">
      <table aria-label={label} className="grid">
        <TableHead table={table} />
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id} className={rowClassName?.(row.original)}>
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
