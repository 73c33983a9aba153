import { parseLocalDay, periodBoundToParam, toLocalDay, utcMinute } from './dayBounds.ts';

describe('periodBoundToParam', () => {
  it('opens a local day at its midnight and closes it at the next midnight (exclusive)', () => {
    expect(Date.parse(periodBoundToParam('2026-03-10', 'start') ?? '')).toBe(new Date(2026, 2, 10).getTime());
    expect(Date.parse(periodBoundToParam('2026-03-10', 'end') ?? '')).toBe(new Date(2026, 2, 11).getTime());
  });

  it('closes the last day of a month and of a year on the next one', () => {
    expect(Date.parse(periodBoundToParam('2026-02-28', 'end') ?? '')).toBe(new Date(2026, 2, 1).getTime());
    expect(Date.parse(periodBoundToParam('2026-12-31', 'end') ?? '')).toBe(new Date(2027, 0, 1).getTime());
  });

  it('keeps a date-time as that instant, whichever end it fills', () => {
    expect(periodBoundToParam('2026-02-01T08:30Z', 'start')).toBe('2026-02-01T08:30:00+00:00');
    expect(periodBoundToParam('2026-02-01T08:30Z', 'end')).toBe('2026-02-01T08:30:00+00:00');
  });

  it('gives nothing for a value that is not a date', () => {
    expect(periodBoundToParam('soon', 'end')).toBeUndefined();
    expect(periodBoundToParam('2026-02-30', 'start')).toBeUndefined();
  });
});

describe('parseLocalDay', () => {
  it('accepts real calendar days only', () => {
    expect(parseLocalDay('2028-02-29')).toBe('2028-02-29');
    expect(parseLocalDay('2026-02-29')).toBeNull();
    expect(parseLocalDay('2026-13-01')).toBeNull();
    expect(parseLocalDay('20260101')).toBeNull();
    expect(parseLocalDay(null)).toBeNull();
  });
});

describe('toLocalDay', () => {
  it('names the local calendar day of an instant', () => {
    expect(toLocalDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(toLocalDay(new Date(2026, 11, 31, 0, 0))).toBe('2026-12-31');
  });
});

describe('utcMinute', () => {
  it('is the instant to the minute (cut, not rounded), in UTC', () => {
    expect(utcMinute(new Date('2026-11-25T14:05:59.999Z'))).toBe('2026-11-25T14:05Z');
    expect(utcMinute(new Date('2026-11-25T23:59:00+02:00'))).toBe('2026-11-25T21:59Z');
  });
});
