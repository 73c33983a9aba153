import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { createTicketParamsSchema, updateTicketParamsSchema } from './requests.ts';
import {
  FORM_ERRORS,
  emptyTicketForm,
  localDateTimeToUtcIso,
  parseFormMessage,
  ticketEditFormSchema,
  ticketFormSchema,
  toCreateTicketInput,
  toUpdateTicketInput,
  type TicketEditFormValues,
  type TicketFormValues,
} from './ticketForm.ts';

const SERVICE = 'a'.repeat(16) + '0123456789abcdef';

function form(overrides: Partial<TicketFormValues> = {}): TicketFormValues {
  return emptyTicketForm({ phone: ['+33612345678'], ...overrides });
}

function messagesAt(values: unknown, schema: z.ZodType = ticketFormSchema): Record<string, string[]> {
  const result = schema.safeParse(values);
  const errors: Record<string, string[]> = {};
  if (result.success) return errors;
  for (const issue of result.error.issues) (errors[issue.path.join('.')] ??= []).push(issue.message);
  return errors;
}

describe('ticketFormSchema: one field at a time', () => {
  const cases: { field: keyof TicketFormValues; valid: unknown[]; invalid: [unknown, string][] }[] = [
    { field: 'type', valid: ['assistance', 'assistance_multi'], invalid: [['webinar', FORM_ERRORS.choice]] },
    {
      field: 'name',
      valid: ['', 'Dupont', 'x'.repeat(100)],
      invalid: [
        ['x'.repeat(101), 'form.error.tooLong?max=100'],
        ['Du\u0007pont', FORM_ERRORS.controlCharacters],
      ],
    },
    { field: 'firstname', valid: ['', 'Zoé'], invalid: [['y'.repeat(101), 'form.error.tooLong?max=100']] },
    { field: 'company', valid: ['', 'ACME'], invalid: [['z'.repeat(101), 'form.error.tooLong?max=100']] },
    { field: 'gender', valid: ['', 'male', 'female', 'other'], invalid: [['robot', FORM_ERRORS.choice]] },
    {
      field: 'country',
      valid: ['', 'FR', 'DE', 'US'],
      invalid: [
        ['XX', FORM_ERRORS.country],
        ['fra', FORM_ERRORS.country],
      ],
    },
    {
      field: 'subject',
      valid: ['', 's'.repeat(255)],
      invalid: [['s'.repeat(256), 'form.error.tooLong?max=255']],
    },
    {
      field: 'reference',
      valid: ['', 'CASE-42'],
      invalid: [['r'.repeat(101), 'form.error.tooLong?max=100']],
    },
    {
      field: 'description',
      valid: ['', '<p><strong>Boiler</strong> leaks</p>', 'd'.repeat(20_000)],
      invalid: [['d'.repeat(20_001), 'form.error.tooLong?max=20000']],
    },
    {
      field: 'language',
      valid: ['en', 'fr', 'de', 'es', 'it', 'nl', 'pt'],
      invalid: [['xx', FORM_ERRORS.choice]],
    },
    {
      field: 'service',
      valid: ['', SERVICE],
      invalid: [
        ['short', FORM_ERRORS.serviceKey],
        [SERVICE.toUpperCase(), FORM_ERRORS.serviceKey],
      ],
    },
    {
      field: 'group',
      valid: ['', '1', '42'],
      invalid: [
        ['0', FORM_ERRORS.id],
        ['abc', FORM_ERRORS.id],
        ['-3', FORM_ERRORS.id],
      ],
    },
    { field: 'agent', valid: ['', '7'], invalid: [['agent1', FORM_ERRORS.id]] },
    {
      field: 'start_time',
      valid: ['', '2026-11-25 15:00:00', '2026-11-25 15:00', '2028-02-29 08:30:00'],
      invalid: [
        ['2026-02-30 10:00:00', FORM_ERRORS.startTime],
        ['tomorrow', FORM_ERRORS.startTime],
        ['2026-11-25 25:00:00', FORM_ERRORS.startTime],
      ],
    },
    {
      field: 'duration',
      valid: [1, 30, 1440],
      invalid: [
        ['', FORM_ERRORS.durationRequired],
        [0, 'form.error.minutes?min=1&max=1440'],
        [1441, 'form.error.minutes?min=1&max=1440'],
        [2.5, 'form.error.minutes?min=1&max=1440'],
      ],
    },
    {
      field: 'reminder',
      valid: ['', 0, 15, 10_080],
      invalid: [
        [-1, 'form.error.minutes?min=0&max=10080'],
        [10_081, 'form.error.minutes?min=0&max=10080'],
      ],
    },
    {
      field: 'invite',
      valid: [true, false],
      invalid: [['yes', 'Invalid input: expected boolean, received string']],
    },
    { field: 'agent_template', valid: ['', '3'], invalid: [['x', FORM_ERRORS.id]] },
    { field: 'requestor_template', valid: ['', '4'], invalid: [['0', FORM_ERRORS.id]] },
    { field: 'invite_organizer', valid: [true, false], invalid: [] },
  ];

  for (const { field, valid, invalid } of cases) {
    it(`${field}: accepts ${valid.length} valid values and refuses ${invalid.length} invalid ones`, () => {
      for (const value of valid) expect(messagesAt(form({ [field]: value }))).toEqual({});
      for (const [value, message] of invalid)
        expect(messagesAt(form({ [field]: value }))[field]).toEqual([message]);
    });
  }
});

describe('recipient phones and e-mails', () => {
  it('accepts international numbers and reports national and invalid ones per entry', () => {
    expect(messagesAt(form({ phone: ['+33 6 12 34 56 78', '+1 (415) 555-0100'] }))).toEqual({});
    expect(messagesAt(form({ phone: ['+33612345678', '0612345678', '12ab'] }))).toEqual({
      'phone.1': [FORM_ERRORS.phoneNational],
      'phone.2': [FORM_ERRORS.phoneInvalid],
    });
  });

  it('refuses generic mailboxes and malformed addresses per entry', () => {
    expect(messagesAt(form({ phone: [], email: ['jane.doe@example.com'] }))).toEqual({});
    expect(messagesAt(form({ email: ['support@example.com', 'not-an-address', 'ok@example.org'] }))).toEqual({
      'email.0': [FORM_ERRORS.emailGeneric],
      'email.1': [FORM_ERRORS.emailInvalid],
    });
  });

  it('needs a phone or an e-mail, and says so on both fields', () => {
    expect(messagesAt(form({ phone: [], email: [] }))).toEqual({
      phone: [FORM_ERRORS.phoneOrEmail],
      email: [FORM_ERRORS.phoneOrEmail],
    });
    expect(messagesAt(form({ phone: ['  '], email: [''] }))).toEqual({
      phone: [FORM_ERRORS.phoneOrEmail],
      email: [FORM_ERRORS.phoneOrEmail],
    });
    expect(messagesAt(form({ phone: [], email: ['a.b@example.com'] }))).toEqual({});
    expect(messagesAt(form({ phone: ['+4915112345678'], email: [] }))).toEqual({});
  });

  it('takes at most 20 of each, as the API, blanks not counted', () => {
    const phones = Array.from({ length: 21 }, (_, i) => `+3361234${String(i).padStart(4, '0')}`);
    const emails = Array.from({ length: 21 }, (_, i) => `person.${i}@example.org`);
    expect(messagesAt(form({ phone: [...phones.slice(0, 20), ' '] }))).toEqual({});
    expect(messagesAt(form({ phone: phones, email: emails }))).toEqual({
      phone: ['form.error.tooManyRecipients?max=20'],
      email: ['form.error.tooManyRecipients?max=20'],
    });
    expect(createTicketParamsSchema.safeParse({ phone: phones.slice(0, 20).join(',') }).success).toBe(true);
    expect(createTicketParamsSchema.safeParse({ phone: phones.join(',') }).success).toBe(false);
  });

  it('refuses a phone number padded past 32 characters, as the API', () => {
    const padded = `+33 ${' '.repeat(40)}612345678`;
    expect(messagesAt(form({ phone: [padded] }))).toEqual({ 'phone.0': [FORM_ERRORS.phoneInvalid] });
    expect(createTicketParamsSchema.safeParse({ phone: padded }).success).toBe(false);
  });
});

describe('start time: local to UTC', () => {
  // Node re-reads TZ when it is assigned, so the conversions run in a known zone.
  const env = (globalThis as unknown as { process: { env: Record<string, string | undefined> } }).process.env;
  const originalTz = env.TZ;
  beforeAll(() => {
    env.TZ = 'Europe/Paris';
  });
  afterAll(() => {
    if (originalTz === undefined) delete env.TZ;
    else env.TZ = originalTz;
  });

  it('runs in Paris time (the conversions below depend on it)', () => {
    expect(new Date(2026, 0, 15, 12).getTimezoneOffset()).toBe(-60);
  });

  it('converts winter (+01:00) and summer (+02:00) times', () => {
    expect(localDateTimeToUtcIso('2026-11-25 15:00:00')).toBe('2026-11-25T14:00:00Z');
    expect(localDateTimeToUtcIso('2026-07-01 09:30')).toBe('2026-07-01T07:30:00Z');
    expect(localDateTimeToUtcIso('2026-01-01 00:30:00')).toBe('2025-12-31T23:30:00Z');
  });

  it('sends the converted time and leaves it out when not picked', () => {
    expect(toCreateTicketInput(form({ start_time: '2026-11-25 15:00:00' })).start_time).toBe(
      '2026-11-25T14:00:00Z',
    );
    expect(toCreateTicketInput(form()).start_time).toBeUndefined();
  });

  it('keeps the years 0001 to 0099 as picked (the Date constructor would add 1900)', () => {
    // Paris ran on its local mean time then (+00:09:21), hence the odd minutes.
    expect(localDateTimeToUtcIso('0050-06-01 12:00')).toMatch(/^0050-06-01T11:\d\d:\d\dZ$/);
    expect(localDateTimeToUtcIso('0001-01-01 12:00')).toMatch(/^0001-01-01T11:\d\d:\d\dZ$/);
  });

  it('refuses what is not a date', () => {
    expect(localDateTimeToUtcIso('2026-13-01 10:00')).toBeNull();
    expect(localDateTimeToUtcIso('')).toBeNull();
  });
});

describe('toCreateTicketInput', () => {
  it('maps every field to its parameter, trimming and dropping blanks', () => {
    const params = toCreateTicketInput(
      form({
        name: ' Dupont ',
        firstname: 'Zoé',
        company: '',
        gender: 'female',
        country: 'FR',
        phone: ['+33 6 12 34 56 78', ' ', '+33787654321'],
        email: ['zoe@example.com'],
        subject: 'Boiler',
        reference: 'CASE-1',
        description: '<p>x</p>',
        language: 'fr',
        service: SERVICE,
        group: '2',
        agent: '5',
        duration: 45,
        reminder: 10,
        invite: true,
        agent_template: '3',
        requestor_template: '4',
      }),
    );
    expect(params).toEqual({
      type: 'assistance',
      name: 'Dupont',
      firstname: 'Zoé',
      gender: 'female',
      country: 'FR',
      phone: '+33612345678,+33787654321',
      email: 'zoe@example.com',
      subject: 'Boiler',
      reference: 'CASE-1',
      description: '<p>x</p>',
      language: 'fr',
      service: SERVICE,
      group: 2,
      agent: '5',
      duration: 45,
      reminder: 10,
      invite: true,
      agent_template: 3,
      requestor_template: 4,
    });
  });

  it('does not send recipient-only fields, and sends invite_organizer, for a multi-participant ticket', () => {
    const params = toCreateTicketInput(
      form({
        type: 'assistance_multi',
        name: 'Dupont',
        firstname: 'Zoé',
        company: 'ACME',
        gender: 'male',
        country: 'FR',
        invite_organizer: false,
      }),
    );
    for (const field of ['name', 'firstname', 'company', 'gender', 'country'])
      expect(params).not.toHaveProperty(field);
    expect(params.invite_organizer).toBe(false);
    expect(toCreateTicketInput(form())).not.toHaveProperty('invite_organizer');
  });

  it('maps every valid form to parameters the server schema accepts', () => {
    // A seeded walk through combinations of valid values of every field.
    const pools: { [K in keyof TicketFormValues]: TicketFormValues[K][] } = {
      type: ['assistance', 'assistance_multi'],
      name: ['', ' Dupont ', 'n'.repeat(100)],
      firstname: ['', 'Zoé'],
      company: ['', 'ACME'],
      gender: ['', 'male', 'female', 'other'],
      country: ['', 'FR', 'JP'],
      phone: [[], [''], ['+33612345678'], ['+1 415 555 0100', '+44 20 7946 0958']],
      email: [[], [' jane@example.com '], ['a@b.co', 'Zoe.Martin@Example.FR']],
      subject: ['', 's'.repeat(255)],
      reference: ['', 'REF-9'],
      description: ['', '<p><em>hi</em></p>', 'd'.repeat(20_000)],
      language: ['en', 'fr', 'pt'],
      service: ['', SERVICE],
      group: ['', '1', '999999999999'],
      agent: ['', '12'],
      start_time: ['', '2026-03-29 02:30:00', '2030-12-31 23:59'],
      duration: [1, 30, 1440],
      reminder: ['', 0, 10_080],
      invite: [true, false],
      agent_template: ['', '1'],
      requestor_template: ['', '2'],
      invite_organizer: [true, false],
    };
    let seed = 7;
    const next = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed;
    };
    let checked = 0;
    for (let round = 0; round < 400; round += 1) {
      const values = Object.fromEntries(
        Object.entries(pools).map(([field, pool]) => [field, pool[next() % pool.length]]),
      ) as TicketFormValues;
      if (!ticketFormSchema.safeParse(values).success) continue;
      const server = createTicketParamsSchema.safeParse(toCreateTicketInput(values));
      expect(server.success, JSON.stringify(server.error?.issues)).toBe(true);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(200);
  });

  it('refuses, like the server, what the server refuses', () => {
    for (const bad of [
      { phone: ['0612345678'] },
      { email: ['info@example.com'] },
      { phone: [], email: [] },
    ]) {
      expect(ticketFormSchema.safeParse(form(bad)).success).toBe(false);
      const raw = { phone: bad.phone?.join(','), email: 'email' in bad ? bad.email?.join(',') : undefined };
      expect(createTicketParamsSchema.safeParse(raw).success).toBe(false);
    }
  });
});

describe('edit form', () => {
  const initial: TicketEditFormValues = {
    agent: '5',
    state: 'open',
    reference: 'R',
    subject: 'S',
    description: '',
    group: '2',
  };

  it('validates the updatable fields', () => {
    expect(messagesAt(initial, ticketEditFormSchema)).toEqual({});
    expect(
      messagesAt({ ...initial, state: '', subject: 's'.repeat(256), group: 'x' }, ticketEditFormSchema),
    ).toEqual({
      state: [FORM_ERRORS.choice],
      subject: ['form.error.tooLong?max=255'],
      group: [FORM_ERRORS.id],
    });
  });

  it('sends only what changed, unassigning with an empty value', () => {
    expect(toUpdateTicketInput(initial, initial)).toBeNull();
    const changes = toUpdateTicketInput({ ...initial, subject: 'New', agent: '', group: '' }, initial);
    expect(changes).toEqual({ subject: 'New', agent: '', group: '' });
    expect(updateTicketParamsSchema.safeParse(changes).success).toBe(true);
    expect(toUpdateTicketInput({ ...initial, group: '3', state: 'done' }, initial)).toEqual({
      group: 3,
      state: 'done',
    });
  });

  it('keeps a state upstream added (shown as it is) but never sends one', () => {
    const unknown = { ...initial, state: 'updated' };
    expect(messagesAt(unknown, ticketEditFormSchema)).toEqual({});
    expect(toUpdateTicketInput({ ...unknown, subject: 'New' }, unknown)).toEqual({ subject: 'New' });
    expect(toUpdateTicketInput({ ...unknown, state: 'open' }, unknown)).toEqual({ state: 'open' });
    expect(toUpdateTicketInput({ ...initial, state: 'updated' }, initial)).toBeNull();
  });
});

describe('parseFormMessage', () => {
  it('splits a key from its variables and leaves server sentences alone', () => {
    expect(parseFormMessage('form.error.tooLong?max=100')).toEqual({
      key: 'form.error.tooLong',
      vars: { max: '100' },
    });
    expect(parseFormMessage(FORM_ERRORS.phoneOrEmail)).toEqual({ key: FORM_ERRORS.phoneOrEmail, vars: {} });
    expect(parseFormMessage('must be a service key')).toBeNull();
  });
});
