import { describe, expect, it } from 'vitest';
import type { Report } from '../../contract/report.ts';
import { figureDeltas, figureValues } from './figures.ts';

const agent = { id: 7, username: 'julie', firstname: 'Julie', lastname: 'Martin' };
/** A report as a server without the [ext] sends it. */
const base: Report = {
  total: 10,
  by_state: { new: 1, open: 2, invited: 0, inprogress: 1, done: 3, closed: 2, expired: 1 },
  by_agent: [
    { user: agent, total: 6, by_state: { open: 1, done: 3, closed: 2 }, avg_duration: 20 },
    { user: null, total: 4, by_state: { new: 1, open: 1, inprogress: 1, expired: 1 }, avg_duration: 45 },
  ],
  by_group: [],
  by_day: [],
};

describe('figureValues', () => {
  it('computes what the base shape allows, and null for late', () => {
    expect(figureValues(base)).toEqual({
      total: 10,
      resolved: 5,
      resolutionRate: 0.5,
      active: 4,
      unassigned: 3,
      late: null,
      // (6 × 20 + 4 × 45) / 10
      avgDuration: 30,
    });
  });

  it('prefers the [ext] figures when the server sends them', () => {
    expect(figureValues({ ...base, late: 2, unassigned: 1, avg_duration: 31.5 })).toMatchObject({
      late: 2,
      unassigned: 1,
      avgDuration: 31.5,
    });
  });

  it('an empty period has no rate and no mean', () => {
    const empty = figureValues({ total: 0, by_state: {}, by_agent: [] });
    expect(empty).toMatchObject({ total: 0, resolutionRate: null, avgDuration: null, unassigned: 0 });
  });

  it('the previous period’s summary without by_agent: unassigned unknown unless sent', () => {
    expect(figureValues({ total: 2, by_state: { done: 1 }, late: 0 }).unassigned).toBeNull();
  });
});

describe('figureDeltas', () => {
  it('is current minus previous, null where either is unknown', () => {
    const current = figureValues({ ...base, late: 2 });
    const previous = figureValues({ ...base, total: 8, by_state: { done: 2 }, late: undefined });
    const deltas = figureDeltas(current, previous);
    expect(deltas.total).toBe(2);
    expect(deltas.resolved).toBe(3);
    expect(deltas.resolutionRate).toBeCloseTo(0.5 - 0.25);
    expect(deltas.late).toBeNull();
    expect(figureDeltas(current, null).total).toBeNull();
  });
});
