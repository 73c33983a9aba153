/**
 * What the store's search matches: a ticket's words (letters and digits; an e-mail is three words)
 * lower-cased and without accents, and each phone number in the forms an agent types
 * (`+33622093530` is also `33622093530` and `0622093530`), so that `0622093530`, `06 22 09 35 30` and
 * `+33 6 22 09 35 30` all find it. A search is its words, each of which must begin a word of the
 * ticket, as the embedded Apizee's own search does; a run of digits and phone separators is one word.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { htmlToText } from '../../../contract/htmlText.ts';
import { valueList, type Ticket } from '../../../contract/models.ts';

export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The digit strings a phone number may be typed as. */
export function phoneForms(phone: string): string[] {
  const digits = phone.replace(/\D/g, '');
  if (!digits) return [];
  const forms = new Set([digits]);
  const parsed = parsePhoneNumberFromString(phone.trim().startsWith('+') ? phone : `+${digits}`);
  if (parsed?.isPossible()) {
    forms.add(`${parsed.countryCallingCode}${parsed.nationalNumber}`);
    forms.add(parsed.formatNational().replace(/\D/g, ''));
    forms.add(String(parsed.nationalNumber));
  }
  return [...forms];
}

export function ticketSearchText(ticket: Ticket): string {
  const requestor = ticket.requestor;
  const parts = [
    ticket.subject,
    ticket.reference,
    htmlToText(ticket.description ?? ''),
    requestor?.name,
    requestor?.firstname,
    requestor?.company,
    ...valueList(requestor?.email),
    ...valueList(requestor?.phone).flatMap(phoneForms),
  ];
  return ` ${words(parts.filter((part): part is string => Boolean(part)).join(' ')).join(' ')}`;
}

function words(text: string): string[] {
  return foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

/** A phone-looking run: digits with spaces, dots, dashes, slashes or parentheses between, maybe a `+`. */
const PHONE_RUN = /\+?\d[\d\s.\-/()]{4,}\d/g;

/** The words every matching ticket's search text contains; empty when the search has none. */
export function searchTerms(search: string, maxTerms = 12): string[] {
  const phones: string[] = [];
  const rest = search.replace(PHONE_RUN, (run) => {
    phones.push(run.replace(/\D/g, ''));
    return ' ';
  });
  return [...new Set([...phones, ...words(rest)])].slice(0, maxTerms);
}

/** A LIKE pattern matching a word of the search text that begins with `term` (escape character `\`). */
export function wordPrefixPattern(term: string): string {
  return `% ${term.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/** An FTS5 query for the tickets with a word beginning with each of `terms` (words of searchTerms). */
export function ftsMatch(terms: readonly string[]): string {
  return terms.map((term) => `"${term.replace(/"/g, '""')}"*`).join(' ');
}
