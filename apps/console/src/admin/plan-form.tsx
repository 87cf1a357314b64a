import type { CreatePlanBody, Plan, QuotaPeriod } from "@linkgate/contract";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, type FormEvent } from "react";
import { useApi } from "../api/api-context";
import { fieldErrors } from "../api/describe-error";
import { queryKeys } from "../api/query-keys";
import { ErrorPanel } from "../ui/error-panel";
import { Field } from "../ui/field";

/** Creates a custom plan, or (given `plan`) edits its name, description, throttle, quota and link limit. */
export function PlanForm(props: { plan?: Plan; onDone?: () => void }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const periodId = useId();
  const editing = props.plan;
  const mutation = useMutation({
    mutationFn: (plan: CreatePlanBody) => {
      const { id: _id, ...changes } = plan;
      return editing ? api.call("updatePlan", { path: { planId: editing.id }, body: changes }) : api.call("createPlan", { body: plan });
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.plans() });
      props.onDone?.();
    },
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "").trim();
    mutation.mutate({
      id: editing?.id ?? text("id"),
      name: text("name"),
      description: text("description"),
      throttle: { rate: Number(text("rate")), burst: Number(text("burst")) },
      quota: { limit: Number(text("quotaLimit")), period: text("quotaPeriod") as QuotaPeriod },
      linkLimit: Number(text("linkLimit")),
    });
  };
  const { fields, other } = fieldErrors(mutation.error, { conflictField: "id" });
  // Nested issues (body.throttle.rate) map to the group name (throttle, quota): shown under the row.
  const p = props.plan;
  return (
    <form onSubmit={submit} aria-label={editing ? `Edit plan ${editing.id}` : "Create a plan"} noValidate>
      <div className="row">
        {editing ? null : <Field label="Id" name="id" required hint="lower-case letters, digits, -" error={fields.id} />}
        <Field label="Name" name="name" required defaultValue={p?.name} error={fields.name} />
      </div>
      <Field label="Description" name="description" defaultValue={p?.description} error={fields.description} />
      <div className="row">
        <Field label="Rate (requests/s)" name="rate" type="number" step="any" min={0} defaultValue={p?.throttle.rate} required />
        <Field label="Burst" name="burst" type="number" min={1} defaultValue={p?.throttle.burst} required />
        <Field label="Quota (calls)" name="quotaLimit" type="number" min={1} defaultValue={p?.quota.limit} required />
        <div className="field">
          <label htmlFor={periodId}>Quota period</label>
          <select id={periodId} name="quotaPeriod" defaultValue={p?.quota.period ?? "MONTH"}>
            <option value="DAY">day</option>
            <option value="WEEK">week</option>
            <option value="MONTH">month</option>
          </select>
        </div>
        <Field label="Link limit" name="linkLimit" type="number" min={1} defaultValue={p?.linkLimit} required error={fields.linkLimit} />
      </div>
      {fields.throttle ? <p role="alert" className="field-error">Throttle: {fields.throttle}</p> : null}
      {fields.quota ? <p role="alert" className="field-error">Quota: {fields.quota}</p> : null}
      {other.length > 0 ? <p role="alert" className="field-error">{other.join(" ")}</p> : null}
      {mutation.isError && other.length === 0 && Object.keys(fields).length === 0 ? <ErrorPanel error={mutation.error} /> : null}
      <button type="submit" disabled={mutation.isPending}>
        {editing ? "Save plan" : "Create plan"}
      </button>
      {mutation.isSuccess && !editing ? <p role="status">Plan created.</p> : null}
    </form>
  );
}
