import { z } from 'zod';

// The schemas are marked pure so a bundle that only needs the value lists (the browser's ticket list)
// drops them, and classic zod with them.

/** Ticket life-cycle states, in the order the UI lists them. */
export const TICKET_STATES = [
  'new',
  'open',
  'invited',
  'inprogress',
  'done',
  'closed',
  'rejected',
  'declined',
  'expired',
  'cancelled',
] as const;
export const ticketStateSchema = /* @__PURE__ */ z.enum(TICKET_STATES);
export type TicketState = z.infer<typeof ticketStateSchema>;
/** A state as a response carries it: a known one, or one upstream added (shown as it is). */
export type TicketStateValue = TicketState | (string & {});

export function isKnownState(state: string): state is TicketState {
  return (TICKET_STATES as readonly string[]).includes(state);
}

/** How the UI groups states: still being worked, resolved, or ended without resolution. */
export const STATE_FAMILIES = {
  active: ['new', 'open', 'invited', 'inprogress'],
  resolved: ['done', 'closed'],
  ended: ['rejected', 'declined', 'expired', 'cancelled'],
} as const satisfies Record<string, readonly TicketState[]>;
export type StateFamily = keyof typeof STATE_FAMILIES;

/** States whose start time passing makes a ticket late: nobody has started its session yet. */
export const LATE_STATES = ['new', 'open', 'invited'] as const satisfies readonly TicketState[];

/** The family of a known state; null for a state upstream added, which belongs to none. */
export function stateFamily(state: TicketState): StateFamily;
export function stateFamily(state: string): StateFamily | null;
export function stateFamily(state: string): StateFamily | null {
  if (!isKnownState(state)) return null;
  if ((STATE_FAMILIES.active as readonly string[]).includes(state)) return 'active';
  if ((STATE_FAMILIES.resolved as readonly string[]).includes(state)) return 'resolved';
  return 'ended';
}

export const TICKET_TYPES = ['assistance', 'assistance_multi'] as const;
export const ticketTypeSchema = /* @__PURE__ */ z.enum(TICKET_TYPES);
export type TicketType = z.infer<typeof ticketTypeSchema>;

export const ROLES = ['agent', 'supervisor', 'admin'] as const;
export const roleSchema = /* @__PURE__ */ z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

export function isKnownRole(role: string): role is Role {
  return (ROLES as readonly string[]).includes(role);
}

export const LANGUAGES = ['en', 'fr', 'de', 'es', 'it', 'nl', 'pt'] as const;
export const languageSchema = /* @__PURE__ */ z.enum(LANGUAGES);
export type Language = z.infer<typeof languageSchema>;

export const GENDERS = ['male', 'female', 'other'] as const;
export const genderSchema = /* @__PURE__ */ z.enum(GENDERS);
export type Gender = z.infer<typeof genderSchema>;

export const TICKET_ORDER_BY = [
  'start_time',
  'end_time',
  'created',
  'modified',
  'id',
  'reference',
  'state',
] as const;
export const SORT_ORDERS = ['desc', 'asc'] as const;

export const EVENT_SOURCES = ['agent', 'guest', 'system'] as const;
export const eventSourceSchema = /* @__PURE__ */ z.enum(EVENT_SOURCES);
export type EventSource = z.infer<typeof eventSourceSchema>;

export function isKnownEventSource(source: string): source is EventSource {
  return (EVENT_SOURCES as readonly string[]).includes(source);
}

export const EVENT_NAMES = [
  'ticket.new',
  'ticket.approved',
  'ticket.assigned',
  'ticket.priorityChanged',
  'ticket.invitationSent',
  'ticket.invitationResent',
  'ticket.invitationClicked',
  'ticket.invitationNotclicked',
  'ticket.invitationAccepted',
  'ticket.invitationDeclined',
  'ticket.invitationExpired',
  'ticket.sessionStarted',
  'ticket.completed',
  'ticket.cancelled',
  'ticket.closed',
  'consent.accepted',
  'geo.ansAllowed',
  'geo.ansDisallowed',
  'mediaDevice.allowed',
  'mediaDevice.disallowed',
  'mediaDevice.cameraAllowed',
  'mediaDevice.cameraDisallowed',
  'mediaDevice.micAllowed',
  'mediaDevice.micDisallowed',
  'session.established',
  'session.agentContacted',
  'session.agentLeft',
  'session.userLeft',
  'media.pictureTaken',
  'media.pictureSent',
  'media.OCRDone',
  'survey.answered',
] as const;
export type EventName = (typeof EVENT_NAMES)[number];

export function isKnownEventName(eventName: string): eventName is EventName {
  return (EVENT_NAMES as readonly string[]).includes(eventName);
}

/** The family an event belongs to, used for icons, colours and the timeline filter. */
export const EVENT_FAMILIES = [
  'ticket',
  'invitation',
  'session',
  'media',
  'device',
  'geolocation',
  'consent',
  'survey',
  /** A name of none of the families above (upstream added it): shown as it is, with a neutral badge. */
  'other',
] as const;
export type EventFamily = (typeof EVENT_FAMILIES)[number];

export function eventFamily(eventName: string): EventFamily {
  if (eventName.startsWith('ticket.invitation')) return 'invitation';
  if (eventName === 'ticket.sessionStarted' || eventName.startsWith('session.')) return 'session';
  if (eventName.startsWith('ticket.')) return 'ticket';
  if (eventName.startsWith('media.')) return 'media';
  if (eventName.startsWith('mediaDevice.')) return 'device';
  if (eventName.startsWith('geo.')) return 'geolocation';
  if (eventName.startsWith('consent.')) return 'consent';
  if (eventName.startsWith('survey.')) return 'survey';
  return 'other';
}

export const MEDIA_STATUSES = ['pending', 'processing', 'completed', 'failed'] as const;
export const mediaStatusSchema = /* @__PURE__ */ z.enum(MEDIA_STATUSES);
export type MediaStatus = z.infer<typeof mediaStatusSchema>;

export const MEDIA_TYPES = ['image', 'video', 'audio', 'document'] as const;
export const mediaTypeSchema = /* @__PURE__ */ z.enum(MEDIA_TYPES);
export type MediaType = z.infer<typeof mediaTypeSchema>;

export const MEDIA_SOURCES = ['snapshot', 'screen_capture', 'recording', 'upload'] as const;
export const mediaSourceSchema = /* @__PURE__ */ z.enum(MEDIA_SOURCES);
export type MediaSource = z.infer<typeof mediaSourceSchema>;

export const MEDIA_ORDER_BY = ['date', 'title', 'size', 'media_type'] as const;

export const EXPORT_FORMATS = ['json', 'csv', 'pdf'] as const;

/** `channel` of `POST /tickets/{id}/invitation`: SMS, e-mail or both. */
export const INVITATION_CHANNELS = ['sms', 'email', 'both'] as const;
export type InvitationChannel = (typeof INVITATION_CHANNELS)[number];
