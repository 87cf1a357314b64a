import type { CreateLinkBody, Link } from "@linkgate/contract";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";
import { useApi } from "../api/api-context";
import { fieldErrors } from "../api/describe-error";
import { queryKeys } from "../api/query-keys";
import { ErrorPanel } from "../ui/error-panel";
import { Field } from "../ui/field";
import { localInputToIso } from "./datetime";

/**
 * Creates a link. One Idempotency-Key per distinct input: a retry of the same input (double click,
 * network error) can never create a second link; changing the input starts a new key.
 */
export function LinkCreateForm(props: { onCreated?: (link: Link) => void }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const attempt = useRef<{ input: string; key: string } | null>(null);
  const [created, setCreated] = useState<Link | null>(null);

  const mutation = useMutation({
    mutationFn: (input: CreateLinkBody) => {
      const fingerprint = JSON.stringify(input);
      if (attempt.current?.input !== fingerprint) attempt.current = { input: fingerprint, key: crypto.randomUUID() };
      return api.call("createMyLink", { body: input, headers: { idempotencyKey: attempt.current.key } });
    },
    onSuccess: (link) => {
      attempt.current = null;
      setCreated(link);
      props.onCreated?.(link);
      void queryClient.invalidateQueries({ queryKey: queryKeys.links.lists() });
      void queryClient.invalidateQueries({ queryKey: queryKeys.profile() });
    },
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const alias = String(form.get("alias") ?? "").trim();
    const expiresAt = localInputToIso(String(form.get("expiresAt") ?? ""));
    setCreated(null);
    mutation.mutate({ target: String(form.get("target") ?? "").trim(), ...(alias ? { alias } : {}), ...(expiresAt ? { expiresAt } : {}) });
  };

  const { fields, other } = fieldErrors(mutation.error, { conflictField: "alias" });
  const unexplained = mutation.isError && Object.keys(fields).length === 0 && other.length === 0;
  return (
    <form onSubmit={submit} aria-label="Create a short link" className="card" noValidate>
      <h2>Create a short link</h2>
      <Field label="Target URL" name="target" type="url" placeholder="https://example.com/page" required error={fields.target} />
      <div className="row">
        <Field label="Custom alias (optional)" name="alias" hint="3–64 letters, digits, _ or -" error={fields.alias} />
        <Field label="Expires (optional)" name="expiresAt" type="datetime-local" error={fields.expiresAt} />
      </div>
      {other.length > 0 ? (
        <p role="alert" className="field-error">
          {other.join(" ")}
        </p>
      ) : null}
      {unexplained ? <ErrorPanel error={mutation.error} /> : null}
      <button type="submit" disabled={mutation.isPending}>
        {mutation.isPending ? "Creating…" : "Create link"}
      </button>
      {created ? (
        <p role="status" className="notice">
          Created <a href={created.shortUrl}>{created.shortUrl}</a>
        </p>
      ) : null}
    </form>
  );
}
