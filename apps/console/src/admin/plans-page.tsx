import type { Plan } from "@linkgate/contract";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useApi } from "../api/api-context";
import { queryKeys } from "../api/query-keys";
import { ListTable, type Column } from "../ui/list-table";
import { Modal } from "../ui/modal";
import { PlanForm } from "./plan-form";

const number = new Intl.NumberFormat();

const columns = (edit: (plan: Plan) => void): Column<Plan>[] => [
  {
    header: "Plan",
    cell: (plan) => (
      <>
        <strong>{plan.name}</strong> <span className="muted">({plan.id})</span>
        <div className="muted small">{plan.description}</div>
      </>
    ),
  },
  { header: "Rate (req/s)", cell: (plan) => number.format(plan.throttle.rate) },
  { header: "Burst", cell: (plan) => number.format(plan.throttle.burst) },
  { header: "Quota", cell: (plan) => `${number.format(plan.quota.limit)} / ${plan.quota.period.toLowerCase()}` },
  { header: "Link limit", cell: (plan) => number.format(plan.linkLimit) },
  {
    header: "Actions",
    cell: (plan) => (
      <button type="button" onClick={() => edit(plan)} aria-label={`Edit plan ${plan.id}`}>
        Edit
      </button>
    ),
  },
];

/** Usage plans (tiers): throttle, quota and link limit of each. */
export function PlansPage() {
  const api = useApi();
  const plans = useQuery({ queryKey: queryKeys.plans(), queryFn: () => api.call("listPlans") });
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
      <ListTable list={{ query: plans }} label="plans" caption="Usage plans" columns={columns(setEditing)} rowKey={(plan) => plan.id} empty={<p>No plans yet.</p>} className="card" />
    </>
  );
}
