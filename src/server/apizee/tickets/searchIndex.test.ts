import { describe, expect, it } from 'vitest';
import { ftsQuery } from './searchIndex.ts';

describe('ftsQuery', () => {
  it('requires every word, each as a prefix', () => {
    expect(ftsQuery('boiler  leak')).toBe('"boiler"* "leak"*');
  });

  it('keeps words joined by punctuation together, as one phrase ending in a prefix', () => {
    expect(ftsQuery('lea.fournier@free.fr')).toBe('"lea fournier free fr"*');
    expect(ftsQuery('WO-2025-1001341 heat')).toBe('"WO 2025 1001341"* "heat"*');
    expect(ftsQuery('+33 6 12')).toBe('"33"* "6"* "12"*');
  });

  it('lets no FTS5 syntax through and gives null without a word', () => {
    expect(ftsQuery('subject:x NEAR("a" b)*')).toBe('"subject x"* "NEAR a"* "b"*');
    for (const junk of ['', '   ', '"*^()', '💥']) expect(ftsQuery(junk)).toBeNull();
  });

  it('reads at most twelve words', () => {
    const words = Array.from({ length: 20 }, (_, i) => `w${i}`);
    expect(ftsQuery(words.join(' '))?.split(' ')).toHaveLength(12);
    expect(ftsQuery(words.join('-'))).toBe(`"${words.slice(0, 12).join(' ')}"*`);
  });
});
