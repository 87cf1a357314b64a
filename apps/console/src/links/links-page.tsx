import type { Link as ShortLink, LinkSortOrder } from "@linkgate/contract";
import { useState, type FormEvent } from "react";
import { Link } from "react-router";
import { useApi } from "../api/api-context";
import { queryKeys } from "../api/query-keys";
import { usePagedQuery } from "../ui/cursor-pager";
import { ListTable, type Column } from "../ui/list-table";
import { formatInstant } from "./datetime";
import { LinkActions } from "./link-actions";
import { LinkCreateForm } from "./link-create-form";

/** My links shows 10 a page: the console's choice, below the API's default (`pageLimitDefault`, the admin lists' size). */
export const LINKS_PAGE_SIZE = 10;

const columns: Column<ShortLink>[] = [
  {
    header: "Short link",
    cell: (link) => (
      <>
        <Link to={`/links/${encodeURIComponent(link.code)}`}>{link.code}</Link>
        <div className="muted small">{link.shortUrl}</div>
      </>
    ),
  },
  {
    header: "Target",
    className: "target",
    cell: (link) => (
      <a href={link.target} rel="noreferrer noopener" target="_blank">
        {link.target}
      </a>
    ),
  },
  { header: "Clicks", cell: (link) => link.totalClicks },
  { header: "Expires", cell: (link) => formatInstant(link.expiresAt, "Never") },
  { header: "Actions", className: "actions", cell: (link) => <LinkActions link={link} /> },
];

/** My links: create, then a searchable, sortable, paged table. */
export function LinksPage() {
  const api = useApi();
  const [search, setSearch] = useState("");
  const [sort, setSort] = useState<LinkSortOrder>("-createdAt");
  const links = usePagedQuery((page) => ({
    queryKey: queryKeys.links.list({ search, sort, ...page }),
    queryFn: () => api.call("listMyLinks", { query: { limit: LINKS_PAGE_SIZE, sort, ...(search ? { search } : {}), ...page } }),
  }));

  const submitSearch = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSearch(String(new FormData(event.currentTarget).get("search") ?? "").trim());
    links.pages.restart();
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
              links.pages.restart();
            }}
          >
            <option value="-createdAt">Newest first</option>
            <option value="createdAt">Oldest first</option>
          </select>
        </div>
        <ListTable
          list={links}
          showPageNumber
          label="your links"
          caption="Your short links"
          columns={columns}
          rowKey={(link) => link.code}
          empty={search ? <p>No link matches “{search}”.</p> : <p>No links yet. Create your first one above.</p>}
        />
      </section>
    </>
  );
}
