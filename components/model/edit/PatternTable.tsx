"use client";
import { createContext, memo, useContext, useMemo } from "react";
import { createColumnHelper, flexRender, getCoreRowModel, useReactTable, type Row } from "@tanstack/react-table";
import { TableHead } from "@/components/grid/TableHead";
import { PATTERN_KINDS, type AccessPattern, type Entity } from "@/lib/model";
import { movePattern, removePattern, updatePattern } from "@/lib/model/edit";
import { SelectField, TextField, listFromText, numberFromText, textOfList, textOfNumber } from "./fields";
import { problemsKey, type ProblemIndex } from "./problems";
import { useEdit } from "./useEdit";
import { WhereEditor } from "./WhereEditor";

/** What a row's cells need besides the pattern: kept in context so the column definitions stay static. */
interface RowInfo {
  pattern: AccessPattern;
  index: number;
  count: number;
  entities: ReadonlyArray<Entity>;
  problems: ProblemIndex;
}
const RowContext = createContext<RowInfo | null>(null);
const useRow = () => useContext(RowContext) as RowInfo;

const column = createColumnHelper<AccessPattern>();
const cell = (Cell: () => React.ReactNode) => () => <Cell />;

const columns = [
  column.display({ id: "move", header: "Order", cell: cell(MoveCell) }),
  column.accessor("id", { header: "Id", cell: cell(() => <Text field="id" label="Id" size={8} />) }),
  column.accessor("name", { header: "Name", cell: cell(() => <Text field="name" label="Name" size={24} />) }),
  column.accessor("kind", { header: "Kind", cell: cell(KindCell) }),
  column.accessor("entity", { header: "Entity", cell: cell(EntityCell) }),
  column.accessor("where", { header: "Where", cell: cell(WhereCell) }),
  column.accessor("order", { header: "Order by", cell: cell(OrderCell) }),
  column.accessor("limit", { header: "Limit", cell: cell(() => <NumberCell field="limit" label="Limit" />) }),
  column.accessor("rps", { header: "Peak rps", cell: cell(() => <NumberCell field="rps" label="Peak rps" />) }),
  column.accessor("consistency", { header: "Consistency", cell: cell(() => <Choice field="consistency" label="Consistency" options={["eventual", "strong"]} />) }),
  column.accessor("set", { header: "Set", cell: cell(() => <List field="set" label="Set" />) }),
  column.accessor("add", { header: "Add", cell: cell(() => <List field="add" label="Add" />) }),
  column.accessor("condition", { header: "Condition", cell: cell(() => <Choice field="condition" label="Condition" options={["notExists", "version", "nonNegative"]} />) }),
  column.accessor("notes", { header: "Notes", cell: cell(() => <Text field="notes" label="Notes" size={16} optional />) }),
  column.display({ id: "delete", header: "", cell: cell(DeleteCell) }),
];

/**
 * The access patterns as an editable @tanstack/react-table grid. Rows are memoized on their
 * pattern object: an edit replaces only the pattern it changes, so a keystroke re-renders
 * one row, not all of them.
 */
export function PatternTable({ patterns, entities, problems }: { patterns: ReadonlyArray<AccessPattern>; entities: ReadonlyArray<Entity>; problems: ProblemIndex }) {
  const data = useMemo(() => [...patterns], [patterns]);
  const table = useReactTable({ data, columns, getCoreRowModel: getCoreRowModel() });
  return (
    <div className="scroll-x">
      <table aria-label="Access patterns" className="grid patterns-editor">
        <TableHead table={table} />
        <tbody>
          {table.getRowModel().rows.map((row) => {
            const rowProblems = problems.under(`accessPatterns[${row.index}]`);
            return (
              <PatternRow
                key={row.id}
                row={row}
                pattern={row.original}
                index={row.index}
                count={patterns.length}
                entities={entities}
                problems={problems}
                problemsKey={problemsKey(rowProblems)}
              />
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

interface RowProps extends RowInfo {
  row: Row<AccessPattern>;
  problemsKey: string;
}

const PatternRow = memo(
  function PatternRow({ row, pattern, index, count, entities, problems }: RowProps) {
    const info = useMemo(() => ({ pattern, index, count, entities, problems }), [pattern, index, count, entities, problems]);
    return (
      <RowContext.Provider value={info}>
        <tr>
          {row.getVisibleCells().map((c) => (
            <td key={c.id}>{flexRender(c.column.columnDef.cell, c.getContext())}</td>
          ))}
        </tr>
      </RowContext.Provider>
    );
  },
  // The problem index is new on every draft; only this row's messages matter to it.
  (a, b) => a.pattern === b.pattern && a.index === b.index && a.count === b.count && a.entities === b.entities && a.problemsKey === b.problemsKey,
);

const label = (field: string, p: AccessPattern) => `${field} of access pattern ${p.id}`;
const pathOf = (index: number, field: string) => `accessPatterns[${index}].${field}`;

function Text({ field, label: l, size, optional }: { field: "id" | "name" | "notes"; label: string; size?: number; optional?: boolean }) {
  const { pattern, index, problems } = useRow();
  const { edit, endEdit } = useEdit();
  const value = pattern[field];
  const at = pathOf(index, field);
  return (
    <TextField
      label={label(l, pattern)}
      value={typeof value === "string" ? value : textOfNumber(value)}
      size={size}
      problems={[...(field === "id" ? problems.at(`accessPatterns[${index}]`) : []), ...problems.under(at)]}
      onText={(t) => edit(at, (m) => updatePattern(m, index, { [field]: optional && t === "" ? undefined : t }))}
      onDone={endEdit}
    />
  );
}

function NumberCell({ field, label: l }: { field: "limit" | "rps"; label: string }) {
  const { pattern, index, problems } = useRow();
  const { edit, endEdit } = useEdit();
  const at = pathOf(index, field);
  return (
    <TextField
      label={label(l, pattern)}
      value={textOfNumber(pattern[field])}
      size={5}
      placeholder={field === "rps" ? "1" : ""}
      problems={problems.under(at)}
      onText={(t) => edit(at, (m) => updatePattern(m, index, { [field]: numberFromText(t) }))}
      onDone={endEdit}
    />
  );
}

function List({ field, label: l }: { field: "set" | "add"; label: string }) {
  const { pattern, index, problems } = useRow();
  const { edit, endEdit } = useEdit();
  const at = pathOf(index, field);
  return (
    <TextField
      label={label(l, pattern)}
      value={textOfList(pattern[field])}
      size={10}
      problems={problems.under(at)}
      onText={(t) => edit(at, (m) => updatePattern(m, index, { [field]: listFromText(t) }))}
      onDone={endEdit}
    />
  );
}

function Choice({ field, label: l, options }: { field: "consistency" | "condition"; label: string; options: string[] }) {
  const { pattern, index, problems } = useRow();
  const { edit } = useEdit();
  const value = pattern[field];
  return (
    <SelectField
      label={label(l, pattern)}
      value={typeof value === "string" ? value : ""}
      options={options}
      blank={field === "consistency" ? "default" : "none"}
      problems={problems.under(pathOf(index, field))}
      onPick={(v) => edit(null, (m) => updatePattern(m, index, { [field]: v === "" ? undefined : v }))}
    />
  );
}

function KindCell() {
  const { pattern, index, problems } = useRow();
  const { edit } = useEdit();
  return (
    <SelectField
      label={label("Kind", pattern)}
      value={String(pattern.kind ?? "")}
      options={PATTERN_KINDS}
      problems={problems.under(pathOf(index, "kind"))}
      onPick={(v) => edit(null, (m) => updatePattern(m, index, { kind: v }))}
    />
  );
}

function EntityCell() {
  const { pattern, index, problems } = useRow();
  const { edit, endEdit } = useEdit();
  const at = pathOf(index, "entity");
  return (
    <TextField
      label={label("Entity", pattern)}
      value={textOfList(pattern.entity)}
      size={12}
      problems={problems.under(at)}
      onText={(t) =>
        edit(at, (m) => {
          const list = listFromText(t) ?? [];
          // One name is written as a name; a query reading 2+ entities as a list (model-format.md).
          return updatePattern(m, index, { entity: list.length === 1 ? list[0] : list.length === 0 ? "" : list });
        })
      }
      onDone={endEdit}
    />
  );
}

function WhereCell() {
  const { pattern, index, entities, problems } = useRow();
  return <WhereEditor pattern={pattern} index={index} entities={entities} problems={problems} />;
}

function OrderCell() {
  const { pattern, index, entities, problems } = useRow();
  const { edit } = useEdit();
  const names = typeof pattern.entity === "string" ? [pattern.entity] : Array.isArray(pattern.entity) ? pattern.entity : [];
  const attributes = entities.find((e) => e.name === names[0])?.attributes.map((a) => a.name) ?? [];
  const order = pattern.order;
  return (
    <span className="order-cell">
      <SelectField
        label={label("Order by", pattern)}
        value={typeof order?.by === "string" ? order.by : ""}
        options={attributes}
        blank="none"
        problems={problems.under(pathOf(index, "order"))}
        onPick={(by) =>
          edit(null, (m) => {
            const p = m.accessPatterns[index];
            return updatePattern(m, index, { order: by === "" ? undefined : { ...(p?.order ?? {}), by } });
          })
        }
      />
      {order && (
        <SelectField
          label={label("Order direction", pattern)}
          value={typeof order.dir === "string" ? order.dir : "asc"}
          options={["asc", "desc"]}
          onPick={(dir) =>
            edit(null, (m) => {
              const p = m.accessPatterns[index];
              return p?.order ? updatePattern(m, index, { order: { ...p.order, dir } }) : m;
            })
          }
        />
      )}
    </span>
  );
}

function MoveCell() {
  const { pattern, index, count } = useRow();
  const { edit } = useEdit();
  return (
    <span className="row-actions">
      <button type="button" aria-label={`Move access pattern ${pattern.id} up`} disabled={index === 0} onClick={() => edit(null, (m) => movePattern(m, index, index - 1))}>↑</button>
      <button type="button" aria-label={`Move access pattern ${pattern.id} down`} disabled={index === count - 1} onClick={() => edit(null, (m) => movePattern(m, index, index + 1))}>↓</button>
    </span>
  );
}

function DeleteCell() {
  const { pattern, index } = useRow();
  const { edit } = useEdit();
  return (
    <button type="button" aria-label={`Delete access pattern ${pattern.id}`} onClick={() => edit(null, (m) => removePattern(m, index))}>
      Delete
    </button>
  );
}
