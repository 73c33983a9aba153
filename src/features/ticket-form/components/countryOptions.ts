import { COUNTRY_CODES } from '../../../contract/recipient.ts';

export type CountryOption = { value: string; label: string };

/** Every ISO 3166-1 country, named in `locale` and sorted as that language sorts. */
export function countryOptions(locale: string): CountryOption[] {
  const names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
  const collator = new Intl.Collator(locale);
  return COUNTRY_CODES.map((code) => ({ value: code, label: names.of(code) ?? code })).sort((a, b) =>
    collator.compare(a.label, b.label),
  );
}
