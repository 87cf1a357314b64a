import type { Link, UpdateLinkBody } from "@linkgate/contract";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { FormEvent } from "react";
import { useApi } from "../api/api-context";
import { fieldErrors } from "../api/describe-error";
import { queryKeys } from "../api/query-keys";
import { ErrorPanel } from "../ui/error-panel";
import { Field } from "../ui/field";
import { Modal } from "../ui/modal";
import { isoToLocalInput, localInputToIso } from "./datetime";

/** Change a link's target and/or expiry; an empty expiry means "never expires". */
export function LinkEditDialog(props: { link: Link; open: boolean; onOpenChange: (open: boolean) => void }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: (body: UpdateLinkBody) => api.call("updateMyLink", { path: { code: props.link.code }, body }),
    onSuccess: (link) => {
      queryClient.setQueryData(queryKeys.links.detail(link.code), link);
      void queryClient.invalidateQueries({ queryKey: queryKeys.links.lists() });
      props.onOpenChange(false);
    },
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const target = String(form.get("target") ?? "").trim();
    const expiresAt = localInputToIso(String(form.get("expiresAt") ?? "")) ?? null;
    mutation.mutate({
      ...(target !== props.link.target ? { target } : {}),
      ...(expiresAt !== props.link.expiresAt ? { expiresAt } : {}),
    });
  };

  const { fields, other } = fieldErrors(mutation.error);
  return (
    <Modal open={props.open} onOpenChange={props.onOpenChange} title={`Edit ${props.link.code}`}>
      <form onSubmit={submit} aria-label={`Edit ${props.link.code}`} noValidate>
        <Field label="Target URL" name="target" type="url" defaultValue={props.link.target} required error={fields.target} />
        <Field label="Expires" name="expiresAt" type="datetime-local" defaultValue={isoToLocalInput(props.link.expiresAt)} hint="Leave empty to never expire." error={fields.expiresAt} />
        {other.length > 0 ? (
          <p role="alert" className="field-error">
            {other.join(" ")}
          </p>
        ) : null}
        {mutation.isError && other.length === 0 && Object.keys(fields).length === 0 ? <ErrorPanel error={mutation.error} /> : null}
        <button type="submit" disabled={mutation.isPending}>
          {mutation.isPending ? "Saving…" : "Save"}
        </button>
      </form>
    </Modal>
  );
}
