/**
 * Phone numbers as people type them: national format for a chosen country (06 12 34 56 78 in France)
 * or international (+33 6 12 34 56 78), sent to Apizee as E.164 (+33612345678). libphonenumber-js is
 * imported only here, on the form route, so the list's first load does not carry its metadata.
 */
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';
import { z } from 'zod';
import { ticketFormSchema, type TicketFormValues } from '../../contract/ticketForm.ts';

export const DEFAULT_PHONE_COUNTRY = 'FR';

/** The E.164 form of a valid number typed for `country` (or with its own +code), or null. */
export function toE164(raw: string, country: string): string | null {
  const text = raw.trim();
  if (!text) return null;
  const number = parsePhoneNumberFromString(text, (country || DEFAULT_PHONE_COUNTRY) as CountryCode);
  return number?.isValid() ? number.number : null;
}

/** The number as it will be sent, written for people (+33 6 12 34 56 78), or null when not valid. */
export function internationalDisplay(raw: string, country: string): string | null {
  const e164 = toE164(raw, country);
  return e164 ? (parsePhoneNumberFromString(e164)?.formatInternational() ?? e164) : null;
}

/** The country national numbers are read for: the requestor's, else the default. */
export function phoneCountryOf(form: Pick<TicketFormValues, 'country'>): string {
  return form.country || DEFAULT_PHONE_COUNTRY;
}

/**
 * The create form's schema with the phones normalised first: a valid national number (for the form's
 * country, see phoneCountryOf) or international one becomes E.164, so the contract's rules
 * (international numbers only) then hold and the request sends E.164; anything else reaches those
 * rules as typed and is refused on its field.
 */
export const phoneNormalisingSchema = z.preprocess((values) => {
  const form = values as TicketFormValues;
  if (!form || !Array.isArray(form.phone)) return values;
  const country = phoneCountryOf(form);
  return { ...form, phone: form.phone.map((phone) => toE164(phone, country) ?? phone) };
}, ticketFormSchema) as unknown as typeof ticketFormSchema;
