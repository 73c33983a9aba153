/**
 * Response objects of the Apizee v3 API. Objects keep unknown extra fields out of the way (zod strips
 * them), and a missing or mistyped field we rely on fails with a message naming its path.
 */
import { z } from 'zod';
import {
  eventSourceSchema,
  mediaSourceSchema,
  mediaStatusSchema,
  mediaTypeSchema,
  roleSchema,
  ticketStateSchema,
  ticketTypeSchema,
} from './enums.ts';

const nullableString = z.string().nullable();

export const groupRefSchema = z.object({ id: z.number().int(), name: z.string() });
export type GroupRef = z.infer<typeof groupRefSchema>;

export const userSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  email: z.string(),
  firstname: z.string(),
  lastname: z.string(),
  enterprise_id: z.number().int(),
  /** [ext] The enterprise's display name, when upstream sends it (the header shows it). */
  enterprise_name: z.string().optional(),
  roles: z.array(roleSchema),
  groups: z.array(groupRefSchema),
});
export type User = z.infer<typeof userSchema>;

/** Directory items (`/enterprises/{id}/users`) have no enterprise_id. */
export const directoryUserSchema = userSchema.omit({ enterprise_id: true, enterprise_name: true });
export type DirectoryUser = z.infer<typeof directoryUserSchema>;

export const serviceSchema = z.object({ key: z.string(), name: z.string(), default: z.boolean() });
export type Service = z.infer<typeof serviceSchema>;

export const contactSchema = z.object({
  id: z.number().int(),
  name: nullableString,
  firstname: nullableString,
  company: nullableString,
  email: z.array(z.string()),
  phone: z.array(z.string()),
});
export type Contact = z.infer<typeof contactSchema>;

export const tokenResponseSchema = z.object({
  access_token: z.string(),
  created_at: z.string(),
  expires_in: z.number().int(),
});
export type TokenResponse = z.infer<typeof tokenResponseSchema>;

export const agentRefSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  firstname: z.string(),
  lastname: z.string(),
});
export type AgentRef = z.infer<typeof agentRefSchema>;

export const requestorSchema = z.object({
  id: z.number().int(),
  name: nullableString,
  firstname: nullableString,
  company: nullableString,
  gender: nullableString,
  country: nullableString,
  email: z.array(z.string()),
  phone: z.array(z.string()),
});
export type Requestor = z.infer<typeof requestorSchema>;

export const ticketSchema = z.object({
  id: z.number().int(),
  state: ticketStateSchema,
  type: ticketTypeSchema,
  subject: z.string(),
  reference: z.string(),
  description: z.string(),
  language: z.string(),
  service: z.object({ key: z.string(), name: z.string() }).nullable(),
  agent: agentRefSchema.nullable(),
  group: groupRefSchema.nullable(),
  requestor: requestorSchema.nullable(),
  start_time: z.string(),
  end_time: z.string(),
  duration: z.number().int(),
  reminder: z.number().int().nullable(),
  created: z.string(),
  modified: z.string(),
  links: z.object({ agent_url: z.string(), guest_url: z.string() }).optional(),
});
export type Ticket = z.infer<typeof ticketSchema>;

export const ticketEventSchema = z.object({
  id: z.number().int(),
  eventName: z.string(),
  timestamp: z.string(),
  source: eventSourceSchema,
  data: z.record(z.string(), z.unknown()),
});
export type TicketEvent = z.infer<typeof ticketEventSchema>;

export const mediaSchema = z.object({
  id: z.number().int(),
  ticket_id: z.number().int(),
  title: z.string(),
  description: z.string(),
  media_type: mediaTypeSchema,
  source: mediaSourceSchema,
  status: mediaStatusSchema,
  mime_type: z.string(),
  size: z.number().int(),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  duration: z.number().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  tags: z.array(z.string()),
  user: z.object({ id: z.number().int(), username: z.string() }).nullable(),
  created: z.string(),
  url: z.string(),
  thumbnail_url: z.string().nullable(),
});
export type Media = z.infer<typeof mediaSchema>;

/** `{data, total, next_offset}`: the envelope of every list. */
export function listEnvelope<T extends z.ZodType>(item: T) {
  return z.object({
    data: z.array(item),
    total: z.number().int(),
    next_offset: z.number().int().nullable(),
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
  total: z.number().int().optional(),
});
export const serviceListSchema = z.object({
  data: z.array(serviceSchema),
  total: z.number().int().optional(),
});
export const eventListSchema = z.object({ data: z.array(ticketEventSchema), total: z.number().int() });

const byState = z.record(z.string(), z.number().int());
export const reportSchema = z.object({
  total: z.number().int(),
  by_state: byState,
  by_agent: z.array(
    z.object({
      user: agentRefSchema.nullable(),
      total: z.number().int(),
      by_state: byState,
      avg_duration: z.number().nullable(),
    }),
  ),
  by_group: z.array(
    z.object({ group: groupRefSchema.nullable(), total: z.number().int(), by_state: byState }),
  ),
  by_day: z.array(z.object({ date: z.string(), created: z.number().int(), done: z.number().int() })),
});
export type Report = z.infer<typeof reportSchema>;
