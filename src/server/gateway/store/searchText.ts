/**
 * What the store's search matches: a ticket's words lower-cased and without accents, and each phone
 * number in the forms an agent types (`+33622093530` is also `33622093530` and `0622093530`), so that
 * `0622093530`, `06 22 09 35 30` and `+33 6 22 09 35 30` all find it. A search is its words, each of
 * which must appear (as a substring); a run of digits and phone separators is one word of digits.
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
  return foldText(parts.filter((part): part is string => Boolean(part)).join(' '));
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
  const words = foldText(rest)
    .split(' ')
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((word) => word.length > 0);
  return [...new Set([...phones, ...words])].slice(0, maxTerms);
}

/** A LIKE pattern matching `term` literally anywhere (escape character `\`). */
export function containsPattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}
