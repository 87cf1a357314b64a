import type { Plan } from "@linkgate/contract";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useApi } from "../api/api-context";
import { Modal } from "../ui/modal";
import { QueryState } from "../ui/query-state";
import { PlanForm } from "./plan-form";

const number = new Intl.NumberFormat();

/** Usage plans (tiers): throttle, quota and link limit of each. */
export function PlansPage() {
  const api = useApi();
  const plans = useQuery({ queryKey: ["plans"], queryFn: () => api.call("listPlans") });
  const [editing, setEditing] = useState<Plan | null>(null);
  return (
    <>
      <h1>Plans</h1>
      <section className="card" aria-labelledby="new-plan-heading">
        <h2 id="new-plan-heading">Create a custom plan</h2>
        <PlanForm />
      </section>
      {editing ? (
        <Modal open onOpenChange={(open) => !open && setEditing(null)} title={`Edit plan ${editing.id}`} description="Changes apply to every partner on the plan at once.">
          <PlanForm plan={editing} onDone={() => setEditing(null)} />
        </Modal>
      ) : null}
      <QueryState query={plans} label="plans" isEmpty={(data) => data.items.length === 0} empty={<p>No plans yet.</p>}>
        {(data) => (
          <div className="table-scroll card">
            <table>
              <caption className="visually-hidden">Usage plans</caption>
              <thead>
                <tr>
                  <th scope="col">Plan</th>
                  <th scope="col">Rate (req/s)</th>
                  <th scope="col">Burst</th>
                  <th scope="col">Quota</th>
                  <th scope="col">Link limit</th>
                  <th scope="col">Actions</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((plan) => (
                  <tr key={plan.id}>
                    <td>
                      <strong>{plan.name}</strong> <span className="muted">({plan.id})</span>
                      <div className="muted small">{plan.description}</div>
                    </td>
                    <td>{number.format(plan.throttle.rate)}</td>
                    <td>{number.format(plan.throttle.burst)}</td>
                    <td>
                      {number.format(plan.quota.limit)} / {plan.quota.period.toLowerCase()}
                    </td>
                    <td>{number.format(plan.linkLimit)}</td>
                    <td>
                      <button type="button" onClick={() => setEditing(plan)} aria-label={`Edit plan ${plan.id}`}>
                        Edit
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </QueryState>
    </>
  );
}
