import { describe, expect, it } from 'vitest';
import {
  enumListItems,
  enumListProblem,
  formatApiDate,
  integerProblem,
  parseIsoDate,
  textProblem,
  ticketUserValue,
} from './paramRules.ts';

describe('paramRules', () => {
  it('checks whole numbers against their bounds', () => {
    expect(integerProblem('7', 1)).toBeNull();
    expect(integerProblem('0', 1)).toBe('must be at least 1');
    expect(integerProblem('101', 1, 100)).toBe('must be between 1 and 100');
    expect(integerProblem('1.5', 1)).toBe('must be a whole number');
  });

  it('bounds free text and refuses control characters', () => {
    expect(textProblem('hello\tworld\n', 20)).toBeNull();
    expect(textProblem('abcdef', 5)).toBe('must be at most 5 characters');
    expect(textProblem('a\u0007b', 5)).toBe('must not contain control characters');
  });

  it('reads enum lists from text or arrays, deduplicated, and refuses unknown values', () => {
    const values = ['new', 'open', 'done'] as const;
    expect(enumListItems(values, 'open, new,open')).toEqual(['open', 'new']);
    expect(enumListItems(values, ['done'])).toEqual(['done']);
    expect(enumListItems(values, 'open,lost')).toBeNull();
    expect(enumListItems(values, ' , ')).toBeNull();
    expect(enumListItems(values, 'open,open,open')).toEqual(['open']);
    expect(enumListItems(values, 'open,open,open,open')).toBeNull();
    expect(enumListProblem(values, 'open,open,open,open')).toBe('must list at most 3 values');
  });

  it('reads the user filter as an id or a scope', () => {
    expect(ticketUserValue(' 42 ')).toBe(42);
    expect(ticketUserValue('unassigned')).toBe('unassigned');
    expect(ticketUserValue('0')).toBeNull();
    expect(ticketUserValue('someone')).toBeNull();
  });

  it('round-trips API dates', () => {
    const ms = parseIsoDate('2026-11-25T15:00:00+01:00');
    expect(ms).not.toBeNull();
    expect(formatApiDate(ms!)).toBe('2026-11-25T14:00:00+00:00');
    expect(parseIsoDate('2026-02-30')).toBeNull();
  });

  it('keeps the years 0001 to 0099 as given (Date.UTC would add 1900) and refuses years outside 0001-9999', () => {
    expect(formatApiDate(parseIsoDate('0001-01-01')!)).toBe('0001-01-01T00:00:00+00:00');
    expect(formatApiDate(parseIsoDate('0099-12-31T23:59:59Z')!)).toBe('0099-12-31T23:59:59+00:00');
    expect(formatApiDate(parseIsoDate('0004-02-29T12:00:00+02:00')!)).toBe('0004-02-29T10:00:00+00:00');
    expect(parseIsoDate('0003-02-29')).toBeNull();
    expect(parseIsoDate('0000-06-01')).toBeNull();
    expect(parseIsoDate('0001-01-01T00:30:00+01:00')).toBeNull();
    expect(parseIsoDate('9999-12-31T23:59:59Z')).not.toBeNull();
    expect(parseIsoDate('9999-12-31T23:30:00-01:00')).toBeNull();
  });
});
