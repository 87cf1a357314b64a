import type { PartnerWithKey } from "@linkgate/contract";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { FormEvent } from "react";
import { useApi } from "../api/api-context";
import { fieldErrors } from "../api/describe-error";
import { queryKeys } from "../api/query-keys";
import { Field } from "../ui/field";

/** A new partner account's first step: its partner on the Free plan, and the key (shown once, by the page). */
export function CreatePartnerForm(props: { onCreated: (created: PartnerWithKey) => void }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const create = useMutation({
    mutationFn: (body: { name?: string; contactEmail?: string }) => api.call("createMyPartner", { body }),
    onSuccess: (created) => {
      props.onCreated(created);
      void queryClient.invalidateQueries({ queryKey: queryKeys.portal.all() });
    },
  });
  const errors = fieldErrors(create.error);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const name = String(form.get("name") ?? "").trim();
    const contactEmail = String(form.get("contactEmail") ?? "").trim();
    create.mutate({ ...(name ? { name } : {}), ...(contactEmail ? { contactEmail } : {}) });
  };
  return (
    <form className="card" aria-label="Create your partner" onSubmit={submit}>
      <h2>Get your API key</h2>
      <p>Your partner starts on the Free plan; one partner per account. Both fields are optional: they default to your username and your account's email.</p>
      <Field label="Partner name (optional)" name="name" maxLength={100} error={errors.fields.name} />
      <Field label="Contact email (optional)" name="contactEmail" type="email" error={errors.fields.contactEmail} />
      {errors.other.length > 0 ? <p role="alert" className="field-error">{errors.other.join(" ")}</p> : null}
      <button type="submit" disabled={create.isPending}>
        {create.isPending ? "Creating…" : "Create partner and key"}
      </button>
    </form>
  );
}
