import { describe, expect, it } from 'vitest';
import {
  parseSupervisionView,
  periodOf,
  periodOfDays,
  previousPeriodOf,
  reportInput,
  supervisionViewToSearch,
} from './supervisionView.ts';

const parse = (query: string) => parseSupervisionView(new URLSearchParams(query));
/** 3 December 2026, mid-afternoon local time. */
const now = new Date(2026, 11, 3, 15, 30);

describe('the supervision URL', () => {
  it('round-trips presets, custom ranges, the group and the agent', () => {
    for (const query of [
      '',
      'period=today',
      'period=30d&group=4',
      'period=month&agent=9',
      'period=custom&from=2026-11-01&to=2026-11-15&group=2&agent=7',
    ]) {
      expect(supervisionViewToSearch(parse(query))).toBe(query);
    }
    expect(parse('')).toEqual({ preset: '7d' });
    expect(parse('period=7d')).toEqual({ preset: '7d' });
    expect(supervisionViewToSearch({ preset: '7d' })).toBe('');
  });

  it('drops what is invalid rather than failing', () => {
    expect(parse('period=year&group=abc&agent=-3')).toEqual({ preset: '7d' });
    expect(parse('group=0')).toEqual({ preset: '7d' });
    // A custom range needs both real days, in order; else the default period.
    expect(parse('period=custom&from=2026-11-10')).toEqual({ preset: '7d' });
    expect(parse('period=custom&from=2026-11-10&to=2026-11-01')).toEqual({ preset: '7d' });
    expect(parse('period=custom&from=2026-02-30&to=2026-03-01')).toEqual({ preset: '7d' });
    // from/to mean nothing without the custom preset.
    expect(parse('period=today&from=2026-11-01&to=2026-11-02')).toEqual({ preset: 'today' });
  });
});

describe('periods', () => {
  it('each preset ends today and covers whole local days', () => {
    expect(periodOf({ preset: 'today' }, now)).toMatchObject({
      from: '2026-12-03',
      to: '2026-12-03',
      days: 1,
    });
    expect(periodOf({ preset: '7d' }, now)).toMatchObject({ from: '2026-11-27', to: '2026-12-03', days: 7 });
    expect(periodOf({ preset: '30d' }, now)).toMatchObject({
      from: '2026-11-04',
      to: '2026-12-03',
      days: 30,
    });
    expect(periodOf({ preset: 'month' }, now)).toMatchObject({
      from: '2026-12-01',
      to: '2026-12-03',
      days: 3,
    });
    const custom = periodOf({ preset: 'custom', from: '2026-10-01', to: '2026-10-31' }, now);
    expect(custom).toMatchObject({ days: 31 });
    expect(custom.start).toBe(new Date(2026, 9, 1).getTime());
    expect(custom.end).toBe(new Date(2026, 10, 1).getTime() - 1);
  });

  it('the previous period has as many days and ends the day before', () => {
    expect(previousPeriodOf(periodOfDays('2026-11-27', '2026-12-03'))).toMatchObject({
      from: '2026-11-20',
      to: '2026-11-26',
      days: 7,
    });
    expect(previousPeriodOf(periodOfDays('2026-12-01', '2026-12-03'))).toMatchObject({
      from: '2026-11-28',
      to: '2026-11-30',
    });
  });

  it('asks the report for the period, both ends included, with the filters', () => {
    const period = periodOfDays('2026-12-01', '2026-12-01');
    expect(reportInput(period, { group: 3, agent: 5 })).toEqual({
      startTime: new Date(2026, 11, 1).toISOString(),
      endTime: new Date(new Date(2026, 11, 2).getTime() - 1).toISOString(),
      groupId: 3,
      userId: 5,
    });
    expect(reportInput(period, {})).not.toHaveProperty('groupId');
  });
});
