import { Pager, useCursorPages } from "../ui/cursor-pager";
import type { Link as ShortLink, LinkSortOrder } from "@linkgate/contract";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useApi } from "../api/api-context";
import { QueryState } from "../ui/query-state";
import { LinkCreateForm } from "./link-create-form";
import { LinkRow } from "./link-row";

export const LINKS_PAGE_SIZE = 10;

/** My links: create, then a searchable, sortable, paged table (cursor paging: a stack of cursors for "Previous"). */
export function LinksPage() {
  const api = useApi();
  const [search, setSearch] = useState("");
  const [sort, setSort] = useState<LinkSortOrder>("-createdAt");
  const pages = useCursorPages();
  const cursor = pages.cursor;

  const query = useQuery({
    queryKey: ["links", { search, sort, cursor }],
    queryFn: () => api.call("listMyLinks", { query: { limit: LINKS_PAGE_SIZE, sort, ...(search ? { search } : {}), ...(cursor ? { cursor } : {}) } }),
    placeholderData: keepPreviousData,
  });

  const restart = pages.restart;
  const submitSearch = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSearch(String(new FormData(event.currentTarget).get("search") ?? "").trim());
    restart();
  };

  return (
    <>
      <h1>My links</h1>
      <LinkCreateForm />
      <section aria-labelledby="links-heading" className="card">
        <h2 id="links-heading">Your links</h2>
        <div className="toolbar">
          <form role="search" onSubmit={submitSearch} className="row">
            <label htmlFor="link-search">Search code or target</label>
            <input id="link-search" name="search" type="search" defaultValue={search} />
            <button type="submit">Search</button>
          </form>
          <label htmlFor="link-sort">Sort</label>
          <select
            id="link-sort"
            value={sort}
            onChange={(event) => {
              setSort(event.target.value as LinkSortOrder);
              restart();
            }}
          >
            <option value="-createdAt">Newest first</option>
            <option value="createdAt">Oldest first</option>
          </select>
        </div>
        <QueryState
          query={query}
          label="your links"
          isEmpty={(page) => page.items.length === 0 && pages.isFirstPage}
          empty={search ? <p>No link matches “{search}”.</p> : <p>No links yet. Create your first one above.</p>}
        >
          {(page) => (
            <>
              <LinksTable links={page.items} />
              <Pager pages={pages} nextCursor={page.nextCursor} showPageNumber />
            </>
          )}
        </QueryState>
      </section>
    </>
  );
}

function LinksTable(props: { links: ShortLink[] }) {
  return (
    <div className="table-scroll">
      <table>
        <caption className="visually-hidden">Your short links</caption>
        <thead>
          <tr>
            <th scope="col">Short link</th>
            <th scope="col">Target</th>
            <th scope="col">Clicks</th>
            <th scope="col">Expires</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {props.links.map((link) => (
            <LinkRow key={link.code} link={link} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
