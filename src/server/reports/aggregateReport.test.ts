import { describe, expect, it } from 'vitest';
import { reportSchema } from '../../contract/report.ts';
import { aggregateReport, isLate, previousPeriod, type ReportTicketRow } from './aggregateReport.ts';

const DAY = 86_400_000;
const at = (iso: string) => Date.parse(iso);
const julie = { id: 7, username: 'julie', firstname: 'Julie', lastname: 'Martin' };
const marc = { id: 3, username: 'marc', firstname: 'Marc', lastname: 'Petit' };
const support = { id: 1, name: 'Support' };
const field = { id: 2, name: 'Field experts' };

function row(patch: Partial<ReportTicketRow> & Pick<ReportTicketRow, 'created'>): ReportTicketRow {
  return {
    state: 'new',
    agent: null,
    group: support,
    startTime: null,
    duration: 30,
    completed: null,
    ...patch,
  };
}

/** The first week of December 2026; "now" is the 7th at noon. */
const week = { start: at('2026-12-01T00:00:00Z'), end: at('2026-12-07T23:59:59.999Z') };
const now = at('2026-12-07T12:00:00Z');

const rows: ReportTicketRow[] = [
  // In the week.
  row({
    created: at('2026-12-01T09:00:00Z'),
    state: 'done',
    agent: julie,
    duration: 20,
    completed: at('2026-12-02T10:00:00Z'),
  }),
  row({
    created: at('2026-12-01T10:00:00Z'),
    state: 'closed',
    agent: julie,
    duration: 40,
    completed: at('2026-12-01T11:00:00Z'),
  }),
  row({
    created: at('2026-12-02T08:00:00Z'),
    state: 'open',
    agent: julie,
    startTime: at('2026-12-03T08:00Z'),
  }),
  row({
    created: at('2026-12-03T08:00:00Z'),
    state: 'invited',
    agent: marc,
    group: field,
    startTime: now + DAY,
  }),
  row({
    created: at('2026-12-04T08:00:00Z'),
    state: 'new',
    startTime: at('2026-12-05T08:00Z'),
    duration: 60,
  }),
  row({
    created: at('2026-12-05T08:00:00Z'),
    state: 'inprogress',
    agent: marc,
    group: field,
    startTime: now - 1,
  }),
  row({ created: at('2026-12-06T08:00:00Z'), state: 'expired', group: null, duration: null }),
  // The week before: 2 tickets, one of them late.
  row({ created: at('2026-11-28T08:00:00Z'), state: 'done', agent: julie, duration: 10 }),
  row({
    created: at('2026-11-30T23:59:59Z'),
    state: 'new',
    startTime: at('2026-12-01T08:00Z'),
    duration: 50,
  }),
  // Two weeks before: outside both periods.
  row({ created: at('2026-11-20T08:00:00Z'), state: 'open', startTime: at('2026-11-21T08:00Z') }),
];

describe('aggregateReport', () => {
  const report = aggregateReport(rows, { period: week, now, extensions: true });

  it('counts the tickets created in the period, by state, late and mean duration', () => {
    expect(report.total).toBe(7);
    expect(report.by_state).toMatchObject({
      done: 1,
      closed: 1,
      open: 1,
      invited: 1,
      new: 1,
      inprogress: 1,
      expired: 1,
    });
    expect(report.by_state.cancelled).toBe(0);
    // Late: the open one (start passed) and the new one; not the invited one (starts tomorrow) nor the
    // one in progress (its session started).
    expect(report.late).toBe(2);
    // Unassigned and active: the new one (the expired one has ended).
    expect(report.unassigned).toBe(1);
    // Mean of the timed tickets: (20 + 40 + 30 + 30 + 60 + 30) / 6.
    expect(report.avg_duration).toBe(35);
  });

  it('breaks down by agent and by group, busiest first, the unassigned last among equals', () => {
    expect(report.by_agent.map((a) => [a.user?.username ?? null, a.total, a.late])).toEqual([
      ['julie', 3, 1],
      ['marc', 2, 0],
      [null, 2, 1],
    ]);
    expect(report.by_agent[0]!.avg_duration).toBe(30);
    expect(report.by_group.map((g) => [g.group?.name ?? null, g.total, g.late, g.avg_duration])).toEqual([
      ['Support', 4, 2, 37.5],
      ['Field experts', 2, 0, 30],
      [null, 1, 0, null],
    ]);
  });

  it('counts per UTC day the tickets created, those of them resolved, and completions in the period', () => {
    expect(report.by_day).toEqual([
      { date: '2026-12-01', created: 2, done: 1, resolved: 2 },
      { date: '2026-12-02', created: 1, done: 1, resolved: 0 },
      { date: '2026-12-03', created: 1, done: 0, resolved: 0 },
      { date: '2026-12-04', created: 1, done: 0, resolved: 0 },
      { date: '2026-12-05', created: 1, done: 0, resolved: 0 },
      { date: '2026-12-06', created: 1, done: 0, resolved: 0 },
    ]);
  });

  it('gives the previous period of the same length, ending just before this one', () => {
    expect(previousPeriod(week)).toEqual({
      start: at('2026-11-24T00:00:00Z'),
      end: at('2026-11-30T23:59:59.999Z'),
    });
    expect(report.previous).toEqual({
      start_time: '2026-11-24T00:00:00.000Z',
      end_time: '2026-11-30T23:59:59.999Z',
      total: 2,
      by_state: expect.objectContaining({ done: 1, new: 1, open: 0 }),
      late: 1,
      avg_duration: 30,
      unassigned: 1,
    });
  });

  it('without the extension, sends exactly the base shape, which the contract parses', () => {
    const base = aggregateReport(rows, { period: week, now, extensions: false });
    expect(Object.keys(base).sort()).toEqual(['by_agent', 'by_day', 'by_group', 'by_state', 'total']);
    expect(Object.keys(base.by_agent[0]!).sort()).toEqual(['avg_duration', 'by_state', 'total', 'user']);
    expect(Object.keys(base.by_group[0]!).sort()).toEqual(['by_state', 'group', 'total']);
    expect(Object.keys(base.by_day[0]!).sort()).toEqual(['created', 'date', 'done']);
    expect(base.total).toBe(report.total);
    expect(reportSchema.parse(base)).toEqual(base);
    expect(reportSchema.parse(report)).toEqual(report);
  });

  it('an empty period has zero counts and no averages', () => {
    const empty = aggregateReport([], { period: week, now, extensions: true });
    expect(empty).toMatchObject({
      total: 0,
      late: 0,
      avg_duration: null,
      by_agent: [],
      by_group: [],
      by_day: [],
    });
    expect(empty.previous).toMatchObject({ total: 0, late: 0, avg_duration: null });
  });
});

describe('isLate', () => {
  it('is a start time in the past while nobody has started: new, open or invited', () => {
    for (const state of ['new', 'open', 'invited'])
      expect(isLate({ state, startTime: now - 1 }, now)).toBe(true);
    for (const state of ['inprogress', 'done', 'closed', 'expired', 'cancelled'])
      expect(isLate({ state, startTime: now - 1 }, now)).toBe(false);
    expect(isLate({ state: 'new', startTime: now }, now)).toBe(false);
    expect(isLate({ state: 'new', startTime: null }, now)).toBe(false);
  });
});
