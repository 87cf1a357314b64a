import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, type FormEvent } from "react";
import { useApi } from "../api/api-context";
import { describeError } from "../api/describe-error";
import { usePublicPlans } from "../api/public-plans";
import { queryKeys } from "../api/query-keys";
import { QueryState } from "../ui/query-state";

const number = new Intl.NumberFormat("en");

/** Asks admins for another plan (one pending request at a time), and shows what became of earlier asks. */
export function UpgradeCard(props: { currentPlanId: string }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const selectId = useId();
  const plans = usePublicPlans();
  const requests = useQuery({ queryKey: queryKeys.portal.upgradeRequests(), queryFn: () => api.call("listMyUpgradeRequests") });
  const ask = useMutation({
    mutationFn: (planId: string) => api.call("createUpgradeRequest", { body: { planId } }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.portal.upgradeRequests() }),
  });
  const others = plans.data?.items.filter((plan) => plan.id !== props.currentPlanId) ?? [];
  const pending = requests.data?.items.find((request) => request.status === "pending");
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    ask.mutate(String(new FormData(event.currentTarget).get("planId") ?? ""));
  };
  return (
    <section className="card" aria-labelledby="upgrade-heading">
      <h2 id="upgrade-heading">Plan</h2>
      <p>
        You are on <strong>{props.currentPlanId}</strong>. An admin approves or refuses a request for another plan; once approved, its limits apply from your next call.
      </p>
      {pending ? (
        <p role="status">Your request for {pending.planId} is waiting for an admin.</p>
      ) : (
        <form aria-label="Ask for another plan" onSubmit={submit} className="row">
          <div className="field">
            <label htmlFor={selectId}>Plan to ask for</label>
            <select id={selectId} name="planId" disabled={others.length === 0}>
              {others.map((plan) => (
                <option key={plan.id} value={plan.id}>
                  {plan.name}: {number.format(plan.throttle.rate)} req/s, {number.format(plan.quota.limit)} calls per {plan.quota.period.toLowerCase()}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" disabled={ask.isPending || others.length === 0}>
            {ask.isPending ? "Asking…" : "Ask for this plan"}
          </button>
        </form>
      )}
      {ask.isError ? <p role="alert" className="field-error">{describeError(ask.error).detail}</p> : null}
      <QueryState query={requests} label="your upgrade requests">
        {(data) =>
          data.items.length === 0 ? null : (
            <div className="table-scroll" tabIndex={0}>
              <table>
                <caption>Your requests</caption>
                <thead>
                  <tr>
                    <th scope="col">Asked</th>
                    <th scope="col">From</th>
                    <th scope="col">For</th>
                    <th scope="col">Status</th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((request) => (
                    <tr key={request.id}>
                      <td>{new Date(request.createdAt).toUTCString()}</td>
                      <td>{request.fromPlanId}</td>
                      <td>{request.planId}</td>
                      <td data-testid="upgrade-status">
                        {request.status}
                        {request.reason ? `: ${request.reason}` : ""}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </QueryState>
    </section>
  );
}
