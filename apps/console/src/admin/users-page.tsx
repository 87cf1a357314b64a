import { Pager, useCursorPages } from "../ui/cursor-pager";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link } from "react-router";
import { useApi } from "../api/api-context";
import { formatInstant } from "../links/datetime";
import { QueryState } from "../ui/query-state";

/** Users: search by username or email prefix, page through, open one to manage it. */
export function UsersPage() {
  const api = useApi();
  const [search, setSearch] = useState("");
  const pages = useCursorPages();
  const cursor = pages.cursor;
  const users = useQuery({
    queryKey: ["users", { search, cursor }],
    queryFn: () => api.call("listUsers", { query: { limit: 25, ...(search ? { search } : {}), ...(cursor ? { cursor } : {}) } }),
    placeholderData: keepPreviousData,
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSearch(String(new FormData(event.currentTarget).get("search") ?? "").trim());
    pages.restart();
  };
  return (
    <>
      <h1>Users</h1>
      <section className="card" aria-label="All users">
        <form role="search" onSubmit={submit} className="toolbar">
          <label htmlFor="user-search">Username, or email (with @), starts with</label>
          <input id="user-search" name="search" type="search" defaultValue={search} />
          <button type="submit">Search</button>
        </form>
        <QueryState query={users} label="users" isEmpty={(page) => page.items.length === 0 && pages.isFirstPage} empty={<p>No user matches.</p>}>
          {(page) => (
            <>
              <div className="table-scroll">
                <table>
                  <caption className="visually-hidden">Users</caption>
                  <thead>
                    <tr>
                      <th scope="col">Username</th>
                      <th scope="col">Email</th>
                      <th scope="col">Status</th>
                      <th scope="col">Created</th>
                    </tr>
                  </thead>
                  <tbody>
                    {page.items.map((user) => (
                      <tr key={user.username}>
                        <td>
                          <Link to={`/admin/users/${encodeURIComponent(user.username)}`}>{user.username}</Link>
                        </td>
                        <td className="target">{user.email ?? "—"}</td>
                        <td>
                          {user.enabled ? "enabled" : "disabled"} · {user.status}
                        </td>
                        <td>{formatInstant(user.createdAt)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <Pager pages={pages} nextCursor={page.nextCursor} />
            </>
          )}
        </QueryState>
      </section>
    </>
  );
}
