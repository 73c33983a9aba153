import { normalizePhone, phoneProblem } from '../../../contract/recipient.ts';

/** Country calling codes of the countries whose national numbers start with a trunk 0. */
const CALLING_CODES: Record<string, string> = Object.fromEntries(
  (
    'FR33 BE32 CH41 LU352 MC377 DE49 AT43 NL31 GB44 IE353 ES34 PT351 IT39 SM378 VA39 DK45 SE46 NO47 ' +
    'FI358 IS354 PL48 CZ420 SK421 HU36 RO40 BG359 GR30 CY357 MT356 SI386 HR385 RS381 BA387 ME382 ' +
    'MK389 AL355 EE372 LV371 LT370 UA380 TR90 IL972 MA212 DZ213 TN216 EG20 ZA27 NG234 SN221 CI225 ' +
    'CM237 KE254 MX52 BR55 AR54 CL56 CO57 PE51 AU61 NZ64 JP81 KR82 CN86 IN91 TH66 VN84 PH63 MY60 ' +
    'ID62 AE971 SA966 RE262 YT262 GP590 MQ596 GF594 NC687 PF689 PM508'
  )
    .split(' ')
    .map((entry) => [entry.slice(0, 2), entry.slice(2)]),
);

/** Where the leading 0 is part of the number and is kept after the country code. */
const KEEPS_TRUNK_ZERO = new Set(['IT', 'SM', 'VA']);

/**
 * The international form of a national number typed for `country` (e.g. 06 12 34 56 78 in FR →
 * +33612345678), or null when the number is not national or the country's code is unknown.
 */
export function suggestInternational(raw: string, country: string): string | null {
  if (phoneProblem(raw) !== 'national') return null;
  const code = CALLING_CODES[country];
  if (!code) return null;
  const digits = normalizePhone(raw);
  return `+${code}${KEEPS_TRUNK_ZERO.has(country) ? digits : digits.slice(1)}`;
}

/** The region of a BCP 47 language tag (`fr-FR` → `FR`), or '' when it has none. */
export function regionOf(languageTag: string): string {
  try {
    return new Intl.Locale(languageTag).region ?? '';
  } catch {
    return '';
  }
}
