import type { Database } from '../db/database.ts';
import { statement } from '../db/statements.ts';

/** What the search of tickets looks at, one FTS5 row per ticket (rowid = ticket id). */
export interface SearchDocument {
  subject: string;
  reference: string;
  description: string;
  requestor: string;
  emails: string;
  phones: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** The readable text of stored (sanitized) HTML. */
export function htmlToText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#\d+|[a-z]+);/gi, (entity, name: string) =>
      name.startsWith('#')
        ? String.fromCodePoint(Number(name.slice(1)) || 32)
        : (ENTITIES[name.toLowerCase()] ?? entity),
    )
    .replace(/\s+/g, ' ')
    .trim();
}

const MAX_SEARCH_TOKENS = 12;

/**
 * Turns free text into a safe FTS5 query: the words of the text (letters and digits only, so no
 * operator, quote or column filter of the user ever reaches FTS5), all required, each the prefix of
 * a word. Words joined by punctuation alone (an e-mail, a reference, `lea.fo`) must follow one another,
 * as one phrase ending in a prefix: far fewer false hits, and far less of the index to read, than
 * each of them anywhere. Phone numbers also match without their leading `+` or inner separators.
 * Null when the text has no word at all.
 */
export function ftsQuery(search: string): string | null {
  const phrases: string[] = [];
  let budget = MAX_SEARCH_TOKENS;
  for (const chunk of search.normalize('NFKC').split(/\s+/)) {
    const words = (chunk.match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, budget);
    if (words.length === 0) continue;
    budget -= words.length;
    phrases.push(`"${words.join(' ')}"*`);
    if (budget === 0) break;
  }
  return phrases.length > 0 ? phrases.join(' ') : null;
}

export const SEARCH_INSERT_SQL =
  'INSERT INTO tickets_fts (rowid, subject, reference, description, requestor, emails, phones) VALUES (?, ?, ?, ?, ?, ?, ?)';

export function searchRow(ticketId: number, doc: SearchDocument): unknown[] {
  return [
    ticketId,
    doc.subject,
    doc.reference,
    htmlToText(doc.description),
    doc.requestor,
    doc.emails,
    doc.phones,
  ];
}

/** Rebuilds the search row of one ticket from the database. */
export function reindexTicket(db: Database, ticketId: number): void {
  const row = statement(
    db,
    `SELECT t.subject, t.reference, t.description,
       trim(coalesce(r.firstname, '') || ' ' || coalesce(r.name, '') || ' ' || coalesce(r.company, '')) AS requestor,
       coalesce(r.emails, '[]') AS emails, coalesce(r.phones, '[]') AS phones
     FROM tickets t LEFT JOIN contacts r ON r.id = t.requestor_id WHERE t.id = ?`,
  ).get(ticketId) as
    | {
        subject: string;
        reference: string;
        description: string;
        requestor: string;
        emails: string;
        phones: string;
      }
    | undefined;
  removeFromIndex(db, ticketId);
  if (!row) return;
  const emails = (JSON.parse(row.emails) as string[]).join(' ');
  const phones = (JSON.parse(row.phones) as string[]).join(' ');
  statement(db, SEARCH_INSERT_SQL).run(...searchRow(ticketId, { ...row, emails, phones }));
}

export function removeFromIndex(db: Database, ticketId: number): void {
  statement(db, 'DELETE FROM tickets_fts WHERE rowid = ?').run(ticketId);
}
