import { useQuery } from "@tanstack/react-query";
import { useApi } from "../api/api-context";
import { queryKeys } from "../api/query-keys";
import { QueryState } from "../ui/query-state";

export function ProfilePage() {
  const api = useApi();
  const me = useQuery({ queryKey: queryKeys.profile(), queryFn: () => api.call("getMe") });
  return (
    <>
      <h1>Profile</h1>
      <QueryState query={me} label="your profile">
        {(data) => (
          <section className="card" aria-label="Your account">
            <dl className="facts">
              <dt>Username</dt>
              <dd>{data.username}</dd>
              <dt>Email</dt>
              <dd>{data.email ?? "—"}</dd>
              <dt>Groups</dt>
              <dd>{data.groups.length > 0 ? data.groups.join(", ") : "none"}</dd>
              <dt id="usage-label">Links</dt>
              <dd>
                {data.linkCount} of {data.linkLimit} used
                <meter aria-labelledby="usage-label" min={0} max={data.linkLimit} value={data.linkCount} high={data.linkLimit * 0.9} />
              </dd>
            </dl>
          </section>
        )}
      </QueryState>
    </>
  );
}
