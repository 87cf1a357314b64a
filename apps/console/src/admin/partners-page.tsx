import { pageLimitDefault, type CreatePartnerBody, type Partner, type PartnerWithKey } from "@linkgate/contract";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link } from "react-router";
import { useApi } from "../api/api-context";
import { fieldErrors } from "../api/describe-error";
import { queryKeys } from "../api/query-keys";
import { usePagedQuery } from "../ui/cursor-pager";
import { ErrorPanel } from "../ui/error-panel";
import { Field } from "../ui/field";
import { ListTable, type Column } from "../ui/list-table";
import { IssuedKey } from "../ui/issued-key";
import { PlanSelect } from "./plan-select";

const columns: Column<Partner>[] = [
  {
    header: "Partner",
    cell: (partner) => (
      <>
        <Link to={`/admin/partners/${encodeURIComponent(partner.id)}`}>{partner.name}</Link>
        <div className="muted small">{partner.id}</div>
      </>
    ),
  },
  { header: "Contact", className: "target", cell: (partner) => partner.contactEmail },
  { header: "Plan", cell: (partner) => partner.planId },
  { header: "Status", cell: (partner) => partner.status },
];

/** Partners: create one (its key is shown once), list them with paging. */
export function PartnersPage() {
  const api = useApi();
  const partners = usePagedQuery((page) => ({
    queryKey: queryKeys.partners.list(page),
    queryFn: () => api.call("listPartners", { query: { limit: pageLimitDefault, ...page } }),
  }));
  return (
    <>
      <h1>Partners</h1>
      <CreatePartnerForm />
      <section className="card" aria-labelledby="partners-heading">
        <h2 id="partners-heading">All partners</h2>
        <ListTable list={partners} label="partners" caption="Partners" columns={columns} rowKey={(partner) => partner.id} empty={<p>No partners yet.</p>} />
      </section>
    </>
  );
}

function CreatePartnerForm() {
  const api = useApi();
  const queryClient = useQueryClient();
  const [issued, setIssued] = useState<PartnerWithKey | null>(null);
  const mutation = useMutation({
    mutationFn: (body: CreatePartnerBody) => api.call("createPartner", { body }),
    onSuccess: (result) => {
      setIssued(result);
      void queryClient.invalidateQueries({ queryKey: queryKeys.partners.lists() });
    },
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setIssued(null);
    mutation.mutate({ name: String(form.get("name") ?? "").trim(), contactEmail: String(form.get("contactEmail") ?? "").trim(), planId: String(form.get("planId") ?? "") });
  };
  const { fields, other } = fieldErrors(mutation.error);
  return (
    <form className="card" aria-label="Create a partner" onSubmit={submit} noValidate>
      <h2>Create a partner</h2>
      <div className="row">
        <Field label="Name" name="name" required error={fields.name} />
        <Field label="Contact email" name="contactEmail" type="email" required error={fields.contactEmail} />
        <PlanSelect name="planId" label="Plan" error={fields.planId} />
      </div>
      {other.length > 0 ? <p role="alert" className="field-error">{other.join(" ")}</p> : null}
      {mutation.isError && other.length === 0 && Object.keys(fields).length === 0 ? <ErrorPanel error={mutation.error} /> : null}
      <button type="submit" disabled={mutation.isPending}>
        {mutation.isPending ? "Creating…" : "Create partner"}
      </button>
      {issued ? <IssuedKey owner={`${issued.partner.name}'s`} apiKey={issued.apiKey.value} /> : null}
    </form>
  );
}
