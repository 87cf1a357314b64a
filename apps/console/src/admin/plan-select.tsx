import { useQuery } from "@tanstack/react-query";
import { useId } from "react";
import { useApi } from "../api/api-context";
import { queryKeys } from "../api/query-keys";

/** A labelled select of the plans the API knows (built-in and custom). */
export function PlanSelect(props: { name: string; label: string; defaultValue?: string; error?: string | undefined }) {
  const api = useApi();
  const id = useId();
  const plans = useQuery({ queryKey: queryKeys.plans(), queryFn: () => api.call("listPlans") });
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <select id={id} name={props.name} defaultValue={props.defaultValue} aria-invalid={props.error ? true : undefined} disabled={!plans.data}>
        {plans.data?.items.map((plan) => (
          <option key={plan.id} value={plan.id}>
            {plan.name} ({plan.id})
          </option>
        )) ?? <option>Loading plans…</option>}
      </select>
      {plans.isError ? <small className="field-error">Plans could not be loaded.</small> : null}
      {props.error ? <small className="field-error">{props.error}</small> : null}
    </div>
  );
}
