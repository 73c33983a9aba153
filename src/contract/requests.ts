/**
 * Parameters of every call, as the embedded server validates them and the browser builds them.
 * Renaming a parameter means changing it here and nowhere else.
 */
import { z } from 'zod';
import {
  EXPORT_FORMATS,
  GENDERS,
  INVITATION_CHANNELS,
  LANGUAGES,
  MEDIA_ORDER_BY,
  MEDIA_SOURCES,
  MEDIA_STATUSES,
  MEDIA_TYPES,
  SORT_ORDERS,
  TICKET_ORDER_BY,
  TICKET_STATES,
  TICKET_TYPES,
} from './enums.ts';
import {
  booleanParam,
  dateParam,
  enumListParam,
  enumParam,
  idParam,
  integerParam,
  limitParam,
  offsetParam,
  serviceKeyParam,
  textParam,
} from './params.ts';
import { ALL_SERVICES, TICKET_USER_SCOPES, ticketUserValue } from './paramRules.ts';
import {
  emailProblem,
  isCountryCode,
  MAX_RECIPIENTS,
  normalizePhone,
  phoneProblem,
  splitList,
} from './recipient.ts';

export { ALL_SERVICES, TICKET_USER_SCOPES, type TicketUserScope } from './paramRules.ts';

/** Query-string and form values arrive as strings; an empty one means "not given" for these calls. */
export function withoutEmptyValues(params: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(params).filter(([, value]) => value !== '' && value != null));
}

const listParams = { offset: offsetParam.optional(), limit: limitParam.optional() };

// --- auth -------------------------------------------------------------------------------------

export const JWT_BEARER_GRANT = 'urn:ietf:params:oauth:grant-type:jwt-bearer';
export const tokenParamsSchema = z.object({
  grant_type: enumParam(['password', JWT_BEARER_GRANT]).optional(),
  username: textParam(254).optional(),
  password: textParam(1024).optional(),
  assertion: textParam(8192).optional(),
});

// --- directory --------------------------------------------------------------------------------

export const directoryUsersParamsSchema = z.object({
  group: idParam.optional(),
  search: textParam(200).optional(),
  ...listParams,
});
export const contactsParamsSchema = z.object({ search: textParam(200).optional(), ...listParams });

// --- tickets ----------------------------------------------------------------------------------

/** A value echoed in a message, cut short so that a refusal never repeats a huge input. */
function quoted(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}

/** A list as a JSON array or one comma-separated string, of at most MAX_RECIPIENTS items. */
function recipientListParam(noun: string, problemOf: (item: string) => string | null) {
  return z.union([z.string(), z.array(z.string())]).transform((value, ctx) => {
    const items = Array.isArray(value) ? value.map((p) => p.trim()).filter(Boolean) : splitList(value);
    if (items.length > MAX_RECIPIENTS) {
      ctx.addIssue({ code: 'custom', message: `must list at most ${MAX_RECIPIENTS} ${noun}` });
      return z.NEVER;
    }
    for (const item of items) {
      const problem = problemOf(item);
      if (problem) ctx.addIssue({ code: 'custom', message: `${quoted(item)} ${problem}` });
    }
    return items;
  });
}

const phoneListParam = recipientListParam('phone numbers', (phone) => {
  const problem = phoneProblem(phone);
  if (problem === 'national') {
    return 'is a national number: use the international format, e.g. +33612345678';
  }
  return problem && 'is not a valid international phone number';
}).transform((phones) => phones.map(normalizePhone));

const emailListParam = recipientListParam('e-mail addresses', (email) => {
  const problem = emailProblem(email);
  if (problem === 'generic') return 'is a generic or shared mailbox, which cannot receive an invitation';
  return problem && 'is not a valid e-mail address';
}).transform((emails) => emails.map((e) => e.toLowerCase()));

const countryParam = z.string().transform((value, ctx) => {
  const code = value.trim().toUpperCase();
  if (!isCountryCode(code)) {
    ctx.addIssue({ code: 'custom', message: 'must be an ISO 3166-1 alpha-2 country code, e.g. FR' });
    return z.NEVER;
  }
  return code;
});

/** A user given by id or username. */
const userRefParam = textParam(100);
export const PHONE_OR_EMAIL_REQUIRED = 'a phone number or an e-mail address is required';

export const createTicketParamsSchema = z
  .object({
    name: textParam(100).optional(),
    firstname: textParam(100).optional(),
    company: textParam(100).optional(),
    gender: enumParam(GENDERS).optional(),
    country: countryParam.optional(),
    phone: phoneListParam.optional(),
    email: emailListParam.optional(),
    language: enumParam(LANGUAGES).optional(),
    type: enumParam(TICKET_TYPES).optional(),
    subject: textParam(255).optional(),
    reference: textParam(100).optional(),
    description: textParam(20_000).optional(),
    group: idParam.optional(),
    agent: userRefParam.optional(),
    invite: booleanParam.optional(),
    agent_template: idParam.optional(),
    requestor_template: idParam.optional(),
    invite_organizer: booleanParam.optional(),
    start_time: dateParam.optional(),
    duration: integerParam(1, 1440).optional(),
    reminder: integerParam(0, 10_080).optional(),
    service: serviceKeyParam.optional(),
    scope: textParam(200).optional(),
  })
  .superRefine((params, ctx) => {
    if (!params.phone?.length && !params.email?.length) {
      ctx.addIssue({ code: 'custom', path: ['phone'], message: PHONE_OR_EMAIL_REQUIRED });
      ctx.addIssue({ code: 'custom', path: ['email'], message: PHONE_OR_EMAIL_REQUIRED });
    }
  });
export type CreateTicketParams = z.infer<typeof createTicketParamsSchema>;
/** What a client sends: the wire (string) form of each parameter. */
export type CreateTicketInput = z.input<typeof createTicketParamsSchema>;

const ticketUserParam = z.union([z.string(), z.number()]).transform((value, ctx) => {
  const user = ticketUserValue(String(value));
  if (user !== null) return user;
  ctx.addIssue({ code: 'custom', message: `must be a user id or one of ${TICKET_USER_SCOPES.join(', ')}` });
  return z.NEVER;
});

const serviceFilterParam = z.union([z.literal(ALL_SERVICES), serviceKeyParam]);

export const listTicketsParamsSchema = z.object({
  since: dateParam.optional(),
  until: dateParam.optional(),
  started_after: dateParam.optional(),
  started_before: dateParam.optional(),
  ended_before: dateParam.optional(),
  search: textParam(200).optional(),
  orderby: enumParam(TICKET_ORDER_BY).optional(),
  order: enumParam(SORT_ORDERS).optional(),
  ...listParams,
  user: ticketUserParam.optional(),
  group: idParam.optional(),
  reference: textParam(100).optional(),
  type: enumParam(TICKET_TYPES).optional(),
  requestor: idParam.optional(),
  service: serviceFilterParam.optional(),
  scope: textParam(200).optional(),
  state: enumListParam(TICKET_STATES).optional(),
});
export type ListTicketsParams = z.infer<typeof listTicketsParamsSchema>;
export type ListTicketsInput = z.input<typeof listTicketsParamsSchema>;

/** Update: only what is sent changes. `agent` or `group` empty = unassign. */
export const updateTicketParamsSchema = z
  .object({
    agent: textParam(100).optional(),
    state: enumParam(TICKET_STATES).optional(),
    reference: textParam(100).optional(),
    description: textParam(20_000).optional(),
    subject: textParam(255).optional(),
    group: z.union([z.literal(''), idParam]).optional(),
  })
  .refine((params) => Object.values(params).some((value) => value !== undefined), {
    message: 'give at least one of agent, state, reference, description, subject, group',
    path: ['_'],
  });
export type UpdateTicketParams = z.infer<typeof updateTicketParamsSchema>;
export type UpdateTicketInput = z.input<typeof updateTicketParamsSchema>;

/** Send or resend the invitation: `channel` defaults to every contact the ticket has. */
export const invitationParamsSchema = z.object({ channel: enumParam(INVITATION_CHANNELS).optional() });
export type InvitationParams = z.infer<typeof invitationParamsSchema>;

// --- medias -----------------------------------------------------------------------------------

const mediaFilterShape = {
  status: enumListParam(MEDIA_STATUSES).optional(),
  since: dateParam.optional(),
  until: dateParam.optional(),
  search: textParam(200).optional(),
  orderby: enumParam(MEDIA_ORDER_BY).optional(),
  order: enumParam(SORT_ORDERS).optional(),
  media_type: enumParam(MEDIA_TYPES).optional(),
  tag: textParam(100).optional(),
  user: z.union([z.literal('all'), idParam]).optional(),
  group: idParam.optional(),
  source: enumParam(MEDIA_SOURCES).optional(),
};
export const listMediasParamsSchema = z.object({ ...mediaFilterShape, ...listParams });
export type ListMediasParams = z.infer<typeof listMediasParamsSchema>;
export type ListMediasInput = z.input<typeof listMediasParamsSchema>;

/** Of `ids`: the selection of a zip, a bound on the query it costs. */
export const MAX_MEDIA_IDS = 1000;

const idListParam = z
  .union([z.string(), z.array(z.union([z.string(), z.number()]))])
  .transform((value, ctx) => {
    const items = Array.isArray(value) ? value.map(String) : splitList(value);
    if (items.length > MAX_MEDIA_IDS) {
      ctx.addIssue({ code: 'custom', message: `must list at most ${MAX_MEDIA_IDS} media ids` });
      return z.NEVER;
    }
    if (items.length === 0 || items.some((item) => !/^\d{1,12}$/.test(item) || Number(item) < 1)) {
      ctx.addIssue({ code: 'custom', message: 'must be a comma-separated list of media ids' });
      return z.NEVER;
    }
    return [...new Set(items.map(Number))];
  });

/** Any text: API.md has the server clean path separators and control characters out of it. */
const filenameParam = z
  .union([z.string(), z.number()])
  .transform(String)
  .pipe(z.string().max(200, 'must be at most 200 characters'));

export const downloadMediasParamsSchema = z.object({
  ...mediaFilterShape,
  ids: idListParam.optional(),
  filename: filenameParam.optional(),
});
export type DownloadMediasParams = z.infer<typeof downloadMediasParamsSchema>;

/** Languages a readable export (the PDF) is written in [chosen]. */
export const EXPORT_LANGUAGES = ['en', 'fr'] as const;

/** An IANA time zone name this runtime knows (`Europe/Paris`, `UTC`). */
const timeZoneParam = z.string().refine((zone) => {
  if (zone.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}, 'must be an IANA time zone name, e.g. Europe/Paris');

export const exportTicketParamsSchema = z.object({
  format: enumParam(EXPORT_FORMATS).optional(),
  timeline: booleanParam.optional(),
  /** [chosen] The PDF's language and time zone; by default English and UTC. */
  lang: enumParam(EXPORT_LANGUAGES).optional(),
  tz: timeZoneParam.optional(),
});

// --- report -----------------------------------------------------------------------------------

/** A date, a date-time or a UNIX timestamp (seconds), normalised to epoch milliseconds. */
const reportTimeParam = z.union([z.number(), z.string()]).transform((value, ctx) => {
  const text = String(value).trim();
  if (/^\d{1,12}$/.test(text)) return Number(text) * 1000;
  const parsed = dateParam.safeParse(text);
  if (parsed.success) return parsed.data;
  ctx.addIssue({ code: 'custom', message: 'must be a date, a date-time or a UNIX timestamp' });
  return z.NEVER;
});

export const reportParamsSchema = z
  .object({
    startTime: reportTimeParam,
    endTime: reportTimeParam,
    userId: idParam.optional(),
    groupId: idParam.optional(),
    withTrashed: booleanParam.optional(),
  })
  .refine((params) => params.endTime >= params.startTime, {
    path: ['endTime'],
    message: 'must not be before startTime',
  });
export type ReportParams = z.infer<typeof reportParamsSchema>;
