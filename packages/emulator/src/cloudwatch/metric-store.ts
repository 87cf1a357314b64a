import { MinuteAggregate, type AggregateSnapshot } from "./minute-aggregate";
import { HOUR_MS, minuteOf, seriesKey, sortedDimensions, type DataPoint, type MetricIdentity, type StandardUnit } from "./metric-model";

/** CloudWatch keeps 1-minute data points for 15 days (then 5-minute ones, which are not kept here). */
export const DEFAULT_RETENTION_MS = 15 * 24 * HOUR_MS;

interface Series {
  identity: MetricIdentity;
  /** Unit → minute (epoch ms) → aggregate: CloudWatch keeps data of different units of one metric apart. */
  byUnit: Map<StandardUnit, Map<number, MinuteAggregate>>;
  /** The latest minute with data, for ListMetrics' RecentlyActive. */
  lastMinute: number;
}

export interface ListFilter {
  namespace?: string;
  name?: string;
  /** Each must be among the metric's dimensions; without `value`, any value matches. */
  dimensions?: { name: string; value?: string }[];
  /** Only metrics with data at or after this time (epoch ms). */
  activeSince?: number;
}

export interface PeriodAggregate {
  /** Start of the period, epoch ms. */
  timestamp: number;
  aggregate: MinuteAggregate;
  unit: StandardUnit;
}

export type StoreSnapshot = { version: 1; series: [identity: MetricIdentity, units: [unit: StandardUnit, minutes: [minute: number, aggregate: AggregateSnapshot][]][]][] };

/**
 * Every series' per-minute aggregates, in memory. `record` is the hot path: a key, two map lookups
 * and a few additions, no I/O (persistence takes the changed hours from a timer).
 */
export class MetricStore {
  private readonly series = new Map<string, Series>();
  /** Hours (epoch ms of their start) with changes persistence has not taken yet. */
  private readonly changedHours = new Set<number>();
  /** The hour last added to `changedHours`: most changes are in it, and a comparison is cheaper than a Set. */
  private lastChangedHour = NaN;
  /** Bumped when pruning drops anything: handles made before it re-resolve (what they hold may be gone). */
  prunes = 0;

  constructor(readonly retentionMs = DEFAULT_RETENTION_MS) {}

  get seriesCount(): number {
    return this.series.size;
  }

  record(point: DataPoint): void {
    this.aggregateAt(point).add(point.value);
  }

  /** Values with repeat counts (PutMetricData's Values/Counts) for one series and minute. */
  recordMany(point: Omit<DataPoint, "value">, values: { value: number; count: number }[]): void {
    const aggregate = this.aggregateAt(point);
    for (const { value, count } of values) aggregate.add(value, count);
  }

  recordStatisticSet(point: Omit<DataPoint, "value">, set: { sampleCount: number; sum: number; minimum: number; maximum: number }): void {
    this.aggregateAt(point).addStatisticSet(set);
  }

  /**
   * The series (created if new) of a point's namespace, name, dimensions and unit, to record into
   * without building its key again: what a caller recording the same metrics on every request keeps.
   */
  handle(point: Omit<DataPoint, "value">): SeriesHandle {
    const { series, minutes } = this.seriesOf(point);
    return new SeriesHandle(this, series, minutes, this.prunes);
  }

  private aggregateAt(point: Omit<DataPoint, "value">): MinuteAggregate {
    const { series, minutes } = this.seriesOf(point);
    const minute = minuteOf(point.at ?? Date.now());
    this.changed(minute);
    return aggregateOf(series, minutes, minute);
  }

  private seriesOf(point: Omit<DataPoint, "value">): { series: Series; minutes: Map<number, MinuteAggregate> } {
    const dimensions = sortedDimensions(point.dimensions);
    const key = seriesKey(point.namespace, point.name, dimensions);
    let series = this.series.get(key);
    if (series === undefined) {
      series = { identity: { namespace: point.namespace, name: point.name, dimensions }, byUnit: new Map(), lastMinute: -Infinity };
      this.series.set(key, series);
    }
    const unit = point.unit ?? "None";
    let minutes = series.byUnit.get(unit);
    if (minutes === undefined) {
      minutes = new Map();
      series.byUnit.set(unit, minutes);
    }
    return { series, minutes };
  }

  list(filter: ListFilter = {}): MetricIdentity[] {
    const found: MetricIdentity[] = [];
    for (const { identity, lastMinute } of this.series.values()) {
      if (filter.namespace !== undefined && identity.namespace !== filter.namespace) continue;
      if (filter.name !== undefined && identity.name !== filter.name) continue;
      if (filter.activeSince !== undefined && lastMinute + 60_000 <= filter.activeSince) continue;
      const matches = (filter.dimensions ?? []).every((wanted) =>
        identity.dimensions.some((d) => d.name === wanted.name && (wanted.value === undefined || d.value === wanted.value)),
      );
      if (matches) found.push(identity);
    }
    return found;
  }

  /**
   * The series' data in [start, end) merged into periods of `periodMs` that start at `start`
   * (CloudWatch's: the caller rounds `start` down to the minute first), oldest first; periods
   * without data are absent. Without `unit`, all units are merged (and reported if only one).
   */
  aggregate(identity: MetricIdentity, query: { start: number; end: number; periodMs: number; unit?: StandardUnit }): PeriodAggregate[] {
    const series = this.series.get(seriesKey(identity.namespace, identity.name, [...identity.dimensions].sort(byName)));
    if (series === undefined) return [];
    const periods = new Map<number, PeriodAggregate>();
    for (const [unit, minutes] of series.byUnit) {
      if (query.unit !== undefined && unit !== query.unit) continue;
      for (const [minute, aggregate] of minutes) {
        if (minute < query.start || minute >= query.end || aggregate.count === 0) continue;
        const timestamp = query.start + Math.floor((minute - query.start) / query.periodMs) * query.periodMs;
        let period = periods.get(timestamp);
        if (period === undefined) {
          period = { timestamp, aggregate: new MinuteAggregate(), unit };
          periods.set(timestamp, period);
        } else if (period.unit !== unit) {
          period.unit = "None";
        }
        period.aggregate.merge(aggregate);
      }
    }
    return [...periods.values()].sort((a, b) => a.timestamp - b.timestamp);
  }

  /** Drops minutes older than the retention, and series left without any. */
  prune(now: number): void {
    const oldest = minuteOf(now - this.retentionMs);
    let dropped = false;
    for (const [key, series] of this.series) {
      for (const [unit, minutes] of series.byUnit) {
        for (const minute of minutes.keys()) {
          if (minute >= oldest) continue;
          minutes.delete(minute);
          dropped = true;
        }
        if (minutes.size === 0) series.byUnit.delete(unit);
      }
      if (series.byUnit.size === 0) this.series.delete(key);
    }
    if (dropped) this.prunes++;
  }

  /** Records that the hour holding `minute` changed (called on every change: a comparison, mostly). */
  changed(minute: number): void {
    const hour = minute - (minute % HOUR_MS);
    if (hour === this.lastChangedHour) return;
    this.changedHours.add(hour);
    this.lastChangedHour = hour;
  }

  /** The hours changed since the last call, oldest first; persistence writes each one's file. */
  takeChangedHours(): number[] {
    const hours = [...this.changedHours].sort((a, b) => a - b);
    this.changedHours.clear();
    this.lastChangedHour = NaN;
    return hours;
  }

  /** Everything, or the minutes in [start, end) only (series without any there are left out). */
  snapshot(range: { start: number; end: number } = { start: -Infinity, end: Infinity }): StoreSnapshot {
    const inRange = ([minute, aggregate]: [number, MinuteAggregate]) => minute >= range.start && minute < range.end && aggregate.count > 0;
    const series: StoreSnapshot["series"] = [];
    for (const s of this.series.values()) {
      const units = [...s.byUnit]
        .map(([unit, minutes]) => [unit, [...minutes].filter(inRange).map(([minute, aggregate]) => [minute, aggregate.snapshot()])] as [StandardUnit, [number, AggregateSnapshot][]])
        .filter(([, minutes]) => minutes.length > 0);
      if (units.length > 0) series.push([s.identity, units]);
    }
    return { version: 1, series };
  }

  /** A store holding the snapshots' data (hour files: one series may appear in several). */
  static fromSnapshots(saved: StoreSnapshot[], retentionMs = DEFAULT_RETENTION_MS): MetricStore {
    const store = new MetricStore(retentionMs);
    for (const snapshot of saved) {
      for (const [identity, units] of snapshot.series) {
        for (const [unit, minutes] of units) {
          const { series, minutes: byMinute } = store.seriesOf({ namespace: identity.namespace, name: identity.name, dimensions: Object.fromEntries(identity.dimensions.map((d) => [d.name, d.value])), unit });
          for (const [minute, aggregate] of minutes) {
            byMinute.set(minute, MinuteAggregate.fromSnapshot(aggregate));
            if (minute > series.lastMinute) series.lastMinute = minute;
          }
        }
      }
    }
    return store;
  }
}

const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** One series and unit, held by a recorder; `add` costs a minute check and the aggregate's additions. */
export class SeriesHandle {
  private currentMinute = NaN;
  private current: MinuteAggregate | undefined;

  constructor(
    private readonly store: MetricStore,
    private readonly series: Series,
    private readonly minutes: Map<number, MinuteAggregate>,
    private readonly prunes: number,
  ) {}

  /** Whether it still records into the store (pruning may have dropped its series since). */
  get live(): boolean {
    return this.prunes === this.store.prunes;
  }

  add(value: number, at: number): void {
    this.aggregateAt(at).add(value);
  }

  aggregateAt(at: number): MinuteAggregate {
    const minute = minuteOf(at);
    this.store.changed(minute);
    if (minute === this.currentMinute) return this.current!;
    this.currentMinute = minute;
    this.current = aggregateOf(this.series, this.minutes, minute);
    return this.current;
  }
}

function aggregateOf(series: Series, minutes: Map<number, MinuteAggregate>, minute: number): MinuteAggregate {
  let aggregate = minutes.get(minute);
  if (aggregate === undefined) {
    aggregate = new MinuteAggregate();
    minutes.set(minute, aggregate);
  }
  if (minute > series.lastMinute) series.lastMinute = minute;
  return aggregate;
}
