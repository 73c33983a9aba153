import { htmlToText } from '../../../contract/htmlText.ts';
import type { Database } from '../db/database.ts';
import { findSearchSource, insertSearchRow, removeSearchRow, type SearchDocument } from './repository.ts';

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

/** The stored search row of a ticket: the readable text of the description, the rest as given. */
export function searchDocument(doc: SearchDocument): SearchDocument {
  return { ...doc, description: htmlToText(doc.description) };
}

/** Rebuilds the search row of one ticket from the database. */
export function reindexTicket(db: Database, ticketId: number): void {
  const row = findSearchSource(db, ticketId);
  removeSearchRow(db, ticketId);
  if (!row) return;
  const emails = (JSON.parse(row.emails) as string[]).join(' ');
  const phones = (JSON.parse(row.phones) as string[]).join(' ');
  insertSearchRow(db, ticketId, searchDocument({ ...row, emails, phones }));
}
