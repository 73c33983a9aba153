/**
 * A ticket as a CSV row of the chosen columns, in the reader's language and time zone: names of
 * columns, states and types from the contract (the SPA's list says the same words), dates as
 * `YYYY-MM-DD HH:MM` (what spreadsheets read as a date), durations in minutes. Cells are made
 * formula-safe by the contract's csvCell.
 */
import { csvCell } from '../../../contract/csv.ts';
import { TICKET_COLUMN_NAMES_EN } from '../../../contract/columnNames.en.ts';
import { TICKET_COLUMN_NAMES_FR } from '../../../contract/columnNames.fr.ts';
import type { Ticket } from '../../../contract/models.ts';
import { STATE_AND_TYPE_NAMES_EN } from '../../../contract/sentences.en.ts';
import { STATE_AND_TYPE_NAMES_FR } from '../../../contract/sentences.fr.ts';
import type { CsvColumn, CsvLanguage } from '../../../contract/ticketsCsv.ts';

const COLUMN_NAMES: Record<CsvLanguage, Record<`list.col.${CsvColumn}`, string>> = {
  en: TICKET_COLUMN_NAMES_EN,
  fr: TICKET_COLUMN_NAMES_FR,
};
const STATE_AND_TYPE_NAMES: Record<CsvLanguage, Record<string, string>> = {
  en: STATE_AND_TYPE_NAMES_EN,
  fr: STATE_AND_TYPE_NAMES_FR,
};

export interface CsvFormat {
  columns: readonly CsvColumn[];
  language: CsvLanguage;
  timeZone: string;
}

export function csvHeader(format: CsvFormat): string {
  return `${format.columns.map((column) => csvCell(COLUMN_NAMES[format.language][`list.col.${column}`])).join(',')}\r\n`;
}

/** `2026-12-03 15:04` in `timeZone`; '' for a missing or unreadable date. */
function dateFormatter(timeZone: string): (text: string) => string {
  const format = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  });
  return (text) => {
    const ms = text ? Date.parse(text) : Number.NaN;
    if (Number.isNaN(ms)) return '';
    const parts = format.formatToParts(ms);
    const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
    return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
  };
}

function requestorName(ticket: Ticket): string {
  const requestor = ticket.requestor;
  if (!requestor) return '';
  const name = [requestor.firstname, requestor.name].filter(Boolean).join(' ');
  return name || requestor.company || requestor.email[0] || requestor.phone[0] || '';
}

/** A function writing one ticket as a CSV line (CRLF) of `format`'s columns. */
export function csvRowWriter(format: CsvFormat): (ticket: Ticket) => string {
  const date = dateFormatter(format.timeZone);
  const names = STATE_AND_TYPE_NAMES[format.language];
  const cell: Record<CsvColumn, (ticket: Ticket) => unknown> = {
    id: (t) => t.id,
    state: (t) => names[`state.${t.state}`] ?? t.state,
    subject: (t) => t.subject,
    reference: (t) => t.reference,
    requestor: requestorName,
    agent: (t) => (t.agent ? `${t.agent.firstname} ${t.agent.lastname}`.trim() || t.agent.username : ''),
    group: (t) => t.group?.name ?? '',
    type: (t) => names[`type.${t.type}`] ?? t.type,
    start_time: (t) => date(t.start_time),
    end_time: (t) => date(t.end_time),
    created: (t) => date(t.created),
    duration: (t) => t.duration,
    modified: (t) => date(t.modified),
  };
  return (ticket) => `${format.columns.map((column) => csvCell(cell[column](ticket))).join(',')}\r\n`;
}
