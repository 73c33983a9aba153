import { describe, expect, it } from 'vitest';
import { parseViewQuery } from './viewQuery.ts';
import { isTimeZone, zonedDayBound } from './zonedDays.ts';

describe('a picked day in a time zone', () => {
  it('opens at its local midnight and, as an upper bound, closes at the next, across DST changes', () => {
    expect(zonedDayBound('2026-12-03', 'Europe/Paris', false)).toBe('2026-12-02T23:00:00+00:00');
    expect(zonedDayBound('2026-12-03', 'Europe/Paris', true)).toBe('2026-12-03T23:00:00+00:00');
    // 29 March 2026: Paris moves from +01:00 to +02:00 at 02:00.
    expect(zonedDayBound('2026-03-29', 'Europe/Paris', false)).toBe('2026-03-28T23:00:00+00:00');
    expect(zonedDayBound('2026-03-29', 'Europe/Paris', true)).toBe('2026-03-29T22:00:00+00:00');
    expect(zonedDayBound('2026-12-03', 'America/New_York', false)).toBe('2026-12-03T05:00:00+00:00');
    expect(zonedDayBound('2026-12-03T10:00Z', 'Europe/Paris', false)).toBeNull();
    expect(isTimeZone('Europe/Paris')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
  });
});

describe("a saved view's query", () => {
  it('becomes the list parameters, days in the browser’s zone', () => {
    const result = parseViewQuery('state=open,new&user=visible&since=2026-12-03&until=2026-12-03', {
      timeZone: 'Europe/Paris',
    });
    expect(result).toEqual({
      ok: true,
      params: {
        state: ['open', 'new'],
        user: 'visible',
        since: Date.parse('2026-12-02T23:00:00Z'),
        until: Date.parse('2026-12-03T23:00:00Z'),
      },
    });
  });

  it('names every bad key, a repeated one and an oversized query', () => {
    const bad = parseViewQuery('state=nope&offset=3&user=visible&user=all');
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(Object.keys(bad.errors).sort()).toEqual(['query.offset', 'query.state', 'query.user']);
    const long = parseViewQuery(`search=${'é'.repeat(1100)}`);
    expect(long.ok || Object.keys(long.errors)).toEqual(['query']);
  });
});
