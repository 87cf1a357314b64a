import { upgradeRequestStatuses, type UpgradeRequest, type UpgradeRequestStatus } from "@linkgate/contract";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { Link } from "react-router";
import { useApi } from "../api/api-context";
import { describeError } from "../api/describe-error";
import { queryKeys } from "../api/query-keys";
import { Field } from "../ui/field";
import { Modal } from "../ui/modal";
import { QueryState } from "../ui/query-state";

/** Partners' plan upgrade requests: pending ones first in view; approve moves the partner's key to the plan. */
export function UpgradeRequestsPage() {
  const api = useApi();
  const filterId = useId();
  const [status, setStatus] = useState<UpgradeRequestStatus | undefined>("pending");
  const requests = useQuery({ queryKey: queryKeys.upgradeRequests.list(status), queryFn: () => api.call("listUpgradeRequests", { query: status ? { status } : {} }) });
  return (
    <>
      <h1>Upgrade requests</h1>
      <div className="field">
        <label htmlFor={filterId}>Show</label>
        <select id={filterId} value={status ?? "all"} onChange={(event) => setStatus(event.target.value === "all" ? undefined : (event.target.value as UpgradeRequestStatus))}>
          {upgradeRequestStatuses.map((one) => (
            <option key={one} value={one}>
              {one}
            </option>
          ))}
          <option value="all">all</option>
        </select>
      </div>
      <QueryState query={requests} label="the upgrade requests">
        {(data) =>
          data.items.length === 0 ? (
            <p role="status">No {status ?? ""} requests.</p>
          ) : (
            <div className="table-scroll" tabIndex={0}>
              <table>
                <caption>Upgrade requests, newest first</caption>
                <thead>
                  <tr>
                    <th scope="col">Partner</th>
                    <th scope="col">From</th>
                    <th scope="col">Asks for</th>
                    <th scope="col">Asked</th>
                    <th scope="col">Status</th>
                    <th scope="col">Decide</th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((request) => (
                    <RequestRow key={request.id} request={request} />
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </QueryState>
    </>
  );
}

function RequestRow(props: { request: UpgradeRequest }) {
  const { request } = props;
  const api = useApi();
  const queryClient = useQueryClient();
  const [refusing, setRefusing] = useState(false);
  const decided = () => {
    void queryClient.invalidateQueries({ queryKey: queryKeys.upgradeRequests.lists() });
    void queryClient.invalidateQueries({ queryKey: queryKeys.partners.detail(request.partnerId) });
    void queryClient.invalidateQueries({ queryKey: queryKeys.partners.lists() });
  };
  const approve = useMutation({ mutationFn: () => api.call("approveUpgradeRequest", { path: { requestId: request.id } }), onSuccess: decided });
  const refuse = useMutation({
    mutationFn: (reason: string) => api.call("refuseUpgradeRequest", { path: { requestId: request.id }, body: reason ? { reason } : {} }),
    onSuccess: () => {
      setRefusing(false);
      decided();
    },
  });
  const submitRefusal = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    refuse.mutate(String(new FormData(event.currentTarget).get("reason") ?? "").trim());
  };
  const failed = [approve, refuse].find((mutation) => mutation.isError);
  return (
    <tr>
      <td>
        <Link to={`/admin/partners/${encodeURIComponent(request.partnerId)}`}>{request.partnerId}</Link>
      </td>
      <td>{request.fromPlanId}</td>
      <td>{request.planId}</td>
      <td>{new Date(request.createdAt).toUTCString()}</td>
      <td>
        {request.status}
        {request.reason ? `: ${request.reason}` : ""}
      </td>
      <td className="actions">
        {request.status === "pending" ? (
          <>
            <button type="button" onClick={() => approve.mutate()} disabled={approve.isPending} aria-label={`Approve ${request.partnerId}'s request for ${request.planId}`}>
              Approve
            </button>
            <button type="button" className="danger" onClick={() => setRefusing(true)} aria-label={`Refuse ${request.partnerId}'s request for ${request.planId}`}>
              Refuse
            </button>
            <Modal open={refusing} onOpenChange={setRefusing} title={`Refuse ${request.partnerId}'s request for ${request.planId}?`} description="The partner sees your reason, and may ask again.">
              <form onSubmit={submitRefusal} aria-label="Refuse the request">
                <Field label="Reason (optional)" name="reason" maxLength={256} />
                <button type="submit" className="danger" disabled={refuse.isPending}>
                  Refuse
                </button>
              </form>
            </Modal>
          </>
        ) : (
          "decided"
        )}
        {failed ? <p role="alert" className="field-error">{describeError(failed.error).detail}</p> : null}
      </td>
    </tr>
  );
}
