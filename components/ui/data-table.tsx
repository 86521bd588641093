import type { ReactNode } from 'react';

/** A column header: visible text, or `{ hidden }` for a column announced only to screen readers. */
export type DataTableColumn = string | { hidden: string };

/** The console's bordered table: an accessible name, a header row, and the caller's body rows. */
export function DataTable({ label, columns, children }: { label: string; columns: readonly DataTableColumn[]; children: ReactNode }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm" aria-label={label}>
        <thead className="bg-slate-50 text-xs uppercase text-slate-500">
          <tr>
            {columns.map((column) => (
              <th key={typeof column === 'string' ? column : column.hidden} scope="col" className="px-3 py-2">
                {typeof column === 'string' ? column : <span className="sr-only">{column.hidden}</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
