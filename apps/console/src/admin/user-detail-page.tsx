import type { AdminUser } from "@linkgate/contract";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link, useParams } from "react-router";
import { useApi } from "../api/api-context";
import { describeError } from "../api/describe-error";
import { queryKeys } from "../api/query-keys";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { QueryState } from "../ui/query-state";

/** One user: admin rights and access. */
export default function UserDetailPage() {
  const username = useParams().username ?? "";
  const api = useApi();
  const queryClient = useQueryClient();
  const user = useQuery({ queryKey: queryKeys.users.detail(username), queryFn: () => api.call("getUser", { path: { username } }) });
  const onSuccess = (updated: AdminUser) => {
    queryClient.setQueryData(queryKeys.users.detail(username), updated);
    void queryClient.invalidateQueries({ queryKey: queryKeys.users.lists() });
  };
  const setAdmin = useMutation({
    mutationFn: (admin: boolean) => api.call(admin ? "addUserToAdmins" : "removeUserFromAdmins", { path: { username } }),
    onSuccess,
  });
  const setEnabled = useMutation({ mutationFn: (enabled: boolean) => api.call("updateUser", { path: { username }, body: { enabled } }), onSuccess });

  return (
    <>
      <p>
        <Link to="/admin/users">← Users</Link>
      </p>
      <h1>User {username}</h1>
      <QueryState query={user} label="the user">
        {(data) => (
          <section className="card" aria-label="Account">
            <dl className="facts">
              <dt>Email</dt>
              <dd>{data.email ?? "—"}</dd>
              <dt>Access</dt>
              <dd data-testid="user-enabled">{data.enabled ? "enabled" : "disabled"}</dd>
              <dt>Status</dt>
              <dd>{data.status}</dd>
              <dt>Groups</dt>
              <dd>{data.groups.join(", ") || "none"}</dd>
              <dt>Links</dt>
              <dd>
                {data.linkCount} of {data.linkLimit}
              </dd>
            </dl>
            <div className="row">
              {data.isAdmin ? (
                <button type="button" onClick={() => setAdmin.mutate(false)} disabled={setAdmin.isPending}>
                  Remove admin rights
                </button>
              ) : (
                <button type="button" onClick={() => setAdmin.mutate(true)} disabled={setAdmin.isPending}>
                  Make admin
                </button>
              )}
              {data.enabled ? (
                <ConfirmDialog
                  trigger={
                    <button type="button" className="danger" disabled={setEnabled.isPending}>
                      Disable user
                    </button>
                  }
                  title={`Disable ${data.username}?`}
                  description="They are signed out of the API within the authorizer's cache time (5 minutes at most) and cannot sign in until enabled again."
                  confirmLabel="Disable"
                  onConfirm={() => setEnabled.mutate(false)}
                />
              ) : (
                <button type="button" onClick={() => setEnabled.mutate(true)} disabled={setEnabled.isPending}>
                  Enable user
                </button>
              )}
            </div>
            <p className="muted small">Admin rights take effect at the user's next sign-in or token refresh.</p>
            {[setAdmin, setEnabled].map((mutation, i) =>
              mutation.isError ? (
                <p key={i} role="alert" className="field-error">
                  {describeError(mutation.error).detail}
                </p>
              ) : null,
            )}
          </section>
        )}
      </QueryState>
    </>
  );
}
