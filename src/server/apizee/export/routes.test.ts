import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { mediaSchema, ticketEventSchema, ticketSchema } from '../../../contract/models.ts';
import { insertMedia } from '../testing/medias.ts';
import { createHarness, type Harness } from '../testing/harness.ts';
import { CSV_HEADER } from './exportCsv.ts';

const exportSchema = z.object({
  exported_at: z.string(),
  ticket: ticketSchema,
  medias: z.array(mediaSchema),
  events: z.array(ticketEventSchema).optional(),
});

let h: Harness;
let token: string;
let ticketId: number;

beforeAll(async () => {
  h = await createHarness({ tickets: 20 });
  token = await h.token('admin');
  // A seeded ticket with a timeline; its subject is made hostile for the CSV check.
  ticketId = h.db
    .prepare(
      "SELECT ticket_id FROM ticket_events WHERE event_name = 'media.pictureTaken' ORDER BY ticket_id LIMIT 1",
    )
    .pluck()
    .get() as number;
  h.db.prepare('UPDATE tickets SET subject = ? WHERE id = ?').run('=HYPERLINK("http://evil")', ticketId);
  insertMedia(h, ticketId, { title: '+cmd', status: 'processing', bytes: null });
});

afterAll(() => h.close());

const exportTicket = (query: Record<string, string>) =>
  h.request('GET', `/tickets/${ticketId}/export`, { token, query });

describe('GET /tickets/{id}/export', () => {
  it('exports JSON by default, as an attachment, with every media and no timeline', async () => {
    const response = await exportTicket({});
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(response.headers.get('content-disposition')).toMatch(
      new RegExp(`^attachment; filename="ticket-${ticketId}\\.json"`),
    );
    const data = exportSchema.parse(await response.json());
    expect(data.ticket.id).toBe(ticketId);
    expect(data.events).toBeUndefined();
    expect(data.medias.some((m) => m.status === 'processing')).toBe(true);
  });

  it('adds the timeline when asked', async () => {
    const data = exportSchema.parse(await (await exportTicket({ format: 'json', timeline: 'TRUE' })).json());
    expect(data.events!.length).toBeGreaterThan(0);
    expect(data.events!.map((e) => e.eventName)).toContain('media.pictureTaken');
    const timestamps = data.events!.map((e) => e.timestamp);
    expect([...timestamps].sort()).toEqual(timestamps);
  });

  it('exports CSV with a header, UTF-8 mark and escaped formulas', async () => {
    const response = await exportTicket({ format: 'csv', timeline: '1' });
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe(CSV_HEADER.join(','));
    expect(lines).toContain(`ticket,subject,"'=HYPERLINK(""http://evil"")",,`);
    expect(lines.some((line) => line.startsWith(`media,'+cmd,`))).toBe(true);
    expect(lines.some((line) => line.startsWith('event,media.pictureTaken,'))).toBe(true);
  });

  it('exports a PDF', async () => {
    const response = await exportTicket({ format: 'pdf', timeline: 'true' });
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toContain(`ticket-${ticketId}.pdf`);
    expect(
      Buffer.from(await response.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
  });

  it('words the PDF in the language and time zone asked, with the photos of the ticket', async () => {
    const response = await exportTicket({ format: 'pdf', timeline: 'true', lang: 'fr', tz: 'Europe/Paris' });
    expect(response.status).toBe(200);
    const pdf = Buffer.from(await response.arrayBuffer()).toString('latin1');
    // The seeded ticket with a picture event has completed images: drawn as image XObjects.
    expect(pdf).toMatch(/\/Subtype \/Image/);
    expect(pdf).toContain('/Lang (fr)');
  });

  it('answers 400 for an unknown format, a bad timeline flag, language or time zone', async () => {
    for (const [param, query] of [
      ['format', { format: 'xml' }],
      ['timeline', { timeline: 'yes' }],
      ['lang', { format: 'pdf', lang: 'klingon' }],
      ['tz', { format: 'pdf', tz: 'Mars/Olympus' }],
      ['tz', { format: 'pdf', tz: '../../etc' }],
    ] as const) {
      const response = await exportTicket(query);
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ code: 400, errors: { [param]: [expect.any(String)] } });
    }
  });
});
