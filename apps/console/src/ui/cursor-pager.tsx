import { useState } from "react";

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
