import { usePublicPlans } from "../api/public-plans";
import { QueryState } from "../ui/query-state";

const number = new Intl.NumberFormat("en");

/** Every plan with its limits, from the stage's usage plans (GET /portal/plans): what a key on each gets. */
export function PlansTable() {
  const plans = usePublicPlans();
  return (
    <section aria-labelledby="plans-heading">
      <h2 id="plans-heading">Plans</h2>
      <p>A new partner starts on the Free plan; ask for another in the portal, and an admin approves it. The new limits apply from your next call.</p>
      <QueryState query={plans} label="the plans">
        {(data) => (
          <div className="table-scroll" tabIndex={0}>
            <table>
              <caption>Plans and their limits</caption>
              <thead>
                <tr>
                  <th scope="col">Plan</th>
                  <th scope="col">Rate (requests per second)</th>
                  <th scope="col">Burst</th>
                  <th scope="col">Quota</th>
                  <th scope="col">Links held at once</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((plan) => (
                  <tr key={plan.id}>
                    <th scope="row">
                      {plan.name} <span className="muted">({plan.id})</span>
                      <br />
                      <span className="muted">{plan.description}</span>
                    </th>
                    <td>{number.format(plan.throttle.rate)}</td>
                    <td>{number.format(plan.throttle.burst)}</td>
                    <td>
                      {number.format(plan.quota.limit)} calls per {plan.quota.period.toLowerCase()}
                    </td>
                    <td>{number.format(plan.linkLimit)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </QueryState>
    </section>
  );
}
