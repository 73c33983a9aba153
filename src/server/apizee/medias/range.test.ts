import { describe, expect, it } from 'vitest';
import { parseRange } from './range.ts';

describe('parseRange', () => {
  const size = 1000;

  it('serves the whole file without a usable Range', () => {
    expect(parseRange(undefined, size)).toBeNull();
    expect(parseRange('', size)).toBeNull();
    expect(parseRange('items=0-10', size)).toBeNull();
    expect(parseRange('bytes=-', size)).toBeNull();
    expect(parseRange('bytes=abc-', size)).toBeNull();
    expect(parseRange('bytes=0-1,5-9', size)).toBeNull();
    expect(parseRange('bytes=20-10', size)).toBeNull();
  });

  it('reads first, middle and open-ended ranges', () => {
    expect(parseRange('bytes=0-0', size)).toEqual({ start: 0, end: 0 });
    expect(parseRange('bytes=100-199', size)).toEqual({ start: 100, end: 199 });
    expect(parseRange('bytes=900-', size)).toEqual({ start: 900, end: 999 });
    expect(parseRange('BYTES= 10 - 20', size)).toEqual({ start: 10, end: 20 });
  });

  it('clamps an end past the file to its last byte', () => {
    expect(parseRange('bytes=990-5000', size)).toEqual({ start: 990, end: 999 });
  });

  it('reads suffix ranges as the last N bytes', () => {
    expect(parseRange('bytes=-500', size)).toEqual({ start: 500, end: 999 });
    expect(parseRange('bytes=-5000', size)).toEqual({ start: 0, end: 999 });
    expect(parseRange('bytes=-1', size)).toEqual({ start: 999, end: 999 });
  });

  it('finds unsatisfiable ranges', () => {
    expect(parseRange('bytes=1000-', size)).toBe('unsatisfiable');
    expect(parseRange('bytes=5000-6000', size)).toBe('unsatisfiable');
    expect(parseRange('bytes=-0', size)).toBe('unsatisfiable');
    expect(parseRange('bytes=0-', 0)).toBe('unsatisfiable');
  });
});
