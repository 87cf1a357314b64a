import { keepPreviousData, useQuery, type QueryKey } from "@tanstack/react-query";
import { useState } from "react";
import type { PageParam } from "../api/query-keys";

/**
 * Cursor paging as the API offers it (an opaque `nextCursor`, no "previous"): a stack of the cursors
 * that led to each page, so "Previous" pops one. One copy for every paged list in the console.
 */
export function useCursorPages() {
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  return {
    cursor: cursors[cursors.length - 1],
    pageNumber: cursors.length,
    isFirstPage: cursors.length === 1,
    next: (nextCursor: string) => setCursors((all) => [...all, nextCursor]),
    previous: () => setCursors((all) => (all.length > 1 ? all.slice(0, -1) : all)),
    restart: () => setCursors([undefined]),
  };
}

export type CursorPages = ReturnType<typeof useCursorPages>;

/**
 * A paged list's query: `queryFor` gets the page shown as the API's parameter (`{}` on the first
 * page, `{ cursor }` after), for both its key and its call. The page on screen stays while the next
 * one loads, so the table and its pager do not jump.
 */
export function usePagedQuery<Page>(queryFor: (page: PageParam) => { queryKey: QueryKey; queryFn: () => Promise<Page> }) {
  const pages = useCursorPages();
  const query = useQuery({ ...queryFor(pages.cursor ? { cursor: pages.cursor } : {}), placeholderData: keepPreviousData });
  return { pages, query };
}

export function Pager({ pages, nextCursor, showPageNumber = false }: { pages: CursorPages; nextCursor: string | null; showPageNumber?: boolean }) {
  return (
    <nav aria-label="Pages" className="pager">
      <button type="button" disabled={pages.isFirstPage} onClick={pages.previous}>
        Previous
      </button>
      {showPageNumber ? <span>Page {pages.pageNumber}</span> : null}
      <button type="button" disabled={!nextCursor} onClick={() => nextCursor && pages.next(nextCursor)}>
        Next
      </button>
    </nav>
  );
}
