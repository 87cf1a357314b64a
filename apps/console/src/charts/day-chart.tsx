import { Bar, BarChart, CartesianGrid, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface DayPoint {
  day: string;
  value: number;
}

/**
 * A per-day bar chart (loaded on demand: recharts stays out of the initial bundle). The same numbers
 * are in a table beside it for screen readers and keyboard users.
 */
export default function DayChart(props: { points: DayPoint[]; label: string; valueName: string; limitLine?: { value: number; label: string } }) {
  return (
    <figure className="chart" aria-label={props.label}>
      <div style={{ width: "100%", height: 240 }} aria-hidden="true">
        <ResponsiveContainer>
          <BarChart data={props.points} margin={{ top: 8, right: 8, bottom: 8, left: 0 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="day" tickFormatter={(day: string) => day.slice(5)} minTickGap={16} />
            <YAxis allowDecimals={false} width={48} />
            <Tooltip />
            <Bar dataKey="value" name={props.valueName} fill="#2456c8" isAnimationActive={false} />
            {props.limitLine ? <ReferenceLine y={props.limitLine.value} stroke="#b42318" strokeDasharray="6 3" label={props.limitLine.label} ifOverflow="extendDomain" /> : null}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption>{props.label}</figcaption>
      <details>
        <summary>Show as a table</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">Day (UTC)</th>
              <th scope="col">{props.valueName}</th>
            </tr>
          </thead>
          <tbody>
            {props.points.map((point) => (
              <tr key={point.day}>
                <td>{point.day}</td>
                <td>{point.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
