import { partnerGatewayErrors, type PartnerGatewayError } from "@linkgate/contract";

/** What each gateway answer means for the partner, and what to do about it. */
const advice: Record<PartnerGatewayError, { meaning: string; action: string }> = {
  forbidden: {
    meaning: "The x-api-key header is missing, or the key is unknown, revoked or replaced by a rotation.",
    action: "Send the current key from the portal. A revoked key stays refused: rotate it in the portal to get a new one.",
  },
  throttled: {
    meaning: "You sent more requests per second than your plan's rate, or more at once than its burst.",
    action: "Retry after a short wait, backing off exponentially with jitter; spread requests out. A plan with a higher rate lifts the limit.",
  },
  quotaExceeded: {
    meaning: "Your key has used every call its plan allows in the current period.",
    action: "Retrying will not help until the period resets (the portal shows when). Ask for a larger plan in the portal.",
  },
};

/** Authentication, the gateway's refusals and the API's own errors, explained. */
export function ErrorsAndLimits() {
  return (
    <section aria-labelledby="errors-heading">
      <h2 id="errors-heading">Authentication, errors and rate limits</h2>
      <p>
        Every <code>/v1</code> call needs your API key in the <code>x-api-key</code> header. The gateway checks it, and your plan's rate and quota, before Linkgate runs:
        these refusals come with an <code>x-amzn-ErrorType</code> header and a body with only a <code>message</code>.
      </p>
      <div className="table-scroll" tabIndex={0}>
        <table>
          <caption>The gateway's refusals</caption>
          <thead>
            <tr>
              <th scope="col">Answer</th>
              <th scope="col">Means</th>
              <th scope="col">What to do</th>
            </tr>
          </thead>
          <tbody>
            {(Object.keys(partnerGatewayErrors) as PartnerGatewayError[]).map((name) => {
              const error = partnerGatewayErrors[name];
              return (
                <tr key={name}>
                  <th scope="row">
                    {error.status} {error.message}
                    <br />
                    <code>{`{"message":"${error.message}"}`}</code>, <code>{error.errorType}</code>
                  </th>
                  <td>{advice[name].meaning}</td>
                  <td>{advice[name].action}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p>
        Linkgate's own errors carry a body <code>{`{"message", "code", "issues"?}`}</code>: <code>400 validation_failed</code> lists each bad field in{" "}
        <code>issues</code>; <code>404 not_found</code> is also what another partner's link answers; <code>409 conflict</code> is an alias already taken;{" "}
        <code>403 quota_exceeded</code> is your plan's link limit reached (delete links or upgrade); <code>500</code> and <code>503 unavailable</code> are worth a retry,
        after the <code>Retry-After</code> seconds when given. A create with an <code>Idempotency-Key</code> header is safe to retry.
      </p>
    </section>
  );
}
