import type { MyPartner, PartnerWithKey } from "@linkgate/contract";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useApi } from "../api/api-context";
import { describeError } from "../api/describe-error";
import { queryKeys } from "../api/query-keys";
import { ConfirmDialog } from "../ui/confirm-dialog";

/**
 * The partner and its key: rotate (a new value, shown once; the old one stops at once) or revoke.
 * A revoked partner has no key id; rotating gives it a key again.
 */
export function KeyCard(props: { partner: MyPartner; onIssued: (issued: PartnerWithKey) => void }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const { partner } = props;
  // `keyId` stays the key's id once revoked (`apiKeyId` is then null): rotating it gives access back.
  const keyId = partner.keyId;
  const settle = () => void queryClient.invalidateQueries({ queryKey: queryKeys.portal.all() });
  const rotate = useMutation({
    mutationFn: () => api.call("rotateMyKey", { path: { keyId } }),
    onSuccess: (rotated) => {
      props.onIssued(rotated);
      settle();
    },
  });
  const revoke = useMutation({ mutationFn: () => api.call("revokeMyKey", { path: { keyId } }), onSuccess: settle });
  return (
    <section className="card" aria-labelledby="key-heading">
      <h2 id="key-heading">{partner.name}</h2>
      <dl className="facts">
        <dt>Plan</dt>
        <dd data-testid="portal-plan">{partner.planId}</dd>
        <dt>Status</dt>
        <dd data-testid="portal-status">{partner.status}</dd>
        <dt>API key id</dt>
        <dd>{partner.apiKeyId ?? "none: revoked"}</dd>
        <dt>Contact</dt>
        <dd>{partner.contactEmail}</dd>
      </dl>
      <div className="row">
        <ConfirmDialog
          trigger={
            <button type="button" disabled={rotate.isPending}>
              {partner.apiKeyId ? "Rotate key" : "Get a new key"}
            </button>
          }
          title="Replace your API key?"
          description="You get a new key, shown once. The current key stops working at once: update your code with the new one."
          confirmLabel="Replace key"
          onConfirm={() => rotate.mutate()}
        />
        <ConfirmDialog
          trigger={
            <button type="button" className="danger" disabled={!partner.apiKeyId || revoke.isPending}>
              Revoke key
            </button>
          }
          title="Revoke your API key?"
          description="Every call with it is refused (403) from now on. Get a new key here whenever you want access back."
          confirmLabel="Revoke"
          onConfirm={() => revoke.mutate()}
        />
      </div>
      {[rotate, revoke].map((mutation, i) => (mutation.isError ? <p key={i} role="alert" className="field-error">{describeError(mutation.error).detail}</p> : null))}
    </section>
  );
}
