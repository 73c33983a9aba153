/**
 * The create and edit forms of a ticket, derived from the request contract (requests.ts): the same
 * rules and lengths, in the shape a form edits (lists as arrays, numbers as numbers, a local start
 * time), and the functions that turn a form into the wire parameters. Field names are the parameter
 * names, so a server 400's `errors` land on the matching fields as they are.
 *
 * Messages are i18n keys (`form.error.*`, optionally `?name=value` variables, see
 * `parseFormMessage`): the browser translates them, the server never sees them.
 */
import { z } from 'zod';
import { GENDERS, isKnownState, LANGUAGES, TICKET_STATES, TICKET_TYPES, type TicketType } from './enums.ts';
import type { Ticket } from './models.ts';
import { utcTime } from './paramRules.ts';
import { SERVICE_KEY } from './params.ts';
import { emailProblem, isCountryCode, MAX_RECIPIENTS, normalizePhone, phoneProblem } from './recipient.ts';
import type { CreateTicketInput, UpdateTicketInput } from './requests.ts';

export const FORM_ERRORS = {
  phoneOrEmail: 'form.error.phoneOrEmail',
  phoneNational: 'form.error.phoneNational',
  phoneInvalid: 'form.error.phoneInvalid',
  emailGeneric: 'form.error.emailGeneric',
  emailInvalid: 'form.error.emailInvalid',
  tooLong: 'form.error.tooLong',
  tooManyRecipients: 'form.error.tooManyRecipients',
  controlCharacters: 'form.error.controlCharacters',
  choice: 'form.error.choice',
  country: 'form.error.country',
  serviceKey: 'form.error.serviceKey',
  id: 'form.error.id',
  minutes: 'form.error.minutes',
  durationRequired: 'form.error.durationRequired',
  startTime: 'form.error.startTime',
} as const;
export type FormErrorKey = (typeof FORM_ERRORS)[keyof typeof FORM_ERRORS];

function formMessage(key: FormErrorKey, vars: Record<string, string | number> = {}): string {
  const query = new URLSearchParams(
    Object.fromEntries(Object.entries(vars).map(([name, value]) => [name, String(value)])),
  );
  return query.size > 0 ? `${key}?${query}` : key;
}

/** Splits a message into its i18n key and variables; any other text (a server sentence) is kept whole. */
export function parseFormMessage(message: string): { key: string; vars: Record<string, string> } | null {
  if (!message.startsWith('form.error.')) return null;
  const [key = message, query = ''] = message.split('?');
  return { key, vars: Object.fromEntries(new URLSearchParams(query)) };
}

/** Recipient fields that do not apply to multi-participant tickets: hidden in the form, never sent. */
export const RECIPIENT_ONLY_FIELDS = ['name', 'firstname', 'company', 'gender', 'country'] as const;

export function isMultiParticipant(type: TicketType): boolean {
  return type === 'assistance_multi';
}

// --- field rules (the limits of createTicketParamsSchema / updateTicketParamsSchema) -------------

const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

function text(max: number) {
  return z
    .string()
    .max(max, formMessage(FORM_ERRORS.tooLong, { max }))
    .refine((value) => !CONTROL_CHARACTERS.test(value), FORM_ERRORS.controlCharacters);
}

/** An optional choice: empty, or one of `values`. */
function optionalChoice<const T extends readonly [string, ...string[]]>(values: T) {
  return z.union([z.literal(''), z.enum(values)], { error: FORM_ERRORS.choice });
}

/** An id picked in a list or typed: empty, or a positive whole number written in digits. */
const optionalId = z.string().regex(/^(?:|[1-9]\d{0,11})$/, FORM_ERRORS.id);

function minutes(min: number, max: number) {
  return z
    .union([z.number(), z.literal('')], { error: formMessage(FORM_ERRORS.minutes, { min, max }) })
    .refine(
      (value) => value === '' || (Number.isInteger(value) && value >= min && value <= max),
      formMessage(FORM_ERRORS.minutes, { min, max }),
    );
}

const filled = (list: string[]) => list.map((item) => item.trim()).filter(Boolean);

/** Entries of a recipient list, blanks aside (the form keeps an empty input), checked by `problemOf`. */
function recipientList(problemOf: (item: string) => FormErrorKey | null) {
  return z.array(z.string()).superRefine((items, ctx) => {
    if (filled(items).length > MAX_RECIPIENTS) {
      ctx.addIssue({
        code: 'custom',
        message: formMessage(FORM_ERRORS.tooManyRecipients, { max: MAX_RECIPIENTS }),
      });
    }
    items.forEach((item, index) => {
      const problem = item.trim() ? problemOf(item) : null;
      if (problem) ctx.addIssue({ code: 'custom', path: [index], message: problem });
    });
  });
}

const phoneList = recipientList((phone) => {
  const problem = phoneProblem(phone);
  if (!problem) return null;
  return problem === 'national' ? FORM_ERRORS.phoneNational : FORM_ERRORS.phoneInvalid;
});

const emailList = recipientList((email) => {
  const problem = emailProblem(email);
  if (!problem) return null;
  return problem === 'generic' ? FORM_ERRORS.emailGeneric : FORM_ERRORS.emailInvalid;
});

/** `YYYY-MM-DD HH:mm[:ss]` in the agent's local time, as the date-time picker gives it. */
const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/;

function localDateParts(local: string): number[] | null {
  const match = LOCAL_DATE_TIME.exec(local.trim());
  if (!match) return null;
  const [year, month, day, hour, minute, second = 0] = match.slice(1).map((part) => Number(part ?? 0));
  const parts = [year!, month!, day!, hour!, minute!, second];
  const probe = new Date(utcTime(parts[0]!, parts[1]! - 1, parts[2]!, parts[3]!, parts[4]!, parts[5]!));
  const roundTrips =
    probe.getUTCFullYear() === parts[0] &&
    probe.getUTCMonth() === parts[1]! - 1 &&
    probe.getUTCDate() === parts[2] &&
    probe.getUTCHours() === parts[3] &&
    probe.getUTCMinutes() === parts[4];
  return roundTrips ? parts : null;
}

/**
 * A local date-time (in the time zone of this runtime) as the UTC ISO 8601 text the API takes,
 * e.g. `2026-11-25 15:00:00` in Paris → `2026-11-25T14:00:00Z`. Null when the text is not a date.
 */
export function localDateTimeToUtcIso(local: string): string | null {
  const parts = localDateParts(local);
  if (!parts) return null;
  const [year, month, day, hour, minute, second] = parts as [number, number, number, number, number, number];
  // Set field by field: the Date constructor reads years 0–99 as 1900–1999.
  const instant = new Date(0);
  instant.setFullYear(year, month - 1, day);
  instant.setHours(hour, minute, second, 0);
  return instant.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

// --- create --------------------------------------------------------------------------------------

export const ticketFormSchema = z
  .object({
    type: z.enum(TICKET_TYPES, { error: FORM_ERRORS.choice }),
    name: text(100),
    firstname: text(100),
    company: text(100),
    gender: optionalChoice(GENDERS),
    country: z.string().refine((code) => code === '' || isCountryCode(code), FORM_ERRORS.country),
    phone: phoneList,
    email: emailList,
    subject: text(255),
    reference: text(100),
    description: text(20_000),
    language: z.enum(LANGUAGES, { error: FORM_ERRORS.choice }),
    service: z.string().refine((key) => key === '' || SERVICE_KEY.test(key), FORM_ERRORS.serviceKey),
    group: optionalId,
    agent: optionalId,
    start_time: z
      .string()
      .refine((local) => local === '' || localDateParts(local) !== null, FORM_ERRORS.startTime),
    // superRefine, not refine: a refine's type guard would narrow the form's type to number.
    duration: minutes(1, 1440).superRefine((value, ctx) => {
      if (value === '') ctx.addIssue({ code: 'custom', message: FORM_ERRORS.durationRequired });
    }),
    reminder: minutes(0, 10_080),
    invite: z.boolean(),
    agent_template: optionalId,
    requestor_template: optionalId,
    invite_organizer: z.boolean(),
  })
  .superRefine((form, ctx) => {
    const given = (list: string[]) => list.some((item) => item.trim() !== '');
    if (!given(form.phone) && !given(form.email)) {
      ctx.addIssue({ code: 'custom', path: ['phone'], message: FORM_ERRORS.phoneOrEmail });
      ctx.addIssue({ code: 'custom', path: ['email'], message: FORM_ERRORS.phoneOrEmail });
    }
  });
export type TicketFormValues = z.infer<typeof ticketFormSchema>;
export type TicketFormField = keyof TicketFormValues;

export function emptyTicketForm(overrides: Partial<TicketFormValues> = {}): TicketFormValues {
  return {
    type: 'assistance',
    name: '',
    firstname: '',
    company: '',
    gender: '',
    country: '',
    phone: [''],
    email: [''],
    subject: '',
    reference: '',
    description: '',
    language: 'en',
    service: '',
    group: '',
    agent: '',
    start_time: '',
    duration: 30,
    reminder: '',
    invite: false,
    agent_template: '',
    requestor_template: '',
    invite_organizer: true,
    ...overrides,
  };
}

/** The wire parameters of `POST /tickets` for a valid form: blanks and non-applicable fields left out. */
export function toCreateTicketInput(form: TicketFormValues): CreateTicketInput {
  const params: CreateTicketInput = { type: form.type, language: form.language };
  const setText = (key: 'name' | 'firstname' | 'company' | 'subject' | 'reference', value: string) => {
    if (value.trim()) params[key] = value.trim();
  };
  if (!isMultiParticipant(form.type)) {
    setText('name', form.name);
    setText('firstname', form.firstname);
    setText('company', form.company);
    if (form.gender) params.gender = form.gender;
    if (form.country) params.country = form.country;
  }
  const phones = filled(form.phone).map(normalizePhone);
  const emails = filled(form.email);
  if (phones.length) params.phone = phones.join(',');
  if (emails.length) params.email = emails.join(',');
  setText('subject', form.subject);
  setText('reference', form.reference);
  if (form.description.trim()) params.description = form.description;
  if (form.service) params.service = form.service;
  if (form.group) params.group = Number(form.group);
  if (form.agent) params.agent = form.agent;
  const startTime = form.start_time ? localDateTimeToUtcIso(form.start_time) : null;
  if (startTime) params.start_time = startTime;
  if (form.duration !== '') params.duration = form.duration;
  if (form.reminder !== '') params.reminder = form.reminder;
  if (form.invite) params.invite = true;
  if (form.agent_template) params.agent_template = Number(form.agent_template);
  if (form.requestor_template) params.requestor_template = Number(form.requestor_template);
  if (isMultiParticipant(form.type)) params.invite_organizer = form.invite_organizer;
  return params;
}

// --- edit ----------------------------------------------------------------------------------------

export const ticketEditFormSchema = z.object({
  agent: optionalId,
  // The saved state may be one upstream added (shown as it is); only a known one is ever sent.
  state: z.union([z.enum(TICKET_STATES), z.string().min(1, { error: FORM_ERRORS.choice })], {
    error: FORM_ERRORS.choice,
  }),
  reference: text(100),
  subject: text(255),
  description: text(20_000),
  group: optionalId,
});
export type TicketEditFormValues = z.infer<typeof ticketEditFormSchema>;
export type TicketEditFormField = keyof TicketEditFormValues;

export function ticketToEditForm(ticket: Ticket): TicketEditFormValues {
  return {
    agent: ticket.agent ? String(ticket.agent.id) : '',
    state: ticket.state,
    reference: ticket.reference,
    subject: ticket.subject,
    description: ticket.description,
    group: ticket.group ? String(ticket.group.id) : '',
  };
}

/** The wire parameters of `PUT /tickets/{id}` holding only what differs from `initial`; null if nothing. */
export function toUpdateTicketInput(
  form: TicketEditFormValues,
  initial: TicketEditFormValues,
): UpdateTicketInput | null {
  const changes: UpdateTicketInput = {};
  if (form.agent !== initial.agent) changes.agent = form.agent;
  if (form.state !== initial.state && isKnownState(form.state)) changes.state = form.state;
  if (form.reference !== initial.reference) changes.reference = form.reference;
  if (form.subject !== initial.subject) changes.subject = form.subject;
  if (form.description !== initial.description) changes.description = form.description;
  if (form.group !== initial.group) changes.group = form.group === '' ? '' : Number(form.group);
  return Object.keys(changes).length > 0 ? changes : null;
}
