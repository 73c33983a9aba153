/**
 * Response objects of the Apizee v3 API. Objects keep unknown extra fields out of the way (zod strips
 * them), and a missing or mistyped field we rely on fails with a message naming its path.
 *
 * Tolerant where the public material leaves the shape open (API.md, "Shapes the public material leaves
 * open"): event ids as strings or numbers, contact lists as a list or one comma-separated string
 * (normalised by `valueList`, the one place), roles, ticket states and event names beyond the known ones
 * (kept as they are; `opened` reads as `open`), `thumbnail_url` absent, media URLs absolute. Requests
 * are validated elsewhere (`requests.ts`, `params.ts`) and stay strict.
 *
 * Written with `zod/mini` (same zod package, functional API): the browser parses every response with
 * these schemas before the first screen, and mini tree-shakes to a fraction of classic zod. Request
 * parameters (`requests.ts`, `params.ts`) stay on classic zod: the server and the lazily loaded forms
 * use them.
 */
import * as z from 'zod/mini';
import { MEDIA_SOURCES, MEDIA_STATUSES, MEDIA_TYPES, TICKET_TYPES, type TicketStateValue } from './enums.ts';
import { API_BASE } from './paths.ts';

const int = () => z.int();
const nullableString = z.nullable(z.string());
const nullableInt = z.nullable(int());
const nullableNumber = z.nullable(z.number());
const strings = z.array(z.string());

/**
 * A list of e-mail addresses or phone numbers as the UI uses it, from either shape upstream sends: a
 * list, or one comma-separated string (`"+33612345678, +33787654321"`). Blanks are dropped; a missing
 * or null value is an empty list. The one place where both shapes become one.
 */
export function valueList(value: string | string[] | null | undefined): string[] {
  const items = typeof value === 'string' ? value.split(',') : (value ?? []);
  return items.map((item) => item.trim()).filter((item) => item !== '');
}
const valueListSchema = z.pipe(
  z.optional(z.nullable(z.union([z.array(z.string()), z.string()]))),
  z.transform(valueList),
);

/** A ticket state as received: `opened` (in Apizee's webhook docs) is `open`; anything else is kept. */
export function normaliseState(state: string): TicketStateValue {
  return state === 'opened' ? 'open' : state;
}

/**
 * A media URL the browser can load: an absolute URL of an Apizee API (`https://cloud.apizee.com/api/v3/
 * medias/5/download`) becomes the same path through the gateway, which adds the token (the browser
 * holds none); a relative path or a URL of another kind (a storage link) is kept as it is.
 */
export function gatewayMediaUrl(url: string): string {
  if (!/^https?:\/\//i.test(url)) return url;
  try {
    const parsed = new URL(url);
    const at = parsed.pathname.indexOf(`${API_BASE}/`);
    return at < 0 ? url : `${parsed.pathname.slice(at)}${parsed.search}`;
  } catch {
    return url;
  }
}
const mediaUrlSchema = z.pipe(z.string(), z.transform(gatewayMediaUrl));

export const groupRefSchema = z.object({ id: int(), name: z.string() });
export type GroupRef = z.infer<typeof groupRefSchema>;

export const userSchema = z.object({
  id: int(),
  username: z.string(),
  email: z.string(),
  firstname: z.string(),
  lastname: z.string(),
  enterprise_id: int(),
  /** [ext] The enterprise's display name, when upstream sends it (the header shows it). */
  enterprise_name: z.optional(z.string()),
  /** Known roles (`ROLES`) grant rights; any other (Apizee lists `expert`) is kept, shown, grants nothing. */
  roles: z.array(z.string()),
  groups: z.array(groupRefSchema),
  /**
   * Only in the gateway's `/auth/session` and `/auth/login` answers: the names of our extensions
   * (contract/extensions.ts) the upstream supports. Absent means none.
   */
  extensions: z.optional(z.array(z.string())),
});
export type User = z.infer<typeof userSchema>;

/** Directory items (`/enterprises/{id}/users`) have no enterprise_id. */
export const directoryUserSchema = z.omit(userSchema, { enterprise_id: true, enterprise_name: true });
export type DirectoryUser = z.infer<typeof directoryUserSchema>;

export const serviceSchema = z.object({ key: z.string(), name: z.string(), default: z.boolean() });
export type Service = z.infer<typeof serviceSchema>;

export const contactSchema = z.object({
  id: int(),
  name: nullableString,
  firstname: nullableString,
  company: nullableString,
  email: valueListSchema,
  phone: valueListSchema,
});
export type Contact = z.infer<typeof contactSchema>;

export const tokenResponseSchema = z.object({
  access_token: z.string(),
  created_at: z.string(),
  expires_in: int(),
});
export type TokenResponse = z.infer<typeof tokenResponseSchema>;

export const agentRefSchema = z.object({
  id: int(),
  username: z.string(),
  firstname: z.string(),
  lastname: z.string(),
});
export type AgentRef = z.infer<typeof agentRefSchema>;

export const requestorSchema = z.object({
  id: int(),
  name: nullableString,
  firstname: nullableString,
  company: nullableString,
  gender: nullableString,
  country: nullableString,
  email: valueListSchema,
  phone: valueListSchema,
});
export type Requestor = z.infer<typeof requestorSchema>;

export const ticketSchema = z.object({
  id: int(),
  state: z.pipe(z.string(), z.transform(normaliseState)),
  type: z.enum(TICKET_TYPES),
  subject: z.string(),
  reference: z.string(),
  description: z.string(),
  language: z.string(),
  service: z.nullable(z.object({ key: z.string(), name: z.string() })),
  agent: z.nullable(agentRefSchema),
  group: z.nullable(groupRefSchema),
  requestor: z.nullable(requestorSchema),
  start_time: z.string(),
  end_time: z.string(),
  duration: int(),
  reminder: nullableInt,
  created: z.string(),
  modified: z.string(),
  links: z.optional(z.object({ agent_url: z.string(), guest_url: z.string() })),
});
export type Ticket = z.infer<typeof ticketSchema>;

/** An event's `data`: an object; PHP's empty `[]` or a null is an empty one. */
const eventDataSchema = z.pipe(
  z.optional(z.nullable(z.union([z.record(z.string(), z.unknown()), z.array(z.unknown())]))),
  z.transform((data): Record<string, unknown> => (data && !Array.isArray(data) ? data : {})),
);

export const ticketEventSchema = z.object({
  /** A number in most of Apizee's material, a string on its session-events page. */
  id: z.union([int(), z.string()]),
  /** Known names (`EVENT_NAMES`) read as sentences; any other is shown as it is. */
  eventName: z.string(),
  timestamp: z.string(),
  /** `agent`, `guest` or `system` (`EVENT_SOURCES`); any other is shown as it is. */
  source: z.string(),
  data: eventDataSchema,
});
export type TicketEvent = z.infer<typeof ticketEventSchema>;

export const mediaSchema = z.object({
  id: int(),
  ticket_id: int(),
  title: z.string(),
  description: z.string(),
  media_type: z.enum(MEDIA_TYPES),
  source: z.enum(MEDIA_SOURCES),
  status: z.enum(MEDIA_STATUSES),
  mime_type: z.string(),
  size: int(),
  width: nullableInt,
  height: nullableInt,
  duration: nullableNumber,
  latitude: nullableNumber,
  longitude: nullableNumber,
  tags: strings,
  user: z.nullable(z.object({ id: int(), username: z.string() })),
  created: z.string(),
  url: mediaUrlSchema,
  /** [ext] Absent from an upstream without thumbnails: null, as for a media that has none. */
  thumbnail_url: z.pipe(
    z.optional(nullableString),
    z.transform((url) => (url ? gatewayMediaUrl(url) : null)),
  ),
});
export type Media = z.infer<typeof mediaSchema>;

/** `{data, total, next_offset}`: the envelope of every list. */
export function listEnvelope<T extends z.core.SomeType>(item: T) {
  return z.object({
    data: z.array(item),
    total: int(),
    next_offset: nullableInt,
  });
}
export type ListEnvelope<T> = { data: T[]; total: number; next_offset: number | null };

export const ticketListSchema = listEnvelope(ticketSchema);
export const directoryUserListSchema = listEnvelope(directoryUserSchema);
export const contactListSchema = listEnvelope(contactSchema);
export const mediaListSchema = listEnvelope(mediaSchema);
/** Groups and services are short lists: plain `{data}` with the envelope fields optional. */
export const groupListSchema = z.object({
  data: z.array(groupRefSchema),
  total: z.optional(int()),
});
export const serviceListSchema = z.object({
  data: z.array(serviceSchema),
  total: z.optional(int()),
});
/**
 * A page of a ticket's events. Documented as `{data, total}`; an upstream that pages them (as every
 * list) answers fewer than `total` and maybe `next_offset` (getTicketEvents fetches the rest).
 */
export const eventListSchema = z.object({
  data: z.array(ticketEventSchema),
  total: z.optional(int()),
  next_offset: z.optional(nullableInt),
});

// The report's schema: report.ts.
