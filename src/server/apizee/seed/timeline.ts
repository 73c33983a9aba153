import type { EventName, EventSource, TicketState } from '../../../contract/enums.ts';
import { agentEventData } from '../events/events.ts';
import type { Random } from './random.ts';
import { CITY_CENTRES, PICTURE_TITLES, SURVEY_QUESTIONS } from './vocabulary.ts';

export interface SeedEvent {
  name: EventName;
  source: EventSource;
  timestamp: number;
  data: Record<string, unknown>;
}

export interface TimelineInput {
  state: TicketState;
  created: number;
  startTime: number;
  endTime: number;
  country: string;
  /** Who acts for the enterprise (the assigned agent, or whoever dispatched the ticket). */
  actor: { email: string; phone: string; firstname: string; lastname: string };
  assignee: { id: number; username: string } | null;
}

const MINUTE = 60_000;

/**
 * A history consistent with the ticket's state: creation, invitation, the guest's consent and
 * devices, the session with its pictures, then how it ended.
 */
export function buildTimeline(random: Random, input: TimelineInput): SeedEvent[] {
  const events: SeedEvent[] = [];
  const agent = { agent: agentEventData(input.actor) };
  const add = (name: EventName, source: EventSource, timestamp: number, data: Record<string, unknown> = {}) =>
    events.push({
      name,
      source,
      timestamp: Math.round(timestamp),
      data: source === 'agent' ? { ...agent, ...data } : data,
    });

  add('ticket.new', 'agent', input.created);
  if (input.assignee && random.chance(0.3))
    add('ticket.assigned', 'agent', input.created + MINUTE, { assignee: input.assignee });
  const { state, startTime, endTime } = input;
  const sentAt = Math.min(input.created + 2 * MINUTE, startTime - MINUTE);

  if (state === 'new' || state === 'rejected') return events;
  if (state === 'open') {
    add('ticket.approved', 'agent', input.created + 5 * MINUTE);
    return events;
  }
  if (state === 'cancelled') {
    if (random.chance(0.5)) add('ticket.invitationSent', 'agent', sentAt);
    add('ticket.cancelled', 'agent', sentAt + random.int(5, 600) * MINUTE);
    return events;
  }
  add('ticket.invitationSent', 'agent', sentAt, {
    channels: random.chance(0.6) ? ['sms'] : ['sms', 'email'],
  });
  if (state === 'invited') {
    if (random.chance(0.2)) add('ticket.invitationResent', 'agent', sentAt + 30 * MINUTE);
    return events;
  }
  if (state === 'expired') {
    add('ticket.invitationNotclicked', 'system', startTime);
    add('ticket.invitationExpired', 'system', endTime + 60 * MINUTE);
    return events;
  }
  add('ticket.invitationClicked', 'guest', startTime - 2 * MINUTE);
  if (state === 'declined') {
    add('ticket.invitationDeclined', 'guest', startTime - MINUTE);
    return events;
  }

  // The session: inprogress, done, closed.
  add('ticket.invitationAccepted', 'guest', startTime - 90_000);
  add('consent.accepted', 'guest', startTime - 80_000);
  add('mediaDevice.allowed', 'guest', startTime - 70_000);
  add('mediaDevice.cameraAllowed', 'guest', startTime - 69_000);
  add(
    random.chance(0.9) ? 'mediaDevice.micAllowed' : 'mediaDevice.micDisallowed',
    'guest',
    startTime - 68_000,
  );
  const centre = CITY_CENTRES[input.country] ?? CITY_CENTRES.FR!;
  if (random.chance(0.8)) {
    const geoloc = {
      lat: Math.round((centre.lat + (random.next() - 0.5) * 0.6) * 1e5) / 1e5,
      lng: Math.round((centre.lng + (random.next() - 0.5) * 0.9) * 1e5) / 1e5,
    };
    add('geo.ansAllowed', 'guest', startTime - 60_000, { geoloc });
  } else {
    add('geo.ansDisallowed', 'guest', startTime - 60_000);
  }
  add('ticket.sessionStarted', 'agent', startTime);
  add('session.established', 'system', startTime + 20_000);
  // The guest hangs up up to ten minutes before the planned end; pictures are taken before that.
  const endedAt = state === 'inprogress' ? endTime : endTime - random.int(0, 10) * MINUTE;
  const pictures = random.int(0, 6);
  for (let i = 0; i < pictures; i++) {
    const at = startTime + 60_000 + ((i + 1) / (pictures + 1)) * (endedAt - startTime - 120_000);
    add('media.pictureTaken', 'agent', at, { title: `${random.pick(PICTURE_TITLES)} ${i + 1}` });
    if (random.chance(0.2)) add('media.OCRDone', 'system', at + 15_000);
  }
  if (state === 'inprogress') return events;

  add('session.userLeft', 'guest', endedAt);
  add('session.agentLeft', 'agent', endedAt + 5_000);
  add('ticket.completed', 'agent', endedAt + 60_000);
  if (random.chance(0.4)) {
    const answers = SURVEY_QUESTIONS.map((q) => ({ question: q.question, answer: random.pick(q.answers) }));
    add('survey.answered', 'guest', endedAt + 5 * MINUTE, { answers });
  }
  if (state === 'closed') add('ticket.closed', 'agent', endedAt + random.int(1, 7) * 24 * 60 * MINUTE);
  return events;
}
