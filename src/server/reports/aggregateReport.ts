/**
 * The supervision report from ticket rows: one pure function, so the embedded API (rows from SQLite)
 * and the gateway's ticket store (rows from its own tables) give the same numbers on the same data.
 *
 * Every figure is about the tickets created in the period, by their state now: so each number is a
 * plain list of tickets (created in the period, in these states, of this agent or group), which is
 * what the dashboard's drill-down links open.
 */
import { LATE_STATES, STATE_FAMILIES, TICKET_STATES } from '../../contract/enums.ts';
import type { AgentRef, GroupRef } from '../../contract/models.ts';
import type { Report, ReportPeriodFigures } from '../../contract/report.ts';

/** One ticket of the caller's scope (visibility, agent, group and trash already applied). */
export interface ReportTicketRow {
  state: string;
  agent: AgentRef | null;
  group: GroupRef | null;
  /** Epoch milliseconds. */
  created: number;
  startTime: number | null;
  /** Minutes. */
  duration: number | null;
  /** When the ticket was last completed (`ticket.completed`), epoch milliseconds; null if never. */
  completed: number | null;
}

/** Both ends included, epoch milliseconds. */
export interface ReportPeriod {
  start: number;
  end: number;
}

export interface AggregateOptions {
  period: ReportPeriod;
  /** "Late" is measured against this instant. */
  now: number;
  /** With the [ext] fields (`late`, `avg_duration`, `by_day[].resolved`, `previous`, …). */
  extensions: boolean;
}

const RESOLVED: readonly string[] = STATE_FAMILIES.resolved;
const ACTIVE: readonly string[] = STATE_FAMILIES.active;

/** The period of the same length that ends just before `period` starts. */
export function previousPeriod(period: ReportPeriod): ReportPeriod {
  const length = period.end - period.start + 1;
  return { start: period.start - length, end: period.start - 1 };
}

/**
 * The creation times whose rows a report of `period` needs: the period's, and with the extensions the
 * previous period's too (they feed `previous`). Both ends included.
 */
export function rowsCreatedIn(period: ReportPeriod, extensions: boolean): ReportPeriod {
  return { start: extensions ? previousPeriod(period).start : period.start, end: period.end };
}

export function isLate(row: Pick<ReportTicketRow, 'state' | 'startTime'>, now: number): boolean {
  return (
    (LATE_STATES as readonly string[]).includes(row.state) && row.startTime !== null && row.startTime < now
  );
}

const inPeriod = (time: number, period: ReportPeriod) => time >= period.start && time <= period.end;
const utcDay = (time: number) => new Date(time).toISOString().slice(0, 10);
const emptyByState = (): Record<string, number> => Object.fromEntries(TICKET_STATES.map((s) => [s, 0]));

/** Counts and duration sums of a set of rows, folded one row at a time. */
class Tally {
  total = 0;
  byState = emptyByState();
  late = 0;
  unassigned = 0;
  private minutes = 0;
  private timed = 0;

  add(row: ReportTicketRow, now: number): void {
    this.total += 1;
    this.byState[row.state] = (this.byState[row.state] ?? 0) + 1;
    if (isLate(row, now)) this.late += 1;
    if (row.agent === null && ACTIVE.includes(row.state)) this.unassigned += 1;
    if (row.duration !== null) {
      this.minutes += row.duration;
      this.timed += 1;
    }
  }

  /** Mean minutes to one decimal; null without a timed ticket. */
  avgDuration(): number | null {
    return this.timed === 0 ? null : Math.round((this.minutes / this.timed) * 10) / 10;
  }

  figures(): Required<ReportPeriodFigures> {
    return {
      total: this.total,
      by_state: this.byState,
      late: this.late,
      avg_duration: this.avgDuration(),
      unassigned: this.unassigned,
    };
  }
}

function tallyBy<K, V>(
  rows: readonly ReportTicketRow[],
  now: number,
  keyOf: (row: ReportTicketRow) => K,
  refOf: (row: ReportTicketRow) => V,
): { ref: V; tally: Tally }[] {
  const tallies = new Map<K, { ref: V; tally: Tally }>();
  for (const row of rows) {
    const key = keyOf(row);
    const entry = tallies.get(key) ?? { ref: refOf(row), tally: new Tally() };
    entry.tally.add(row, now);
    tallies.set(key, entry);
  }
  return [...tallies.values()];
}

/** Busiest first; equal totals by id, the unassigned (null) last, so the order never wobbles. */
function byTotalThenId<T extends { total: number }>(idOf: (item: T) => number | null) {
  return (a: T, b: T) =>
    b.total - a.total || (idOf(a) ?? Number.MAX_SAFE_INTEGER) - (idOf(b) ?? Number.MAX_SAFE_INTEGER);
}

function perDay(rows: readonly ReportTicketRow[], period: ReportPeriod): Report['by_day'] {
  const days = new Map<string, { date: string; created: number; done: number; resolved: number }>();
  const day = (date: string) => {
    const entry = days.get(date) ?? { date, created: 0, done: 0, resolved: 0 };
    days.set(date, entry);
    return entry;
  };
  for (const row of rows) {
    const created = day(utcDay(row.created));
    created.created += 1;
    if (RESOLVED.includes(row.state)) created.resolved += 1;
    if (row.completed !== null && inPeriod(row.completed, period)) day(utcDay(row.completed)).done += 1;
  }
  return [...days.values()].sort((a, b) => a.date.localeCompare(b.date));
}

function tallyOf(rows: readonly ReportTicketRow[], now: number): Tally {
  const tally = new Tally();
  for (const row of rows) tally.add(row, now);
  return tally;
}

/** The full report, with the [ext] fields. */
function fullReport(rows: readonly ReportTicketRow[], { period, now }: AggregateOptions): Report {
  const current = rows.filter((row) => inPeriod(row.created, period));
  const before = previousPeriod(period);
  const whole = tallyOf(current, now);
  const byAgent = tallyBy(
    current,
    now,
    (row) => row.agent?.id ?? null,
    (row) => row.agent,
  ).map(({ ref, tally }) => ({
    user: ref,
    total: tally.total,
    by_state: tally.byState,
    avg_duration: tally.avgDuration(),
    late: tally.late,
  }));
  const byGroup = tallyBy(
    current,
    now,
    (row) => row.group?.id ?? null,
    (row) => row.group,
  ).map(({ ref, tally }) => ({
    group: ref,
    total: tally.total,
    by_state: tally.byState,
    avg_duration: tally.avgDuration(),
    late: tally.late,
  }));
  return {
    ...whole.figures(),
    by_agent: byAgent.sort(byTotalThenId((a) => a.user?.id ?? null)),
    by_group: byGroup.sort(byTotalThenId((g) => g.group?.id ?? null)),
    by_day: perDay(current, period),
    previous: {
      start_time: new Date(before.start).toISOString(),
      end_time: new Date(before.end).toISOString(),
      ...tallyOf(
        rows.filter((row) => inPeriod(row.created, before)),
        now,
      ).figures(),
    },
  };
}

/** The documented (base) shape only: what a server without the [ext] sends. */
function baseReport(report: Report): Report {
  return {
    total: report.total,
    by_state: report.by_state,
    by_agent: report.by_agent.map(({ user, total, by_state, avg_duration }) => ({
      user,
      total,
      by_state,
      avg_duration,
    })),
    by_group: report.by_group.map(({ group, total, by_state }) => ({ group, total, by_state })),
    by_day: report.by_day.map(({ date, created, done }) => ({ date, created, done })),
  };
}

/**
 * The report of `options.period` from the rows of the caller's scope. Rows created outside the period
 * are ignored, but those of the previous period of the same length feed `previous`: pass them too.
 */
export function aggregateReport(rows: readonly ReportTicketRow[], options: AggregateOptions): Report {
  const report = fullReport(rows, options);
  return options.extensions ? report : baseReport(report);
}
