import { Pager, useCursorPages } from "../ui/cursor-pager";
import type { PartnerWithKey } from "@linkgate/contract";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link } from "react-router";
import { useApi } from "../api/api-context";
import { fieldErrors } from "../api/describe-error";
import { ErrorPanel } from "../ui/error-panel";
import { Field } from "../ui/field";
import { QueryState } from "../ui/query-state";
import { IssuedKey } from "./issued-key";
import { PlanSelect } from "./plan-select";

/** Partners: create one (its key is shown once), list them with paging. */
export function PartnersPage() {
  const api = useApi();
  const pages = useCursorPages();
  const cursor = pages.cursor;
  const partners = useQuery({
    queryKey: ["partners", cursor],
    queryFn: () => api.call("listPartners", { query: { limit: 25, ...(cursor ? { cursor } : {}) } }),
    placeholderData: keepPreviousData,
  });
  return (
    <>
      <h1>Partners</h1>
      <CreatePartnerForm />
      <section className="card" aria-labelledby="partners-heading">
        <h2 id="partners-heading">All partners</h2>
        <QueryState query={partners} label="partners" isEmpty={(page) => page.items.length === 0 && pages.isFirstPage} empty={<p>No partners yet.</p>}>
          {(page) => (
            <>
              <div className="table-scroll">
                <table>
                  <caption className="visually-hidden">Partners</caption>
                  <thead>
                    <tr>
                      <th scope="col">Partner</th>
                      <th scope="col">Contact</th>
                      <th scope="col">Plan</th>
                      <th scope="col">Status</th>
                    </tr>
                  </thead>
                  <tbody>
                    {page.items.map((partner) => (
                      <tr key={partner.id}>
                        <td>
                          <Link to={`/admin/partners/${encodeURIComponent(partner.id)}`}>{partner.name}</Link>
                          <div className="muted small">{partner.id}</div>
                        </td>
                        <td className="target">{partner.contactEmail}</td>
                        <td>{partner.planId}</td>
                        <td>{partner.status}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <Pager pages={pages} nextCursor={page.nextCursor} />
            </>
          )}
        </QueryState>
      </section>
    </>
  );
}

function CreatePartnerForm() {
  const api = useApi();
  const queryClient = useQueryClient();
  const [issued, setIssued] = useState<PartnerWithKey | null>(null);
  const mutation = useMutation({
    mutationFn: (body: { name: string; contactEmail: string; planId: string }) => api.call("createPartner", { body }),
    onSuccess: (result) => {
      setIssued(result);
      void queryClient.invalidateQueries({ queryKey: ["partners"] });
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
      {issued ? <IssuedKey partnerName={issued.partner.name} apiKey={issued.apiKey.value} /> : null}
    </form>
  );
}
