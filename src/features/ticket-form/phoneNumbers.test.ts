import { describe, expect, it } from 'vitest';
import { emptyTicketForm } from '../../contract/ticketForm.ts';
import { internationalDisplay, phoneNormalisingSchema, toE164 } from './phoneNumbers.ts';

describe('phone numbers', () => {
  it('reads national numbers for the chosen country and international ones as they are', () => {
    expect(toE164('06 12 34 56 78', 'FR')).toBe('+33612345678');
    expect(toE164('06.12.34.56.78', '')).toBe('+33612345678'); // France by default
    expect(toE164('0470 12 34 56', 'BE')).toBe('+32470123456');
    expect(toE164('+44 7911 123456', 'FR')).toBe('+447911123456');
    expect(internationalDisplay('0612345678', 'FR')).toBe('+33 6 12 34 56 78');
  });

  it('refuses what is not a number of that country', () => {
    expect(toE164('0612', 'FR')).toBeNull();
    expect(toE164('hello', 'FR')).toBeNull();
    expect(toE164('', 'FR')).toBeNull();
    expect(toE164('06 12 34 56 78', 'US')).toBeNull();
  });

  it('validates the form with phones sent as E.164, and refuses an invalid one on its field', () => {
    const schema = phoneNormalisingSchema;
    // No country chosen: numbers are read as dialled in France.
    const parsed = schema.safeParse({ ...emptyTicketForm(), name: 'Martin', phone: ['06 12 34 56 78'] });
    expect(parsed.success && parsed.data.phone).toEqual(['+33612345678']);

    // The requestor's country decides how national numbers are read.
    const belgian = schema.safeParse({
      ...emptyTicketForm(),
      name: 'Martin',
      country: 'BE',
      phone: ['0470 12 34 56'],
    });
    expect(belgian.success && belgian.data.phone).toEqual(['+32470123456']);

    const invalid = schema.safeParse({ ...emptyTicketForm(), name: 'Martin', phone: ['0612'] });
    expect(invalid.success).toBe(false);
    expect(invalid.error?.issues[0]?.path).toEqual(['phone', 0]);
  });
});
