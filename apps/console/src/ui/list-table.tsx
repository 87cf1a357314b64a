import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { Pager, type CursorPages } from "./cursor-pager";
import { QueryState } from "./query-state";

/** One column of a list: its header and what each row shows in it. */
export interface Column<Row> {
  header: string;
  cell: (row: Row) => ReactNode;
  /** Class of the body cells: `target` wraps long text, `actions` lays buttons out in a row. */
  className?: string;
}

/**
 * The console's list block, one copy for every list page: loading, error (with retry) and empty
 * states, a native table (with a caption for screen readers) built from `columns`, and — for a paged
 * list — the cursor pager. A paged list is only "empty" on its first page: a later page that comes
 * back empty still shows the pager, so "Previous" stays reachable.
 */
export function ListTable<Row>(props: {
  /** The list's query; with `pages` (from `usePagedQuery`) for a paged list. */
  list: { query: UseQueryResult<{ items: Row[]; nextCursor?: string | null }>; pages?: CursorPages };
  /** What is loading, in "Loading {label}…". */
  label: string;
  caption: string;
  columns: readonly Column<Row>[];
  rowKey: (row: Row) => string;
  empty: ReactNode;
  showPageNumber?: boolean;
  /** Extra class of the scrolling wrapper (e.g. `card` when the table stands alone). */
  className?: string;
}) {
  const { columns } = props;
  const { query, pages } = props.list;
  return (
    <QueryState query={query} label={props.label} isEmpty={(page) => page.items.length === 0 && (pages?.isFirstPage ?? true)} empty={props.empty}>
      {(page) => (
        <>
          <div className={props.className ? `table-scroll ${props.className}` : "table-scroll"}>
            <table>
              <caption className="visually-hidden">{props.caption}</caption>
              <thead>
                <tr>
                  {columns.map((column) => (
                    <th key={column.header} scope="col">
                      {column.header}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {page.items.map((row) => (
                  <tr key={props.rowKey(row)}>
                    {columns.map((column) => (
                      <td key={column.header} className={column.className}>
                        {column.cell(row)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {pages ? <Pager pages={pages} nextCursor={page.nextCursor ?? null} showPageNumber={props.showPageNumber} /> : null}
        </>
      )}
    </QueryState>
  );
}
