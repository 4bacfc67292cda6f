import { flexRender, getCoreRowModel, getSortedRowModel, useReactTable, type ColumnDef, type SortingState } from '@tanstack/react-table';
import { Fragment, useState, type ReactNode } from 'react';

type Meta = { numeric?: boolean; optional?: boolean } | undefined;
const cellClass = (meta: Meta) => [meta?.numeric && 'num', meta?.optional && 'opt'].filter(Boolean).join(' ') || undefined;

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;

/**
 * A table of loaded rows, sortable by the header buttons (keyboard too); paging is the caller's. It scrolls
 * sideways inside its own box on a narrow screen, so the page does not.
 */
export function DataTable<T>({ rows, columns, label, rowKey, detail }: {
  rows: T[]; columns: ColumnDef<T, any>[]; label: string; rowKey?: (row: T) => string;
  /** A full-width line under each row, for text too long for a column (an event's sentence). */
  detail?: (row: T) => ReactNode;
}) {
  const [sorting, setSorting] = useState<SortingState>([]);
  const table = useReactTable({
    data: rows,
    columns,
    state: { sorting },
    onSortingChange: setSorting,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getRowId: rowKey ? (row) => rowKey(row) : undefined,
  });
  if (rows.length === 0) return null;
  return (
    <div className="table-wrap">
      <table className="data-table" aria-label={label}>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                const title = flexRender(header.column.columnDef.header, header.getContext());
                return (
                  <th key={header.id} aria-sort={sorted ? ARIA_SORT[sorted] : undefined} className={cellClass(header.column.columnDef.meta as Meta)}>
                    {header.column.getCanSort()
                      ? <button type="button" className="sort" onClick={header.column.getToggleSortingHandler()}>{title}<span aria-hidden="true">{sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}</span></button>
                      : title}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <Fragment key={row.id}>
              <tr className={detail ? 'has-detail' : undefined}>
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id} className={cellClass(cell.column.columnDef.meta as Meta)}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</td>
                ))}
              </tr>
              {detail && <tr className="detail"><td colSpan={columns.length}>{detail(row.original)}</td></tr>}
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}
