import PDFDocument from 'pdfkit';
import type { Ticket, TicketEvent } from '../../../contract/models.ts';
import { htmlToText } from '../../../contract/htmlText.ts';
import type { TicketExport } from './ticketExport.ts';

const MARGIN = 50;
const LABEL_WIDTH = 110;
const FONT_SIZE = 9.5;
const LINE = 13;
// The PDF standard fonts only draw WinAnsi (Latin-1 plus a few typographic signs); anything else
// would come out as wrong glyphs, so it is shown as "?".
const NOT_WIN_ANSI = /[^\n\x20-\x7e\xa0-\xff€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]/g;

function printable(text: string): string {
  return text.replace(NOT_WIN_ANSI, '?');
}

function dateTime(iso: string): string {
  return iso.replace('T', ' ').replace(/:\d{2}\+00:00$/, ' UTC');
}

function person(parts: (string | null | undefined)[]): string {
  return parts.filter(Boolean).join(' ');
}

/** A one-line reading of an event's data: its title, who acted, where, or its other plain values. */
export function eventSummary(event: TicketEvent): string {
  const data = event.data;
  const parts: string[] = [];
  for (const [key, value] of Object.entries(data)) {
    if (value === null || value === undefined) continue;
    if (key === 'agent' && typeof value === 'object') {
      const agent = value as Record<string, unknown>;
      parts.push(`by ${person([agent.firstname as string, agent.lastname as string])}`);
    } else if (key === 'geoloc' && typeof value === 'object') {
      const geo = value as Record<string, unknown>;
      parts.push(`at ${String(geo.lat)}, ${String(geo.lng)}`);
    } else if (typeof value !== 'object') {
      parts.push(`${key}: ${String(value)}`);
    }
  }
  return parts.join(' · ');
}

function ticketFields(ticket: Ticket): [string, string][] {
  return [
    ['State', ticket.state],
    ['Type', ticket.type],
    ['Reference', ticket.reference],
    ['Service', ticket.service?.name ?? ''],
    ['Language', ticket.language],
    ['Start', dateTime(ticket.start_time)],
    ['End', `${dateTime(ticket.end_time)} (${ticket.duration} min)`],
    ['Created', dateTime(ticket.created)],
    ['Modified', dateTime(ticket.modified)],
  ];
}

function requestorFields(ticket: Ticket): [string, string][] {
  const r = ticket.requestor;
  if (!r) return [['Requestor', 'none']];
  return [
    ['Name', person([r.firstname, r.name])],
    ['Company', r.company ?? ''],
    ['E-mail', r.email.join(', ')],
    ['Phone', r.phone.join(', ')],
    ['Country', r.country ?? ''],
  ];
}

function assignmentFields(ticket: Ticket): [string, string][] {
  const agent = ticket.agent;
  return [
    ['Agent', agent ? `${person([agent.firstname, agent.lastname])} (${agent.username})` : 'unassigned'],
    ['Group', ticket.group?.name ?? 'none'],
  ];
}

function mediaSummary(data: TicketExport): string {
  if (data.medias.length === 0) return 'none';
  const counts = new Map<string, number>();
  for (const media of data.medias) counts.set(media.media_type, (counts.get(media.media_type) ?? 0) + 1);
  const detail = [...counts].map(([type, n]) => `${n} ${type}`).join(', ');
  return `${data.medias.length} (${detail})`;
}

/**
 * A one-page A4 summary of a ticket: its fields, requestor, assignment, description, medias and,
 * when the export includes it, as much of the timeline as fits (then "… and N more events").
 */
export function ticketToPdf(data: TicketExport): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: MARGIN, info: { Title: `Ticket ${data.ticket.id}` } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const width = doc.page.width - 2 * MARGIN;
  const bottom = doc.page.height - MARGIN;
  const line = (x: number, text: string, options: PDFKit.Mixins.TextOptions) =>
    doc.text(printable(text), x, doc.y, { lineBreak: false, ellipsis: true, height: LINE, ...options });

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
  line(MARGIN, `Ticket #${ticket.id} — ${ticket.subject || '(no subject)'}`, { width, height: 22 });
  doc.y += 22;
  doc.font('Helvetica').fontSize(8.5).fillColor('#666666');
  line(MARGIN, `Exported ${dateTime(data.exported_at)}`, { width });
  doc.y += LINE;

  heading('Ticket');
  fields(ticketFields(ticket));
  heading('Requestor');
  fields(requestorFields(ticket));
  heading('Assignment');
  fields(assignmentFields(ticket));
  fields([['Medias', mediaSummary(data)]]);

  const description = htmlToText(ticket.description);
  if (description) {
    heading('Description');
    doc.font('Helvetica').fontSize(FONT_SIZE).fillColor('#1a1a1a');
    doc.text(printable(description), MARGIN, doc.y, { width, height: LINE * 5, ellipsis: true });
  }

  if (data.events) {
    heading(`Timeline (${data.events.length} events)`);
    doc.font('Helvetica').fontSize(8.5);
    data.events.every((event, index) => {
      const remaining = data.events!.length - index;
      if (doc.y + 2 * LINE > bottom && remaining > 1) {
        doc.fillColor('#666666');
        line(MARGIN, `… and ${remaining} more events (see the JSON or CSV export)`, { width });
        return false;
      }
      const y = doc.y;
      doc.fillColor('#666666');
      line(MARGIN, `${dateTime(event.timestamp)}  ${event.source}`, { width: 150 });
      doc.y = y;
      doc.fillColor('#1a1a1a');
      line(MARGIN + 150, `${event.eventName}  ${eventSummary(event)}`, { width: width - 150 });
      doc.y = y + LINE;
      return true;
    });
  }

  doc.end();
  return done;
}
