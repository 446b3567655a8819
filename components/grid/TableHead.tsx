"use client";
import { flexRender, type Table } from "@tanstack/react-table";

/** The column headers of a @tanstack/react-table grid, each a `th scope="col"`. */
export function TableHead<Row>({ table }: { table: Table<Row> }) {
  return (
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
  );
}
