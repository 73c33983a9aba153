import { describe, expect, it } from 'vitest';
import { htmlToLines, pdfWording } from './pdfText.ts';

describe('PDF wording', () => {
  it("reads dates in the reader's language and zone, states and events as sentences", () => {
    const fr = pdfWording('fr', 'Europe/Paris');
    expect(fr.dateTime('2026-10-20T12:00:00+00:00')).toBe('20 oct. 2026, 14:00');
    expect(fr.state('inprogress')).toBe('En cours');
    expect(fr.state('weird')).toBe('weird');
    expect(fr.event('ticket.closed')).toBe('Le ticket a été clôturé.');
    expect(fr.event('x.y')).toContain('x.y');
    expect(fr.country('FR')).toBe('France');
    expect(pdfWording('en', 'UTC').country('DE')).toBe('Germany');
    expect(fr.language('fr')).toBe('français');
    expect(fr.country('not a code')).toBe('not a code');
    expect(fr.number(1234)).toBe('1\u202f234');
    const en = pdfWording('en', 'UTC');
    expect(en.dateTime('2026-10-20T12:00:00+00:00')).toBe('20 Oct 2026, 12:00');
    expect(en.event('ticket.closed')).toBe('The ticket was closed.');
  });

  it('keeps paragraphs, breaks and nested lists as lines', () => {
    expect(htmlToLines('<p>One &amp; two</p><p>Three<br>four</p>')).toEqual(['One & two', 'Three', 'four']);
    expect(htmlToLines('<ul><li>a</li><li>b<ol><li>c</li></ol></li></ul>')).toEqual(['• a', '• b', '  1. c']);
    expect(htmlToLines('')).toEqual([]);
  });
});
