import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface TimeSeries {
  /** Key of the value in each point. */
  key: string;
  name: string;
  color: string;
}

export interface TimePoint {
  /** ISO instant: the start of the point's period. */
  at: string;
  [key: string]: number | string | null;
}

/** `10:15` within a day, `Dec 3 10:00` beyond one. */
function tickFormat(spanMs: number) {
  const format = new Intl.DateTimeFormat(undefined, spanMs > 86_400_000 ? { month: "short", day: "numeric", hour: "2-digit" } : { hour: "2-digit", minute: "2-digit" });
  return (at: string) => format.format(new Date(at));
}

/**
 * Lines over time (loaded on demand: recharts stays out of the initial bundle). The same numbers are
 * in a table below it for screen readers and keyboard users; null values (no requests) are gaps.
 */
export default function TimeChart(props: { points: TimePoint[]; series: TimeSeries[]; label: string; unit?: string }) {
  const first = props.points[0]?.at;
  const last = props.points.at(-1)?.at;
  const spanMs = first && last ? new Date(last).getTime() - new Date(first).getTime() : 0;
  const tick = tickFormat(spanMs);
  const when = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });
  const value = (point: TimePoint, key: string) => {
    const raw = point[key];
    return typeof raw === "number" ? `${Number.isInteger(raw) ? raw : raw.toFixed(1)}${props.unit ? ` ${props.unit}` : ""}` : "–";
  };
  return (
    <figure className="chart" aria-label={props.label}>
      <div style={{ width: "100%", height: 240 }} aria-hidden="true">
        <ResponsiveContainer>
          <LineChart data={props.points} margin={{ top: 8, right: 8, bottom: 8, left: 0 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="at" tickFormatter={tick} minTickGap={24} />
            <YAxis allowDecimals={props.unit !== undefined} width={56} />
            <Tooltip labelFormatter={(at) => when.format(new Date(String(at)))} />
            <Legend />
            {props.series.map((series) => (
              <Line key={series.key} dataKey={series.key} name={series.name} stroke={series.color} dot={false} isAnimationActive={false} connectNulls={false} />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
      <figcaption>{props.label}</figcaption>
      <details>
        <summary>Show as a table</summary>
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">{props.label}</caption>
            <thead>
              <tr>
                <th scope="col">Period starting</th>
                {props.series.map((series) => (
                  <th scope="col" key={series.key}>
                    {series.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {props.points.map((point) => (
                <tr key={point.at}>
                  <td>
                    <time dateTime={point.at}>{when.format(new Date(point.at))}</time>
                  </td>
                  {props.series.map((series) => (
                    <td key={series.key}>{value(point, series.key)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
