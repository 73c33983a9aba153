import PDFDocument from 'pdfkit';
import type { Ticket, TicketEvent } from '../../../contract/models.ts';
import type { PdfPhoto } from './pdfPhotos.ts';
import { fill, htmlToLines, pdfWording, type PdfLanguage, type PdfWording } from './pdfText.ts';
import type { TicketExport } from './ticketExport.ts';

const MARGIN = 50;
const LABEL_WIDTH = 110;
const FONT_SIZE = 9.5;
const LINE = 13;
const PHOTO_SIZE = 72;
const PHOTO_GAP = 8;
const DESCRIPTION_LINES = 8;
// The PDF standard fonts only draw WinAnsi (Latin-1 plus a few typographic signs); anything else
// would come out as wrong glyphs, so it is shown as "?". French formats use narrow no-break spaces
// (1 234, 14 h): those become ordinary no-break spaces first.
const NOT_WIN_ANSI = /[^\n\x20-\x7e\xa0-\xff€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]/g;

function printable(text: string): string {
  return text.replace(/[\u202f\u2009]/g, '\u00a0').replace(NOT_WIN_ANSI, '?');
}

function person(parts: (string | null | undefined)[]): string {
  return parts.filter(Boolean).join(' ');
}

export type PdfOptions = { lang?: PdfLanguage; tz?: string; photos?: PdfPhoto[] };

/** A one-line reading of an event's data: who acted, where, or its other plain values. */
export function eventSummary(event: TicketEvent, wording: PdfWording = pdfWording('en', 'UTC')): string {
  const { labels } = wording;
  const parts: string[] = [];
  for (const [key, value] of Object.entries(event.data)) {
    if (value === null || value === undefined) continue;
    if (key === 'agent' && typeof value === 'object') {
      const agent = value as Record<string, unknown>;
      parts.push(fill(labels.by, { name: person([agent.firstname as string, agent.lastname as string]) }));
    } else if (key === 'geoloc' && typeof value === 'object') {
      const geo = value as Record<string, unknown>;
      parts.push(fill(labels.at, { place: `${String(geo.lat)}, ${String(geo.lng)}` }));
    } else if (key === 'state' || key === 'previous_state') {
      parts.push(`${key === 'state' ? '→' : '←'} ${wording.state(String(value))}`);
    } else if (Array.isArray(value)) {
      const items = value.map((item) => (key === 'channels' && labels.channels[item]) || String(item));
      parts.push(fill(labels.keyValue, { key: labels.dataKeys[key] ?? key, value: items.join(', ') }));
    } else if (typeof value !== 'object') {
      parts.push(fill(labels.keyValue, { key: labels.dataKeys[key] ?? key, value: String(value) }));
    }
  }
  return parts.join(' · ');
}

function ticketFields(ticket: Ticket, w: PdfWording): [string, string][] {
  const { labels } = w;
  return [
    [labels.state, w.state(ticket.state)],
    [labels.type, w.type(ticket.type)],
    [labels.reference, ticket.reference],
    [labels.service, ticket.service?.name ?? ''],
    [labels.language, w.language(ticket.language)],
    [labels.start, w.dateTime(ticket.start_time)],
    [
      labels.end,
      `${w.dateTime(ticket.end_time)} (${fill(labels.minutes, { count: w.number(ticket.duration) })})`,
    ],
    [labels.created, w.dateTime(ticket.created)],
    [labels.modified, w.dateTime(ticket.modified)],
  ];
}

function requestorFields(ticket: Ticket, w: PdfWording): [string, string][] {
  const { labels } = w;
  const r = ticket.requestor;
  if (!r) return [[labels.requestor, labels.none]];
  return [
    [labels.name, person([r.firstname, r.name])],
    [labels.company, r.company ?? ''],
    [labels.email, r.email.join(', ')],
    [labels.phone, r.phone.join(', ')],
    [labels.country, w.country(r.country ?? '')],
  ];
}

function assignmentFields(ticket: Ticket, { labels }: PdfWording): [string, string][] {
  const agent = ticket.agent;
  return [
    [
      labels.agent,
      agent ? `${person([agent.firstname, agent.lastname])} (${agent.username})` : labels.unassigned,
    ],
    [labels.group, ticket.group?.name ?? labels.none],
  ];
}

function mediaSummary(data: TicketExport, w: PdfWording): string {
  if (data.medias.length === 0) return w.labels.none;
  const counts = new Map<string, number>();
  for (const media of data.medias) counts.set(media.media_type, (counts.get(media.media_type) ?? 0) + 1);
  const names: Record<string, string> = w.labels.mediaTypes;
  const detail = [...counts].map(([type, n]) => `${w.number(n)} ${names[type] ?? type}`).join(', ');
  return `${w.number(data.medias.length)} (${detail})`;
}

/**
 * A one-page A4 summary of a ticket in the reader's language and time zone: its fields, requestor,
 * assignment, description (its lists kept), a grid of photo thumbnails and, when the export includes
 * it, as much of the timeline as fits, each event in the timeline's own sentence.
 */
export function ticketToPdf(data: TicketExport, options: PdfOptions = {}): Promise<Buffer> {
  const w = pdfWording(options.lang ?? 'en', options.tz ?? 'UTC');
  const { labels } = w;
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    info: { Title: `${labels.ticket} ${data.ticket.id}` },
    lang: options.lang ?? 'en',
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const width = doc.page.width - 2 * MARGIN;
  const bottom = doc.page.height - MARGIN;
  const line = (x: number, text: string, textOptions: PDFKit.Mixins.TextOptions) =>
    doc.text(printable(text), x, doc.y, { lineBreak: false, ellipsis: true, height: LINE, ...textOptions });

  const heading = (text: string) => {
    doc.moveDown(0.6).font('Helvetica-Bold').fontSize(11).fillColor('#1a1a1a');
    line(MARGIN, text, { width });
    doc.moveDown(0.2);
  };
  const fields = (rows: [string, string][]) => {
    for (const [label, value] of rows) {
      const y = doc.y;
      doc.font('Helvetica').fontSize(FONT_SIZE).fillColor('#666666');
      line(MARGIN, label, { width: LABEL_WIDTH });
      doc.y = y;
      doc.fillColor('#1a1a1a');
      line(MARGIN + LABEL_WIDTH, value || '-', { width: width - LABEL_WIDTH });
      doc.y = y + LINE;
    }
  };

  const { ticket } = data;
  doc.font('Helvetica-Bold').fontSize(16).fillColor('#1a1a1a');
  line(MARGIN, `${labels.ticket} #${ticket.id} — ${ticket.subject || labels.noSubject}`, {
    width,
    height: 22,
  });
  doc.y += 22;
  doc.font('Helvetica').fontSize(8.5).fillColor('#666666');
  line(
    MARGIN,
    `${fill(labels.exported, { when: w.dateTime(data.exported_at) })} · ${fill(labels.times, { zone: w.zone(data.exported_at) })}`,
    { width },
  );
  doc.y += LINE;

  heading(labels.ticket);
  fields(ticketFields(ticket, w));
  heading(labels.requestor);
  fields(requestorFields(ticket, w));
  heading(labels.assignment);
  fields(assignmentFields(ticket, w));
  fields([[labels.medias, mediaSummary(data, w)]]);

  const description = htmlToLines(ticket.description);
  if (description.length > 0) {
    heading(labels.description);
    doc.font('Helvetica').fontSize(FONT_SIZE).fillColor('#1a1a1a');
    const shown = description.slice(0, DESCRIPTION_LINES);
    if (description.length > DESCRIPTION_LINES) shown[DESCRIPTION_LINES - 1] = '…';
    for (const text of shown) {
      line(MARGIN, text, { width });
      doc.y += LINE;
    }
  }

  const photos = options.photos ?? [];
  if (photos.length > 0) {
    heading(labels.photos);
    const perRow = Math.floor((width + PHOTO_GAP) / (PHOTO_SIZE + PHOTO_GAP));
    const top = doc.y;
    photos.forEach((photo, index) => {
      const x = MARGIN + (index % perRow) * (PHOTO_SIZE + PHOTO_GAP);
      const y = top + Math.floor(index / perRow) * (PHOTO_SIZE + PHOTO_GAP);
      try {
        doc.image(photo.image, x, y, { fit: [PHOTO_SIZE, PHOTO_SIZE], align: 'center', valign: 'center' });
      } catch {
        // A file the PDF cannot read leaves an empty frame rather than no export at all.
      }
      doc.lineWidth(0.5).strokeColor('#cccccc').rect(x, y, PHOTO_SIZE, PHOTO_SIZE).stroke();
    });
    doc.y = top + Math.ceil(photos.length / perRow) * (PHOTO_SIZE + PHOTO_GAP);
  }

  if (data.events) {
    heading(fill(labels.timeline, { count: w.number(data.events.length) }));
    doc.font('Helvetica').fontSize(8.5);
    const sources: Record<string, string> = labels.sources;
    data.events.every((event, index) => {
      const remaining = data.events!.length - index;
      if (doc.y + 2 * LINE > bottom && remaining > 1) {
        doc.fillColor('#666666');
        line(MARGIN, fill(labels.more, { count: w.number(remaining) }), { width });
        return false;
      }
      const y = doc.y;
      doc.fillColor('#666666');
      line(MARGIN, `${w.dateTime(event.timestamp)}  ${sources[event.source] ?? event.source}`, {
        width: 150,
      });
      doc.y = y;
      doc.fillColor('#1a1a1a');
      const summary = eventSummary(event, w);
      line(MARGIN + 150, summary ? `${w.event(event.eventName)}  ${summary}` : w.event(event.eventName), {
        width: width - 150,
      });
      doc.y = y + LINE;
      return true;
    });
  }

  doc.end();
  return done;
}
