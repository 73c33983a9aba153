/** Rules for a ticket's recipient (requestor): phone numbers, e-mail addresses, country codes. */

/** Per ticket, at most this many phone numbers and as many e-mail addresses (each gets an invitation). */
export const MAX_RECIPIENTS = 20;

/** As typed, separators included: E.164 has at most 15 digits. */
const MAX_PHONE_LENGTH = 32;

/** Characters people type inside phone numbers that carry no meaning. */
const PHONE_SEPARATORS = /[\s.\-()/]/g;
const E164 = /^\+[1-9]\d{6,14}$/;

export function normalizePhone(raw: string): string {
  return raw.replace(PHONE_SEPARATORS, '');
}

export type PhoneProblem = 'national' | 'invalid';

/** Null when `raw` is an international number; otherwise why it is not. */
export function phoneProblem(raw: string): PhoneProblem | null {
  if (raw.length > MAX_PHONE_LENGTH) return 'invalid';
  const phone = normalizePhone(raw);
  if (E164.test(phone)) return null;
  if (/^0\d{6,14}$/.test(phone)) return 'national';
  return 'invalid';
}

const EMAIL =
  /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

/** Local parts of shared or role mailboxes that Apizee refuses as a recipient. */
const GENERIC_MAILBOXES = new Set([
  'abuse',
  'accounts',
  'admin',
  'administrator',
  'billing',
  'careers',
  'contact',
  'contact-us',
  'contactus',
  'customerservice',
  'do-not-reply',
  'donotreply',
  'enquiries',
  'hello',
  'help',
  'helpdesk',
  'hostmaster',
  'hr',
  'info',
  'information',
  'jobs',
  'mail',
  'marketing',
  'newsletter',
  'no-reply',
  'noreply',
  'office',
  'postmaster',
  'press',
  'privacy',
  'reception',
  'root',
  'sales',
  'secretariat',
  'security',
  'service',
  'support',
  'team',
  'webmaster',
]);

export type EmailProblem = 'generic' | 'invalid';

export function emailProblem(raw: string): EmailProblem | null {
  const email = raw.trim();
  if (email.length > 254 || !EMAIL.test(email)) return 'invalid';
  const local = email.slice(0, email.lastIndexOf('@')).toLowerCase();
  if (GENERIC_MAILBOXES.has(local)) return 'generic';
  return null;
}

/** Splits a comma-separated list as upstream sends it, dropping blanks. */
export function splitList(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

/** ISO 3166-1 alpha-2 codes; names come from `Intl.DisplayNames` in the user's language. */
export const COUNTRY_CODES = (
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS ' +
  'BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE ' +
  'EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM ' +
  'HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC ' +
  'LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA ' +
  'NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW ' +
  'SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO ' +
  'TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'
).split(' ');
const COUNTRY_SET = new Set(COUNTRY_CODES);

export function isCountryCode(code: string): boolean {
  return COUNTRY_SET.has(code);
}
