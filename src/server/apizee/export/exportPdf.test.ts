import fs from 'node:fs';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { eventSummary, ticketToPdf } from './exportPdf.ts';
import { pdfWording } from './pdfText.ts';
import { sampleExport } from '../testing/exportFixture.ts';
import { SAMPLE_ASSETS_DIR } from '../medias/storage.ts';

/** The text drawing operators of every (deflated) content stream, enough to find printed words. */
function pdfText(pdf: Buffer): string {
  const text: string[] = [];
  const source = pdf.toString('latin1');
  const streams = /stream\r?\n/g;
  for (let match = streams.exec(source); match; match = streams.exec(source)) {
    const start = match.index + match[0].length;
    const end = source.indexOf('endstream', start);
    try {
      text.push(inflateSync(pdf.subarray(start, end)).toString('latin1'));
    } catch {
      // Not a deflated stream (fonts, images): nothing to read.
    }
  }
  return text.join('\n');
}

/** Hex strings `<...>` of TJ operators decoded back to WinAnsi text. */
function shownStrings(content: string): string {
  return [...content.matchAll(/<([0-9a-f]+)>/gi)]
    .map(([, hex]) => Buffer.from(hex!, 'hex').toString('latin1'))
    .join('');
}

describe('ticketToPdf', () => {
  it('is a one-page PDF', async () => {
    const pdf = await ticketToPdf(sampleExport());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1').match(/\/Type \/Page\b/g)).toHaveLength(1);
  });

  it('prints the ticket, requestor, assignment and timeline', async () => {
    const text = shownStrings(pdfText(await ticketToPdf(sampleExport())));
    for (const word of [
      'Ticket #42',
      'Requestor',
      'Zoé @Dupont',
      'Alice Martin (agent1)',
      'Timeline (3 events)',
      'The requestor shared their location.',
      'Done',
      '25 Nov 2026, 13:00',
    ]) {
      expect(text.replace(/\s+/g, ' ')).toContain(word);
    }
  });

  it('leaves the timeline out when not asked, and stays on one page with a long one', async () => {
    const withoutTimeline = shownStrings(pdfText(await ticketToPdf(sampleExport({ events: undefined }))));
    expect(withoutTimeline).not.toContain('Timeline');
    const events = Array.from({ length: 300 }, (_, i) => ({
      id: i,
      eventName: 'media.pictureTaken',
      timestamp: '2026-11-25T13:10:00+00:00',
      source: 'agent' as const,
      data: { title: `Photo ${i}` },
    }));
    const pdf = await ticketToPdf(sampleExport({ events }));
    expect(pdf.toString('latin1').match(/\/Type \/Page\b/g)).toHaveLength(1);
    expect(shownStrings(pdfText(pdf))).toMatch(/more events/);
  });
});

describe("ticketToPdf in French, in the reader's time zone", () => {
  it('writes states, events, dates and labels in French, times in the zone asked', async () => {
    const text = shownStrings(pdfText(await ticketToPdf(sampleExport(), { lang: 'fr', tz: 'Europe/Paris' })));
    const flat = text.replace(/\s+/g, ' ');
    for (const words of [
      'Demandeur',
      'Résolu',
      'Chronologie (3 événements)',
      'Le demandeur a partagé sa position.',
      '25 nov. 2026, 14:00',
      'Europe/Paris',
    ]) {
      expect(flat).toContain(words);
    }
    expect(flat).not.toContain('geo.ansAllowed');
  });

  it('keeps the lists of the description', async () => {
    const description = '<p>Steps:</p><ol><li>Open the valve</li><li>Wait</li></ol><ul><li>Gloves</li></ul>';
    const base = sampleExport();
    const text = shownStrings(
      pdfText(await ticketToPdf({ ...base, ticket: { ...base.ticket, description } })),
    );
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('1. Open the valve');
    expect(flat).toContain('2. Wait');
    // WinAnsi draws the bullet as byte 0x95.
    expect(flat).toContain('\u0095 Gloves');
  });

  it('draws the photos as a grid of images', async () => {
    const image = fs.readFileSync(path.join(SAMPLE_ASSETS_DIR, 'photo-square.thumb.jpg'));
    const photos = Array.from({ length: 7 }, (_, i) => ({ title: `p${i}`, image }));
    const pdf = (await ticketToPdf(sampleExport(), { photos })).toString('latin1');
    expect(pdf.match(/\/Subtype \/Image/g)?.length).toBeGreaterThanOrEqual(1);
    expect(pdf.match(/\/Type \/Page\b/g)).toHaveLength(1);
  });
});

describe('eventSummary', () => {
  it('reads agents, locations and plain values', () => {
    const [, geo, picture] = sampleExport().events!;
    expect(eventSummary(geo!)).toBe('at 51.5, -0.1278');
    expect(eventSummary(picture!)).toBe('title: =1+1 · by Alice Martin');
  });

  it('names the data keys and channels in the reader’s language', () => {
    const [, , picture] = sampleExport().events!;
    const french = pdfWording('fr', 'Europe/Paris');
    expect(eventSummary(picture!, french)).toBe('titre : =1+1 · par Alice Martin');
    const invitation = { ...picture!, data: { channels: ['sms', 'email'] } };
    expect(eventSummary(invitation, french)).toBe('canaux : SMS, e-mail');
    expect(eventSummary(invitation)).toBe('channels: SMS, e-mail');
  });
});
