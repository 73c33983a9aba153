import type { TicketState, TicketType } from '../../../contract/enums.ts';
import type { Database } from '../db/database.ts';
import { addContactKey, insertContact } from '../directory/repository.ts';
import { appendEvent } from '../events/repository.ts';
import { insertSearchRow, insertTicket } from '../tickets/repository.ts';
import { searchDocument } from '../tickets/searchIndex.ts';
import type { SeededEnterprise, SeededUser } from './directory.ts';
import { createPeopleFactory, type SeedContact } from './people.ts';
import type { Random } from './random.ts';
import { buildTimeline } from './timeline.ts';
import {
  DESCRIPTION_TEMPLATES,
  PROBLEMS,
  PRODUCTS,
  REFERENCE_PREFIXES,
  SUBJECT_TEMPLATES,
} from './vocabulary.ts';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
export const SEED_PERIOD = { from: Date.UTC(2025, 0, 1), to: Date.UTC(2026, 11, 31, 23, 59) };

/** Tickets in the past can be in any state; future ones are not yet handled. */
const PAST_STATES: Record<TicketState, number> = {
  new: 3,
  open: 5,
  invited: 4,
  inprogress: 0,
  done: 30,
  closed: 25,
  rejected: 4,
  declined: 6,
  expired: 8,
  cancelled: 6,
};
const FUTURE_STATES: Record<TicketState, number> = {
  new: 3,
  open: 3,
  invited: 4,
  inprogress: 0,
  done: 0,
  closed: 0,
  rejected: 0,
  declined: 0,
  expired: 0,
  cancelled: 1,
};

function fill(template: string, random: Random, product: string): string {
  return template
    .replace('{product}', product)
    .replace('{problem}', random.pick(PROBLEMS))
    .replace('{code}', String(random.int(10, 99)));
}

/**
 * When a ticket takes place. The first few are today and in the next days (relative to `now`), so
 * the "today" and "upcoming" views have content; the rest spread over the seed period.
 */
function startTimeOf(random: Random, index: number, now: number): number {
  const today = Math.floor(now / DAY) * DAY;
  if (index < 8) return today + (8 + index) * 60 * MINUTE + random.int(0, 3) * 15 * MINUTE;
  if (index < 16) return today + (index - 6) * DAY + random.int(8, 17) * 60 * MINUTE;
  const slot = random.int(0, Math.floor((SEED_PERIOD.to - SEED_PERIOD.from) / (15 * MINUTE)));
  return SEED_PERIOD.from + slot * 15 * MINUTE;
}

interface TicketPlan {
  state: TicketState;
  startTime: number;
  created: number;
}

function planTicket(random: Random, index: number, now: number): TicketPlan {
  // One ticket per enterprise is in a session right now.
  if (index === 16)
    return { state: 'inprogress', startTime: now - random.int(5, 20) * MINUTE, created: now - 2 * DAY };
  const startTime = startTimeOf(random, index, now);
  // A ticket whose session may not be over yet has not been handled yet.
  const future = startTime + 60 * MINUTE > now;
  const state = random.weighted(future ? FUTURE_STATES : PAST_STATES);
  const lead = random.int(60, 14 * 24 * 60) * MINUTE;
  const created = Math.min(startTime - lead, now - random.int(10, 600) * MINUTE);
  return { state, startTime, created };
}

function assign(random: Random, enterprise: SeededEnterprise) {
  const group = random.chance(0.9) ? random.pick(enterprise.groups) : null;
  const handlers = (group ? group.members : enterprise.users).filter((user) => user.role !== 'admin');
  const agent = handlers.length > 0 && (!group || random.chance(0.85)) ? random.pick(handlers) : null;
  return { group, agent };
}

/** Inserts `count` tickets of the enterprise with their requestors, events and search rows. */
export function seedTickets(
  db: Database,
  random: Random,
  enterprise: SeededEnterprise,
  count: number,
  now: number,
): void {
  const newPerson = createPeopleFactory(random);
  const contacts: { id: number; person: SeedContact }[] = [];
  const dispatcher: SeededUser = enterprise.users.find((u) => u.role !== 'agent') ?? enterprise.users[0]!;
  const defaultService = enterprise.services.find((s) => s.default) ?? enterprise.services[0]!;

  for (let index = 0; index < count; index++) {
    // About a third of requestors come back with a second ticket.
    let contact = contacts.length > 0 && random.chance(0.3) ? random.pick(contacts) : undefined;
    const plan = planTicket(random, index, now);
    if (!contact) {
      const person = newPerson();
      const id = insertContact(
        db,
        enterprise.id,
        {
          name: person.name,
          firstname: person.firstname,
          company: person.company,
          gender: person.gender,
          country: person.country,
          emails: JSON.stringify(person.emails),
          phones: JSON.stringify(person.phones),
        },
        plan.created,
      );
      for (const key of [...person.emails, ...person.phones]) addContactKey(db, enterprise.id, key, id);
      contact = { id, person };
      contacts.push(contact);
    }
    const { person } = contact;
    const type: TicketType = random.chance(0.12) ? 'assistance_multi' : 'assistance';
    const { group, agent } = assign(random, enterprise);
    const service = random.chance(0.8) ? defaultService : random.pick(enterprise.services);
    const product = random.pick(PRODUCTS);
    const subject = fill(random.pick(SUBJECT_TEMPLATES), random, product);
    const reference = `${random.pick(REFERENCE_PREFIXES)}-${new Date(plan.created).getUTCFullYear()}-${String(enterprise.id * 1_000_000 + index).padStart(7, '0')}`;
    const description = fill(random.pick(DESCRIPTION_TEMPLATES), random, product);
    const duration = random.pick([15, 30, 30, 30, 45, 60]);
    const endTime = plan.startTime + duration * MINUTE;
    const actor = agent ?? dispatcher;
    const events = buildTimeline(random, {
      state: plan.state,
      created: plan.created,
      startTime: plan.startTime,
      endTime,
      country: person.country,
      actor,
      assignee: agent ? { id: agent.id, username: agent.username } : null,
    }).map((event) => ({ ...event, timestamp: Math.min(event.timestamp, now) }));
    const modified = Math.max(plan.created, ...events.map((event) => event.timestamp));

    const ticketId = insertTicket(db, {
      enterprise_id: enterprise.id,
      state: plan.state,
      type,
      subject,
      reference,
      description,
      language: person.language,
      service_id: service.id,
      agent_id: agent?.id ?? null,
      group_id: group?.id ?? null,
      requestor_id: contact.id,
      start_time: plan.startTime,
      end_time: endTime,
      duration,
      reminder: random.chance(0.5) ? random.pick([10, 15, 30, 60]) : null,
      created: plan.created,
      modified,
    });
    for (const event of events) {
      appendEvent(db, ticketId, event.name, event.source, event.timestamp, event.data);
    }
    insertSearchRow(
      db,
      ticketId,
      searchDocument({
        subject,
        reference,
        description,
        requestor: [person.firstname, person.name, person.company ?? ''].join(' ').trim(),
        emails: person.emails.join(' '),
        phones: person.phones.join(' '),
      }),
    );
  }
}
