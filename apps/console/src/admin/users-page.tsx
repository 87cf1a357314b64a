import { pageLimitDefault, type AdminUserSummary } from "@linkgate/contract";
import { useState, type FormEvent } from "react";
import { Link } from "react-router";
import { useApi } from "../api/api-context";
import { queryKeys } from "../api/query-keys";
import { formatInstant } from "../links/datetime";
import { usePagedQuery } from "../ui/cursor-pager";
import { ListTable, type Column } from "../ui/list-table";

const columns: Column<AdminUserSummary>[] = [
  { header: "Username", cell: (user) => <Link to={`/admin/users/${encodeURIComponent(user.username)}`}>{user.username}</Link> },
  { header: "Email", className: "target", cell: (user) => user.email ?? "—" },
  { header: "Status", cell: (user) => `${user.enabled ? "enabled" : "disabled"} · ${user.status}` },
  { header: "Created", cell: (user) => formatInstant(user.createdAt) },
];

/** Users: search by username or email prefix, page through, open one to manage it. */
export function UsersPage() {
  const api = useApi();
  const [search, setSearch] = useState("");
  const users = usePagedQuery((page) => ({
    queryKey: queryKeys.users.list({ search, ...page }),
    queryFn: () => api.call("listUsers", { query: { limit: pageLimitDefault, ...(search ? { search } : {}), ...page } }),
  }));
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSearch(String(new FormData(event.currentTarget).get("search") ?? "").trim());
    users.pages.restart();
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
        <ListTable list={users} label="users" caption="Users" columns={columns} rowKey={(user) => user.username} empty={<p>No user matches.</p>} />
      </section>
    </>
  );
}
