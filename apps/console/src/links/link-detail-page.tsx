import { useQuery } from "@tanstack/react-query";
import { lazy, Suspense, useState } from "react";
import { Link, useParams } from "react-router";
import { useApi } from "../api/api-context";
import { queryKeys } from "../api/query-keys";
import { CopyButton } from "../ui/copy-button";
import { QueryState } from "../ui/query-state";
import { formatInstant } from "./datetime";
import { LinkEditDialog } from "./link-edit-dialog";

const DayChart = lazy(() => import("../charts/day-chart"));

/** One link: its numbers and clicks per day over the last 30 days. */
export default function LinkDetailPage() {
  const code = useParams().code ?? "";
  const api = useApi();
  const [editing, setEditing] = useState(false);
  const link = useQuery({ queryKey: queryKeys.links.detail(code), queryFn: () => api.call("getMyLink", { path: { code } }) });
  const stats = useQuery({ queryKey: queryKeys.links.stats(code), queryFn: () => api.call("getMyLinkStats", { path: { code } }) });

  return (
    <>
      <p>
        <Link to="/links">← My links</Link>
      </p>
      <h1>Link {code}</h1>
      <QueryState query={link} label="the link">
        {(data) => (
          <section className="card" aria-label="Details">
            <dl className="facts">
              <dt>Short URL</dt>
              <dd>
                <a href={data.shortUrl}>{data.shortUrl}</a> <CopyButton text={data.shortUrl} label={`Copy ${data.shortUrl}`} />
              </dd>
              <dt>Target</dt>
              <dd className="target">{data.target}</dd>
              <dt>Total clicks</dt>
              <dd data-testid="total-clicks">{data.totalClicks}</dd>
              <dt>Created</dt>
              <dd>{formatInstant(data.createdAt)}</dd>
              <dt>Expires</dt>
              <dd>{formatInstant(data.expiresAt, "Never")}</dd>
            </dl>
            <button type="button" onClick={() => setEditing(true)}>
              Edit
            </button>
            {editing ? <LinkEditDialog link={data} open onOpenChange={setEditing} /> : null}
          </section>
        )}
      </QueryState>
      <section className="card" aria-labelledby="clicks-heading">
        <h2 id="clicks-heading">Clicks per day</h2>
        <QueryState query={stats} label="clicks">
          {(data) => (
            <>
              <p>
                {data.days.reduce((sum, day) => sum + day.clicks, 0)} clicks from {data.from} to {data.to} (UTC).
              </p>
              <Suspense fallback={<p role="status">Loading the chart…</p>}>
                <DayChart points={data.days.map((day) => ({ day: day.day, value: day.clicks }))} label={`Clicks per day on ${code}`} valueName="Clicks" />
              </Suspense>
            </>
          )}
        </QueryState>
      </section>
    </>
  );
}
