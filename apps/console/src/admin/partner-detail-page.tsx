import type { CreateQuotaGrantBody, PartnerWithKey } from "@linkgate/contract";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link, useParams } from "react-router";
import { useApi } from "../api/api-context";
import { describeError, fieldErrors } from "../api/describe-error";
import { queryKeys } from "../api/query-keys";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { Field } from "../ui/field";
import { QueryState } from "../ui/query-state";
import { IssuedKey } from "../ui/issued-key";
import { PlanSelect } from "./plan-select";
import { QuotaUsageChart } from "../charts/quota-usage-chart";

const number = new Intl.NumberFormat();

/** One partner: plan change, extra quota, key rotation, revocation, and usage against the quota. */
export default function PartnerDetailPage() {
  const partnerId = useParams().partnerId ?? "";
  const api = useApi();
  const queryClient = useQueryClient();
  const [issued, setIssued] = useState<PartnerWithKey | null>(null);
  const partner = useQuery({ queryKey: queryKeys.partners.detail(partnerId), queryFn: () => api.call("getPartner", { path: { partnerId } }) });
  const usage = useQuery({ queryKey: queryKeys.partners.usage(partnerId), queryFn: () => api.call("getPartnerUsage", { path: { partnerId } }) });
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: queryKeys.partners.detail(partnerId) });
    void queryClient.invalidateQueries({ queryKey: queryKeys.partners.usage(partnerId) });
    void queryClient.invalidateQueries({ queryKey: queryKeys.partners.lists() });
  };
  const changePlan = useMutation({ mutationFn: (planId: string) => api.call("updatePartner", { path: { partnerId }, body: { planId } }), onSuccess: refresh });
  const rotate = useMutation({
    mutationFn: () => api.call("rotatePartnerKey", { path: { partnerId } }),
    onSuccess: (result) => {
      setIssued(result);
      refresh();
    },
  });
  const revoke = useMutation({ mutationFn: () => api.call("revokePartner", { path: { partnerId } }), onSuccess: refresh });
  const grant = useMutation({
    mutationFn: (body: CreateQuotaGrantBody) => api.call("createQuotaGrant", { path: { partnerId }, body }),
    onSuccess: refresh,
  });

  const submitPlan = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    changePlan.mutate(String(new FormData(event.currentTarget).get("planId") ?? ""));
  };
  const submitGrant = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const reason = String(form.get("reason") ?? "").trim();
    grant.mutate({ extraCalls: Number(form.get("extraCalls")), ...(reason ? { reason } : {}) });
  };
  const grantErrors = fieldErrors(grant.error);

  return (
    <>
      <p>
        <Link to="/admin/partners">← Partners</Link>
      </p>
      <QueryState query={partner} label="the partner">
        {(data) => (
          <>
            <h1>{data.name}</h1>
            <section className="card" aria-label="Details">
              <dl className="facts">
                <dt>Id</dt>
                <dd>{data.id}</dd>
                <dt>Contact</dt>
                <dd>{data.contactEmail}</dd>
                <dt>Status</dt>
                <dd data-testid="partner-status">{data.status}</dd>
                <dt>API key id</dt>
                <dd>{data.apiKeyId ?? "none (revoked)"}</dd>
              </dl>
              {issued ? <IssuedKey owner={`${data.name}'s`} apiKey={issued.apiKey.value} /> : null}
              <div className="row">
                <button type="button" onClick={() => rotate.mutate()} disabled={rotate.isPending}>
                  {rotate.isPending ? "Rotating…" : "Rotate key"}
                </button>
                <ConfirmDialog
                  trigger={
                    <button type="button" className="danger" disabled={data.status === "revoked" || revoke.isPending}>
                      Revoke access
                    </button>
                  }
                  title={`Revoke ${data.name}?`}
                  description="Its API key stops working at once. Rotating the key later gives access back."
                  confirmLabel="Revoke"
                  onConfirm={() => revoke.mutate()}
                />
              </div>
              {[rotate, revoke].map((mutation, i) => (mutation.isError ? <p key={i} role="alert" className="field-error">{describeError(mutation.error).detail}</p> : null))}
            </section>
            <form className="card" aria-label="Change plan" onSubmit={submitPlan}>
              <h2>Plan</h2>
              <div className="row">
                <PlanSelect key={data.planId} name="planId" label="Plan" defaultValue={data.planId} error={fieldErrors(changePlan.error).fields.planId} />
                <button type="submit" disabled={changePlan.isPending}>
                  Change plan
                </button>
              </div>
              {changePlan.isSuccess ? <p role="status">Plan changed to {data.planId}.</p> : null}
            </form>
          </>
        )}
      </QueryState>
      <section className="card" aria-labelledby="usage-heading">
        <h2 id="usage-heading">Usage</h2>
        <form aria-label="Grant extra quota" onSubmit={submitGrant} className="row" noValidate>
          <Field label="Extra calls this period" name="extraCalls" type="number" min={1} required error={grantErrors.fields.extraCalls} />
          <Field label="Reason (optional)" name="reason" error={grantErrors.fields.reason} />
          <button type="submit" disabled={grant.isPending}>
            Grant
          </button>
        </form>
        {grant.isSuccess ? (
          <p role="status">
            Granted {number.format(grant.data.extraCalls)} calls: {number.format(grant.data.usage.remaining)} remaining until{" "}
            {new Date(grant.data.usage.periodEnd).toUTCString()}.
          </p>
        ) : null}
        {grantErrors.other.length > 0 ? <p role="alert" className="field-error">{grantErrors.other.join(" ")}</p> : null}
        <QueryState query={usage} label="usage">
          {(data) => {
            const latest = data.days.at(-1);
            return (
              <>
                <p>
                  Quota {number.format(data.quota.limit)} calls per {data.quota.period.toLowerCase()} ({data.planId}).
                  {latest ? ` Remaining today: ${number.format(latest.remaining)}.` : ""}
                </p>
                <QuotaUsageChart usage={data} />
              </>
            );
          }}
        </QueryState>
      </section>
    </>
  );
}
