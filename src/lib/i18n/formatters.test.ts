import { describe, expect, it } from 'vitest';
import { createFormatters } from './formatters.ts';

describe('formatters', () => {
  const when = Date.UTC(2026, 9, 20, 12, 0);

  it('writes French dates, numbers and sizes the French way', () => {
    const fr = createFormatters('fr');
    expect(fr.formatDate(when)).toBe('20 oct. 2026');
    expect(fr.formatNumber(1234.5)).toBe('1\u202f234,5');
    expect(fr.formatBytes(1200)).toBe('1,2 ko');
    expect(fr.formatBytes(3_400_000)).toBe('3,4 Mo');
    expect(fr.formatBytes(512)).toBe('512 o');
  });

  it('keeps English in English', () => {
    const en = createFormatters('en');
    expect(en.formatDate(when)).toBe('Oct 20, 2026');
    expect(en.formatBytes(1200)).toBe('1.2 kB');
    expect(en.formatNumber(1234.5)).toBe('1,234.5');
  });
});
