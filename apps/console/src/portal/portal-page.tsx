import { ApiError, type PartnerWithKey } from "@linkgate/contract";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useApi } from "../api/api-context";
import { queryKeys } from "../api/query-keys";
import { IssuedKey } from "../ui/issued-key";
import { QueryState } from "../ui/query-state";
import { CreatePartnerForm } from "./create-partner-form";
import { KeyCard } from "./key-card";
import { KeyUsage } from "./key-usage";
import { UpgradeCard } from "./upgrade-card";

const keyAdvice = "Keep it in your secrets store, never in code a browser downloads. If it is lost or leaks, rotate it below.";

/**
 * The partner portal (`/portal`): the account's one partner, its key (shown once), the key's usage
 * against the quota, rotation, revocation and plan upgrades. Before the partner exists, its creation.
 */
export default function PortalPage() {
  const api = useApi();
  const [issued, setIssued] = useState<PartnerWithKey | null>(null);
  const partner = useQuery({ queryKey: queryKeys.portal.partner(), queryFn: () => api.call("getMyPartner") });
  const hasNoPartner = partner.error instanceof ApiError && partner.error.status === 404;

  return (
    <>
      <h1>Partner portal</h1>
      {issued ? <IssuedKey owner="your" apiKey={issued.apiKey.value} advice={keyAdvice} /> : null}
      {hasNoPartner ? (
        <CreatePartnerForm onCreated={setIssued} />
      ) : (
        <QueryState query={partner} label="your partner">
          {(data) => (
            <>
              <KeyCard partner={data} onIssued={setIssued} />
              {data.apiKeyId ? <KeyUsage keyId={data.apiKeyId} /> : null}
              <UpgradeCard currentPlanId={data.planId} />
            </>
          )}
        </QueryState>
      )}
    </>
  );
}
